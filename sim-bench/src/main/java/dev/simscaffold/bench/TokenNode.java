package dev.simscaffold.bench;

import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.Outbox;
import dev.simscaffold.core.net.SansIoNode;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.net.Transmit;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.core.trace.TraceMode;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * A token-forwarding workload: every node starts with 20 tokens, forwards each
 * token it receives to a random peer and keeps a heartbeat timer. A cheap, busy node, so the benchmark
 * measures the event loop around it. The same class runs on {@code SimNetwork} and on the bare loop.
 */
public final class TokenNode<T extends TokenNode.Hops> implements SansIoNode<T> {

    /** A token: it knows how often it was forwarded. */
    public interface Hops {
        /**
         * How often the token was forwarded.
         *
         * @return the count
         */
        int hops();
    }

    /**
     * The message of the token workload, with the record's generated {@code toString()}.
     *
     * @param hops how often it was forwarded
     */
    public record Token(int hops) implements Hops {
    }

    /**
     * The same message with a hand-written {@code toString()} giving the same text, to measure what the
     * generated one costs on the trace's hot path.
     *
     * @param hops how often it was forwarded
     */
    public record CheapToken(int hops) implements Hops {
        @Override
        public String toString() {
            return "CheapToken[hops=" + hops + "]";
        }
    }

    /** The token workload's network delays: uniform in 1..5 ticks, no other faults. */
    static final NetworkFaults DELAYS = NetworkFaults.builder().minDelayTicks(1).maxDelayTicks(5).build();

    /** Tokens each node starts with, and the fewest it should see per heartbeat. */
    static final int TOKENS = 20;

    private final NodeId id;
    private final int nodes;
    private final SimRandom random;
    private final Outbox<T> outbox;
    private final IntFunction<T> tokens;
    private LogicalTime heartbeat = LogicalTime.of(10);
    private long handled;
    private long sinceHeartbeat = TOKENS;

    /**
     * Creates a node and queues its first 20 tokens.
     *
     * @param id the node's address
     * @param nodes how many nodes the network has (at least 2)
     * @param random the node's own stream
     * @param tokens makes the token with a given hop count
     */
    public TokenNode(NodeId id, int nodes, SimRandom random, IntFunction<T> tokens) {
        this(id, nodes, random, tokens, TOKENS);
    }

    /**
     * Creates a node with a chosen number of first tokens; the scale runs use it to measure what a
     * message in flight costs.
     *
     * @param id the node's address
     * @param nodes how many nodes the network has (at least 2)
     * @param random the node's own stream
     * @param tokens makes the token with a given hop count
     * @param initial how many tokens it sends at once
     */
    public TokenNode(NodeId id, int nodes, SimRandom random, IntFunction<T> tokens, int initial) {
        this.id = id;
        this.tokens = tokens;
        this.nodes = nodes;
        this.outbox = new Outbox<>(id);
        this.random = random;
        for (int i = 0; i < initial; i++) {
            forward(tokens.apply(0));
        }
    }

    /**
     * The token workload on a {@code SimNetwork}, the one way every benchmark and scale run builds it.
     *
     * @param seed the network's seed
     * @param nodes how many nodes
     * @param tokensPerNode how many tokens each node starts with
     * @param faults the network's faults
     * @param mode the trace mode
     * @return the started network
     */
    static SimNetwork<Token> network(long seed, int nodes, int tokensPerNode, NetworkFaults faults, TraceMode mode) {
        return SimNetwork.nodes(nodes, (id, random, now) -> new TokenNode<>(id, nodes, random, Token::new, tokensPerNode))
                .seed(seed).faults(faults).traceMode(mode).build();
    }

    private void forward(T token) {
        int peer = random.nextInt(nodes - 1);
        outbox.send(NodeId.of(peer >= id.index() ? peer + 1 : peer), tokens.apply(token.hops() + 1));
    }

    @Override
    public void handleInput(NodeId from, T message, LogicalTime now) {
        handled++;
        sinceHeartbeat++;
        forward(message);
    }

    /**
     * Beats the heartbeat and, when a lossy network let fewer than {@value #TOKENS} tokens reach this node
     * since the last beat, sends fresh ones to make up the difference, so the workload never runs dry. A
     * lossless network delivers several times that many per beat, so there the refill never fires.
     */
    @Override
    public void handleTimeout(LogicalTime now) {
        heartbeat = now.advance(10);
        for (long missing = TOKENS - sinceHeartbeat; missing > 0; missing--) {
            forward(tokens.apply(0));
        }
        sinceHeartbeat = 0;
    }

    @Override
    public Optional<Transmit<T>> pollTransmit() {
        return outbox.poll();
    }

    @Override
    public Optional<LogicalTime> pollTimeout() {
        return Optional.of(heartbeat);
    }

    /**
     * How many tokens this node has received.
     *
     * @return the count
     */
    public long handled() {
        return handled;
    }
}
