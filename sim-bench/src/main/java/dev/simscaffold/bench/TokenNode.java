package dev.simscaffold.bench;

import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.Outbox;
import dev.simscaffold.core.net.SansIoNode;
import dev.simscaffold.core.net.Transmit;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.time.LogicalTime;
import java.util.Optional;

/**
 * The token workload of sim-core's {@code ThroughputTest}: every node starts with 20 tokens, forwards each
 * token it receives to a random peer and keeps a heartbeat timer. A cheap, busy node, so the benchmark
 * measures the event loop around it. The same class runs on {@code SimNetwork} and on the bare loop.
 */
public final class TokenNode implements SansIoNode<TokenNode.Token> {

    /**
     * The message of the token workload.
     *
     * @param hops how often it was forwarded
     */
    public record Token(int hops) {
    }

    private final NodeId id;
    private final int nodes;
    private final SimRandom random;
    private final Outbox<Token> outbox;
    private LogicalTime heartbeat = LogicalTime.of(10);
    private long handled;

    /**
     * Creates a node and queues its first 20 tokens.
     *
     * @param id the node's address
     * @param nodes how many nodes the network has (at least 2)
     * @param random the node's own stream
     */
    public TokenNode(NodeId id, int nodes, SimRandom random) {
        this.id = id;
        this.nodes = nodes;
        this.outbox = new Outbox<>(id);
        this.random = random;
        for (int i = 0; i < 20; i++) {
            forward(new Token(0));
        }
    }

    private void forward(Token token) {
        int peer = random.nextInt(nodes - 1);
        outbox.send(NodeId.of(peer >= id.index() ? peer + 1 : peer), new Token(token.hops() + 1));
    }

    @Override
    public void handleInput(NodeId from, Token message, LogicalTime now) {
        handled++;
        forward(message);
    }

    @Override
    public void handleTimeout(LogicalTime now) {
        heartbeat = now.advance(10);
    }

    @Override
    public Optional<Transmit<Token>> pollTransmit() {
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
