package dev.simscaffold.testkit.assertions;

import static dev.simscaffold.testkit.assertions.SimAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.testkit.fixtures.RumorNode;
import dev.simscaffold.testkit.fixtures.RumorNode.Rumors;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkAssertTest {

    private static final List<NodeId> IDS = List.of(NodeId.of(0), NodeId.of(1), NodeId.of(2));

    private static SimNetwork<Rumors> cluster(long seed) {
        SimNetwork<Rumors> net = SimNetwork.nodes(3, (id, random, now) -> new RumorNode(id, 3)).seed(seed)
                .faults(FaultConfig.mild()).build();
        net.invoke(NodeId.of(0), RumorNode.class, "hear alpha", node -> node.hear("alpha"));
        return net;
    }

    @Test
    void aHealthyClusterConverges() {
        SimNetwork<Rumors> net = cluster(4);
        net.run(100);

        assertThat(net).converged(RumorNode.class, RumorNode::known).hasNoViolations().hasLiveNodes(3).delivered("alpha")
                .hasFingerprint(net.trace().fingerprintHex());
    }

    @Test
    void aPartitionedClusterDoesNotAndTheFailureShowsEveryNode() {
        SimNetwork<Rumors> net = cluster(4);
        net.partition(IDS.subList(0, 1), IDS.subList(1, 3));
        net.run(100);

        assertThatThrownBy(() -> assertThat(net).converged(RumorNode.class, RumorNode::known))
                .hasMessageContaining("they differ")
                .hasMessageContaining("node-0: [alpha]")
                .hasMessageContaining("node-1: []")
                .hasMessageContaining("seed 4, replay: ")
                .hasMessageContaining("-Dtest='NetworkAssertTest#aPartitionedClusterDoesNotAndTheFailureShowsEveryNode' -Dsim.seed=4");
        assertThatThrownBy(() -> assertThat(net).delivered("beta")).hasMessageContaining("containing \"beta\"");
        net.crash(NodeId.of(2));
        assertThatThrownBy(() -> assertThat(net).hasLiveNodes(3)).hasMessageContaining("[node-0, node-1] are up");
        assertThatThrownBy(() -> assertThat(net).hasFingerprint("0")).hasMessageContaining("expected fingerprint 0");
    }
}
