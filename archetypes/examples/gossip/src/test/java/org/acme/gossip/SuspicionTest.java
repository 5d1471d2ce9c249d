package org.acme.gossip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.net.DurableNodeFactory;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.testkit.sweep.SeedSweep;
import org.junit.jupiter.api.Test;

/**
 * The membership view, narrated: a node crashes and every live node suspects it within
 * {@link MembershipBounds#suspicion()} ({@code failureTimeout} plus one interval and one delivery delay of
 * slack); it restarts and every live node trusts it again within {@link MembershipBounds#recovery()}.
 * Replay a failing seed with {@code mvn test -Dtest=SuspicionTest -Dsim.seed=<seed>}.
 */
class SuspicionTest {

    private static final int SEEDS = 20;
    static final NetworkFaults DELAYS = NetworkFaults.builder().minDelayTicks(1).maxDelayTicks(3).build();
    static final MembershipBounds BOUNDS = new MembershipBounds(MembershipSimulation.CONFIG, MembershipSimulation.NODES, 3);
    private static final NodeId VICTIM = MembershipSimulation.CLUSTER.get(1);

    @Test
    void aCrashedNodeIsSuspectedByEveryLiveNodeInTimeAndTrustedAgainAfterItsRestart() {
        SeedSweep.named("Membership-suspicion").firstSeed(1).seeds(SEEDS).run(seed -> crashAndRecover(seed, MembershipSimulation.shippedNodes()));
    }

    /**
     * Crashes a node once the cluster has settled, waits for every live node to suspect it, restarts it
     * and waits for every live node to trust it again; each wait fails at its bound.
     */
    static void crashAndRecover(long seed, DurableNodeFactory<MembershipDurable, MembershipNode> nodes) {
        SimNetwork<MembershipMessage> net = MembershipSimulation.network(seed, DELAYS, nodes, new WriteLedger());
        net.run(BOUNDS.suspicion());
        net.view().byId(MembershipNode.class).forEach((id, node) -> assertThat(node.suspected()).as("%s before the crash", id).isEmpty());

        net.crash(VICTIM);
        net.awaitLiveness(MembershipInvariants.suspectedByAll(VICTIM), BOUNDS.suspicion());
        net.restart(VICTIM);
        net.awaitLiveness(MembershipInvariants.trustedByAll(VICTIM), BOUNDS.recovery());
    }
}
