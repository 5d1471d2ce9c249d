package dev.simscaffold.testkit.assertions;

import static dev.simscaffold.testkit.assertions.SimAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.Outbox;
import dev.simscaffold.core.net.SansIoNode;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.net.Transmit;
import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.testkit.fixtures.RumorNode;
import dev.simscaffold.testkit.fixtures.RumorNode.Rumors;
import java.util.List;
import java.util.Optional;
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

    /** A node of another class on the same network, which hears rumors and keeps none. */
    private static final class Deaf implements SansIoNode<Rumors> {
        private final Outbox<Rumors> outbox;

        Deaf(NodeId id) {
            this.outbox = new Outbox<>(id);
        }

        @Override
        public void handleInput(NodeId from, Rumors message, LogicalTime now) {
        }

        @Override
        public void handleTimeout(LogicalTime now) {
        }

        @Override
        public Optional<Transmit<Rumors>> pollTransmit() {
            return outbox.poll();
        }

        @Override
        public Optional<LogicalTime> pollTimeout() {
            return Optional.empty();
        }

        @Override
        public String toString() {
            return "deaf";
        }
    }

    /** In a mixed cluster, convergence of one class leaves the others out; over every node it does not. */
    @Test
    void convergenceOfOneClassIgnoresTheOthers() {
        SimNetwork<Rumors> net = SimNetwork.nodes(2, (id, random, now) -> new RumorNode(id, 2))
                .node((id, random, now) -> new Deaf(id)).seed(4).build();
        net.invoke(NodeId.of(0), RumorNode.class, "hear alpha", node -> node.hear("alpha"));
        net.run(100);

        assertThat(net).converged(RumorNode.class, RumorNode::known).hasLiveNodes(3);
        assertThatThrownBy(() -> assertThat(net).converged(node -> node.getClass().getSimpleName()))
                .hasMessageContaining("node-1: RumorNode")
                .hasMessageContaining("node-2: Deaf");
    }
}
