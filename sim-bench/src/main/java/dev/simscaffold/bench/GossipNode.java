package dev.simscaffold.bench;

import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.Outbox;
import dev.simscaffold.core.net.SansIoNode;
import dev.simscaffold.core.net.Transmit;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.time.LogicalTime;
import java.util.Optional;

/**
 * A small gossip member for the time-compression benchmark, at 1 tick = 1 ms: every
 * {@value #INTERVAL_MS} ms it bumps its own heartbeat and pushes it to two random peers, and it forwards
 * every heartbeat it had not seen yet to one random peer (rumour mongering), so each heartbeat reaches
 * the whole group in a few hops and then dies out.
 */
public final class GossipNode implements SansIoNode<GossipNode.Heartbeat> {

    /** How often a member beats, in ms (ticks). */
    static final long INTERVAL_MS = 10;

    /**
     * One member's heartbeat.
     *
     * @param origin whose heartbeat
     * @param counter how many times it has beaten
     */
    public record Heartbeat(int origin, long counter) {
    }

    private final NodeId id;
    private final int members;
    private final SimRandom random;
    private final Outbox<Heartbeat> outbox;
    private final long[] latest;
    private LogicalTime nextBeat = LogicalTime.of(INTERVAL_MS);

    /**
     * Creates a member that knows no heartbeats yet.
     *
     * @param id its address
     * @param members how many members the group has (at least 3)
     * @param random its own stream
     */
    public GossipNode(NodeId id, int members, SimRandom random) {
        this.id = id;
        this.members = members;
        this.random = random;
        this.outbox = new Outbox<>(id);
        this.latest = new long[members];
    }

    @Override
    public void handleInput(NodeId from, Heartbeat message, LogicalTime now) {
        if (message.counter() > latest[message.origin()]) {
            latest[message.origin()] = message.counter();
            outbox.send(randomPeer(), message);
        }
    }

    @Override
    public void handleTimeout(LogicalTime now) {
        Heartbeat beat = new Heartbeat(id.index(), ++latest[id.index()]);
        outbox.send(randomPeer(), beat);
        outbox.send(randomPeer(), beat);
        nextBeat = now.advance(INTERVAL_MS);
    }

    @Override
    public Optional<Transmit<Heartbeat>> pollTransmit() {
        return outbox.poll();
    }

    @Override
    public Optional<LogicalTime> pollTimeout() {
        return Optional.of(nextBeat);
    }

    /**
     * The newest heartbeat counter this member has seen from one origin.
     *
     * @param origin the member
     * @return the counter, 0 if none yet
     */
    public long latest(int origin) {
        return latest[origin];
    }

    private NodeId randomPeer() {
        int peer = random.nextInt(members - 1);
        return NodeId.of(peer >= id.index() ? peer + 1 : peer);
    }
}
