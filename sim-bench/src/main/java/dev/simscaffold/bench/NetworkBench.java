package dev.simscaffold.bench;

import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.trace.TraceMode;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The {@code SimNetwork} event loop against a bare {@link java.util.PriorityQueue} loop driving the same
 * {@link TokenNode}s: 5 nodes, delays uniform in 1..5 ticks, no other faults, fingerprint-only trace, no
 * invariants. One operation is one processed event, so the scores are ns/event and the ratio
 * {@code simNetwork / bareLoop} is the simulator's overhead.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class NetworkBench {

    /** Events per benchmark invocation. */
    static final int EVENTS = 1_000;

    private static final int NODES = 5;
    private static final long SEED = 42;

    private SimNetwork<TokenNode.Token, TokenNode> network;
    private BareNetworkLoop<TokenNode.Token> bare;

    /** Builds both loops once per trial; the token workload never runs dry. */
    @Setup
    public void setUp() {
        NetworkFaults delays = NetworkFaults.builder().minDelayTicks(1).maxDelayTicks(5).build();
        network = SimNetwork.<TokenNode.Token, TokenNode>builder().seed(SEED)
                .nodes(NODES, (id, random) -> new TokenNode(id, NODES, random)).faults(delays)
                .traceMode(TraceMode.FINGERPRINT_ONLY).build();
        bare = new BareNetworkLoop<>(SEED, NODES, 1, 5, (id, random) -> new TokenNode(id, NODES, random));
    }

    /**
     * {@link #EVENTS} events through {@code SimNetwork.step()}.
     *
     * @return the event count, so nothing is dead code
     */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long simNetwork() {
        for (int i = 0; i < EVENTS; i++) {
            network.step();
        }
        return network.events();
    }

    /**
     * {@link #EVENTS} events through the bare loop.
     *
     * @return the event count, so nothing is dead code
     */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long bareLoop() {
        for (int i = 0; i < EVENTS; i++) {
            bare.step();
        }
        return bare.events();
    }
}
