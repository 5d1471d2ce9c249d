package dev.simscaffold.bench;

import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.trace.TraceMode;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The {@code SimNetwork} event loop against a bare {@link java.util.PriorityQueue} loop driving the same
 * {@link TokenNode}s: 5 or 100 nodes, delays uniform in 1..5 ticks, no other faults, fingerprint-only trace, no
 * invariants. One operation is one processed event, so the scores are ns/event and the ratio
 * {@code simNetwork / bareLoop} is the simulator's overhead.
 */
@State(Scope.Thread)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class NetworkBench extends BenchDefaults {

    /** Events per benchmark invocation. */
    static final int EVENTS = 1_000;

    private static final long SEED = 42;

    /** How many nodes; each starts with 20 tokens in flight. */
    @Param({"5", "100"})
    public int nodes;

    private SimNetwork<TokenNode.Token> network;
    private SimNetwork<TokenNode.CheapToken> cheapText;
    private BareNetworkLoop<TokenNode.Token> bare;

    /** Builds both loops once per trial; the token workload never runs dry. */
    @Setup
    public void setUp() {
        final int count = nodes;
        NetworkFaults delays = TokenNode.DELAYS;
        network = TokenNode.network(SEED, count, TokenNode.TOKENS, delays, TraceMode.FINGERPRINT_ONLY);
        cheapText = SimNetwork.nodes(count, (id, random, now) -> new TokenNode<>(id, count, random, TokenNode.CheapToken::new))
                .seed(SEED).faults(delays)
                .traceMode(TraceMode.FINGERPRINT_ONLY).build();
        bare = new BareNetworkLoop<>(SEED, count, 1, 5, (id, random) -> new TokenNode<>(id, count, random, TokenNode.Token::new));
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
     * {@link #EVENTS} events through {@code SimNetwork.step()} with a message whose {@code toString()} is
     * hand-written (same text): the difference to {@link #simNetwork()} is what the record's generated
     * {@code toString()} costs the fingerprint.
     *
     * @return the event count, so nothing is dead code
     */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long simNetworkCheapToString() {
        for (int i = 0; i < EVENTS; i++) {
            cheapText.step();
        }
        return cheapText.events();
    }

    /**
     * A network with a {@code FULL} trace, rebuilt for every iteration: a full trace keeps every event,
     * so a network that ran through all the iterations would measure an ever larger heap.
     */
    @State(Scope.Thread)
    public static class FullTrace {
        SimNetwork<TokenNode.Token> network;

        /**
         * Builds the network with the benchmark's node count.
         *
         * @param bench the benchmark state, for its parameters
         */
        @Setup(Level.Iteration)
        public void setUp(NetworkBench bench) {
            network = TokenNode.network(SEED, bench.nodes, TokenNode.TOKENS, TokenNode.DELAYS, TraceMode.FULL);
        }
    }

    /**
     * {@link #EVENTS} events through {@code SimNetwork.step()} with a {@code FULL} trace (every event kept).
     *
     * @param full the network, fresh each iteration
     * @return the event count, so nothing is dead code
     */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long simNetworkFullTrace(FullTrace full) {
        for (int i = 0; i < EVENTS; i++) {
            full.network.step();
        }
        return full.network.events();
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
