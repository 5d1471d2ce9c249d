package org.acme.gossip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.testkit.sweep.SeedSweep;
import org.junit.jupiter.api.Test;

/**
 * A crash, narrated: a node writes, crashes, misses newer writes of the same and of new keys, and
 * restarts. It comes back with exactly what it had made durable and catches up with everyone within
 * {@link MembershipBounds#convergence()}. Replay a failing seed with
 * {@code mvn test -Dtest=CrashRestartTest -Dsim.seed=<seed>}.
 */
class CrashRestartTest {

    private static final int SEEDS = 20;
    private static final NetworkFaults DELAYS = NetworkFaults.builder().minDelayTicks(1).maxDelayTicks(3).build();
    private static final MembershipBounds BOUNDS = new MembershipBounds(MembershipSimulation.CONFIG, MembershipSimulation.NODES, 3);
    private static final NodeId VICTIM = MembershipSimulation.CLUSTER.get(MembershipSimulation.NODES - 1);
    private static final NodeId OTHER = MembershipSimulation.CLUSTER.get(0);

    @Test
    void aRestartedNodeKeepsWhatItMadeDurableAndCatchesUpWithinTheBound() {
        SeedSweep.named("Membership-crash-restart").firstSeed(1).seeds(SEEDS).run(seed -> {
            WriteLedger ledger = new WriteLedger();
            SimNetwork<MembershipMessage> net = MembershipSimulation.network(seed, DELAYS, MembershipSimulation.shippedNodes(), ledger);
            MembershipSimulation.write(net, ledger, VICTIM, "k0");
            net.run(1);
            Entry beforeCrash = net.node(VICTIM, MembershipNode.class).orElseThrow().entries().get("k0");

            net.crash(VICTIM);
            MembershipSimulation.write(net, ledger, OTHER, "k0");
            MembershipSimulation.write(net, ledger, OTHER, "k1");
            net.run(BOUNDS.convergence());
            net.restart(VICTIM);

            assertThat(net.node(VICTIM, MembershipNode.class).orElseThrow().entries()).as("what survived the crash").containsOnlyKeys("k0").containsValue(beforeCrash);
            net.awaitLiveness(MembershipInvariants.allAgree(ledger), BOUNDS.convergence());
        });
    }
}
