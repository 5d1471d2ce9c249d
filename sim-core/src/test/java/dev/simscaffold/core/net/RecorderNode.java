package dev.simscaffold.core.net;

import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.time.LogicalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A scriptable test node: it records every input and timeout, sends what the test queues with
 * {@link #send} (through {@link SimNetwork#invoke}), and arms the timer the test sets. With a
 * {@code period} it also sends one ping to {@code target} every period, to generate traffic.
 */
final class RecorderNode implements SansIoNode<Ping>, Durable<Integer> {

    /**
     * One received message.
     *
     * @param from the sender
     * @param ping the message
     * @param at when it was handled
     */
    record Received(NodeId from, Ping ping, long at) {
    }

    private final NodeId id;
    private final int restoredCount;
    private final List<Received> received = new ArrayList<>();
    private final List<Long> timeouts = new ArrayList<>();
    private final Outbox<Ping> outbox;
    private LogicalTime deadline;
    private NodeId target;
    private long period;
    private int pings;
    private int limit = Integer.MAX_VALUE;

    RecorderNode(NodeId id) {
        this(id, 0);
    }

    RecorderNode(NodeId id, int restoredCount) {
        this.id = id;
        this.outbox = new Outbox<>(id);
        this.restoredCount = restoredCount;
    }

    /** A factory whose nodes restore the number of messages received before the crash. */
    static DurableNodeFactory<Integer, RecorderNode> durableFactory() {
        return new DurableNodeFactory<>() {
            @Override
            public RecorderNode create(NodeId id, SimRandom random, LogicalTime now) {
                return new RecorderNode(id);
            }

            @Override
            public RecorderNode restore(NodeId id, SimRandom random, Integer received, LogicalTime now) {
                return new RecorderNode(id, received);
            }
        };
    }

    /** A factory for a node that pings {@code target} every tick from its creation, in every incarnation. */
    static NodeFactory<RecorderNode> blaster(NodeId target) {
        return (id, random, now) -> {
            RecorderNode node = new RecorderNode(id);
            node.target = target;
            node.period = 1;
            node.deadline = LogicalTime.ZERO;
            return node;
        };
    }

    /** Stops pinging after {@code count} pings. */
    void limit(int count) {
        limit = count;
    }

    void send(NodeId to, Ping ping) {
        outbox.send(to, ping);
    }

    void setTimer(long at) {
        deadline = LogicalTime.of(at);
    }

    /** Sends a ping to {@code to} every {@code everyTicks}, starting one period from {@code now}. */
    void blast(NodeId to, long everyTicks, LogicalTime now) {
        target = to;
        period = everyTicks;
        deadline = now.advance(everyTicks);
    }

    List<Received> received() {
        return received;
    }

    List<Long> timeouts() {
        return timeouts;
    }

    int restoredCount() {
        return restoredCount;
    }

    @Override
    public void handleInput(NodeId from, Ping message, LogicalTime now) {
        received.add(new Received(from, message, now.ticks()));
    }

    @Override
    public void handleTimeout(LogicalTime now) {
        timeouts.add(now.ticks());
        deadline = null;
        if (target != null && pings < limit) {
            outbox.send(target, new Ping(now.ticks(), pings++));
            deadline = now.advance(period);
        }
    }

    @Override
    public Optional<Transmit<Ping>> pollTransmit() {
        return outbox.poll();
    }

    @Override
    public Optional<LogicalTime> pollTimeout() {
        return Optional.ofNullable(deadline);
    }

    @Override
    public Integer durableState() {
        return restoredCount + received.size();
    }
}
