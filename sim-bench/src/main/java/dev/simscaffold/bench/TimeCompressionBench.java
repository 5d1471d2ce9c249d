package dev.simscaffold.bench;

import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.trace.TraceMode;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Time compression: how many simulated milliseconds a 5-member {@link GossipNode} group runs per wall
 * millisecond at 1 tick = 1 ms, delays 1..5 ms, fingerprint-only trace. One operation is one simulated
 * ms and the mode is throughput per wall ms, so the score is the compression factor itself; the bare
 * loop runs the same members, and its ratio is the simulator's share (below 1: slower than bare).
 */
@State(Scope.Thread)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@BenchmarkMode(Mode.Throughput)
public class TimeCompressionBench extends BenchDefaults {

    /** Simulated milliseconds per benchmark invocation. */
    static final int SIMULATED_MS = 100;

    private static final int MEMBERS = 5;
    private static final long SEED = 5;

    private SimNetwork<GossipNode.Heartbeat> network;
    private BareNetworkLoop<GossipNode.Heartbeat> bare;

    /** Builds the group on both loops once per trial. */
    @Setup
    public void setUp() {
        network = SimNetwork.nodes(MEMBERS, (id, random, now) -> new GossipNode(id, MEMBERS, random)).seed(SEED)
                .faults(NetworkFaults.builder().minDelayTicks(1).maxDelayTicks(5).build())
                .traceMode(TraceMode.FINGERPRINT_ONLY).build();
        bare = new BareNetworkLoop<>(SEED, MEMBERS, 1, 5, (id, random) -> new GossipNode(id, MEMBERS, random));
    }

    /**
     * {@link #SIMULATED_MS} simulated ms through {@code SimNetwork.run}.
     *
     * @return the event count, so nothing is dead code
     */
    @Benchmark
    @OperationsPerInvocation(SIMULATED_MS)
    public long simNetwork() {
        return network.run(SIMULATED_MS);
    }

    /**
     * {@link #SIMULATED_MS} simulated ms through the bare loop.
     *
     * @return the event count, so nothing is dead code
     */
    @Benchmark
    @OperationsPerInvocation(SIMULATED_MS)
    public long bareLoop() {
        bare.run(SIMULATED_MS);
        return bare.events();
    }
}
