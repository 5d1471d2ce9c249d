package dev.simscaffold.bench;

import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.trace.TraceMode;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@code SimNetwork} with faults on, against the same fault-free bare loop as {@link NetworkBench}: the
 * ratio is what fault injection, fault tracing and the node faults' extra work (restarts re-create nodes,
 * partitions block messages) cost on top of the event loop. {@link TokenNode} refills the tokens the
 * network loses, so the workload stays busy under every profile. Fingerprint-only trace, no invariants.
 */
@State(Scope.Thread)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class FaultyNetworkBench extends BenchDefaults {

    private static final long SEED = 42;

    /** How many nodes. */
    @Param({"5", "100"})
    public int nodes;

    /** The fault profile; see {@link #profile(String)}. */
    @Param({"mild", "hostile"})
    public String faults;

    private SimNetwork<TokenNode.Token> network;
    private BareNetworkLoop<TokenNode.Token> bare;

    /**
     * The two fault profiles, both with {@link NetworkBench}'s 1..5-tick delays. Mild: 1% loss, 1%
     * duplicates, 1% stragglers up to 20 ticks. Hostile: 5% loss, 2% duplicates, 2% stragglers up to 50
     * ticks, and per delivered message a 0.05% chance of a partition (up to 50 ticks), 0.02% of a crash
     * (restart after 30 ticks) and 0.05% of a pause (up to 20 ticks), with 1,000 ppm clock drift.
     *
     * @param name {@code "mild"} or {@code "hostile"}
     * @return the faults
     */
    static NetworkFaults profile(String name) {
        NetworkFaults.Builder delays = TokenNode.DELAYS.toBuilder();
        return switch (name) {
            case "mild" -> delays.lossRate(0.01).duplicateRate(0.01).tailDelayRate(0.01).maxTailDelayTicks(20).build();
            case "hostile" -> delays.lossRate(0.05).duplicateRate(0.02).tailDelayRate(0.02).maxTailDelayTicks(50)
                    .partitionRate(0.0005).maxPartitionTicks(50).crashRate(0.0002).restartAfterTicks(30)
                    .pauseRate(0.0005).maxPauseTicks(20).maxClockDriftPpm(1_000).build();
            default -> throw new IllegalArgumentException("unknown fault profile '" + name + "': use mild or hostile");
        };
    }

    /** Builds both loops once per trial. */
    @Setup
    public void setUp() {
        final int count = nodes;
        network = TokenNode.network(SEED, count, TokenNode.TOKENS, profile(faults), TraceMode.FINGERPRINT_ONLY);
        bare = new BareNetworkLoop<>(SEED, count, 1, 5, (id, random) -> new TokenNode<>(id, count, random, TokenNode.Token::new));
    }

    /**
     * {@link NetworkBench#EVENTS} events through {@code SimNetwork.step()} under the fault profile.
     *
     * @return the event count, so nothing is dead code
     */
    @Benchmark
    @OperationsPerInvocation(NetworkBench.EVENTS)
    public long simNetwork() {
        for (int i = 0; i < NetworkBench.EVENTS; i++) {
            network.step();
        }
        return network.events();
    }

    /**
     * {@link NetworkBench#EVENTS} events through the fault-free bare loop.
     *
     * @return the event count, so nothing is dead code
     */
    @Benchmark
    @OperationsPerInvocation(NetworkBench.EVENTS)
    public long bareLoop() {
        for (int i = 0; i < NetworkBench.EVENTS; i++) {
            bare.step();
        }
        return bare.events();
    }
}
