package ${package};

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.testkit.sweep.SeedSweep;
import org.junit.jupiter.api.Test;

/**
 * A crash, narrated: a node writes, crashes, misses newer writes of the same and of new keys, and
 * restarts. It comes back with exactly what it had made durable and catches up with everyone within
 * {@link ${moduleName}Bounds#convergence()}. Replay a failing seed with
 * {@code mvn test -Dtest=CrashRestartTest -Dsim.seed=<seed>}.
 */
class CrashRestartTest {

    private static final int SEEDS = 20;
    private static final NetworkFaults DELAYS = NetworkFaults.builder().minDelayTicks(1).maxDelayTicks(3).build();
    private static final ${moduleName}Bounds BOUNDS = new ${moduleName}Bounds(${moduleName}Simulation.CONFIG, ${moduleName}Simulation.NODES, 3);
    private static final NodeId VICTIM = ${moduleName}Simulation.CLUSTER.get(${moduleName}Simulation.NODES - 1);
    private static final NodeId OTHER = ${moduleName}Simulation.CLUSTER.get(0);

    @Test
    void aRestartedNodeKeepsWhatItMadeDurableAndCatchesUpWithinTheBound() {
        SeedSweep.named("${moduleName}-crash-restart").firstSeed(1).seeds(SEEDS).run(seed -> {
            WriteLedger ledger = new WriteLedger();
            SimNetwork<${moduleName}Message> net = ${moduleName}Simulation.network(seed, DELAYS, ${moduleName}Simulation.shippedNodes(), ledger);
            ${moduleName}Simulation.write(net, ledger, VICTIM, "k0");
            net.run(1);
            Entry beforeCrash = net.node(VICTIM, ${moduleName}Node.class).orElseThrow().entries().get("k0");

            net.crash(VICTIM);
            ${moduleName}Simulation.write(net, ledger, OTHER, "k0");
            ${moduleName}Simulation.write(net, ledger, OTHER, "k1");
            net.run(BOUNDS.convergence());
            net.restart(VICTIM);

            assertThat(net.node(VICTIM, ${moduleName}Node.class).orElseThrow().entries()).as("what survived the crash").containsOnlyKeys("k0").containsValue(beforeCrash);
            net.awaitLiveness(${moduleName}Invariants.allAgree(ledger), BOUNDS.convergence());
        });
    }
}
