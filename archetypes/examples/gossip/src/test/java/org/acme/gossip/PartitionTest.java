package org.acme.gossip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.testkit.sweep.SeedSweep;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A partition, narrated: the cluster splits in two, each side takes writes, and for as long as the split
 * lasts the invariants hold after every event, each side agrees within itself, learns nothing from the
 * other side and suspects it; after the heal every live node agrees, and trusts every peer, within the
 * bounds. Replay a failing seed with {@code mvn test -Dtest=PartitionTest -Dsim.seed=<seed>}.
 */
class PartitionTest {

    private static final int SEEDS = 20;
    private static final NetworkFaults DELAYS = NetworkFaults.builder().minDelayTicks(1).maxDelayTicks(3).build();
    private static final MembershipBounds BOUNDS = new MembershipBounds(MembershipSimulation.CONFIG, MembershipSimulation.NODES, 3);
    private static final List<NodeId> LEFT = MembershipSimulation.CLUSTER.subList(0, MembershipSimulation.NODES / 2);
    private static final List<NodeId> RIGHT = MembershipSimulation.CLUSTER.subList(MembershipSimulation.NODES / 2, MembershipSimulation.NODES);

    @Test
    void whileSplitEachSideKeepsToItselfAndAfterTheHealAllAgreeWithinTheBound() {
        SeedSweep.named("Membership-partition").firstSeed(1).seeds(SEEDS).run(seed -> {
            WriteLedger ledger = new WriteLedger();
            SimNetwork<MembershipMessage> net = MembershipSimulation.network(seed, DELAYS, MembershipSimulation.shippedNodes(), ledger);
            net.run(BOUNDS.convergence());
            net.partition(LEFT, RIGHT);
            MembershipSimulation.write(net, ledger, LEFT.get(0), "left");
            MembershipSimulation.write(net, ledger, RIGHT.get(0), "right");

            net.run(BOUNDS.convergence() + BOUNDS.suspicion());

            net.view().byId(MembershipNode.class).forEach((id, node) -> {
                boolean left = LEFT.contains(id);
                assertThat(node.entries()).as("%s while split", id).containsOnlyKeys(left ? "left" : "right");
                assertThat(node.suspected()).as("%s while split", id).containsExactlyElementsOf(left ? RIGHT : LEFT);
            });

            net.heal();
            net.awaitLiveness(MembershipInvariants.allAgree(ledger), BOUNDS.convergence());
            net.awaitLiveness(MembershipInvariants.everyPeerTrusted(), BOUNDS.recovery());
        });
    }
}
