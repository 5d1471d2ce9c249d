package dev.simscaffold.bench;

import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.SansIoNode;
import dev.simscaffold.core.net.Transmit;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.time.LogicalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.function.BiFunction;

/**
 * The baseline for {@link NetworkBench}: the same nodes driven by the simplest correct loop a user would
 * write by hand, a {@link PriorityQueue} of events ordered by (time, sequence number), uniform delays drawn
 * from a {@link SimRandom}, one live timer per node, no faults, no trace, no invariants.
 *
 * @param <M> the message type
 */
public final class BareNetworkLoop<M> {

    private static final class Event<M> implements Comparable<Event<M>> {
        final long time;
        final long seq;
        final int to;
        final NodeId from;
        final M message;

        Event(long time, long seq, int to, NodeId from, M message) {
            this.time = time;
            this.seq = seq;
            this.to = to;
            this.from = from;
            this.message = message;
        }

        @Override
        public int compareTo(Event<M> other) {
            int byTime = Long.compare(time, other.time);
            return byTime != 0 ? byTime : Long.compare(seq, other.seq);
        }
    }

    private final List<SansIoNode<M>> nodes = new ArrayList<>();
    private final long[] armedTimer;
    private final long[] armedSeq;
    private final PriorityQueue<Event<M>> queue = new PriorityQueue<>();
    private final SimRandom delays;
    private final long minDelay;
    private final long maxDelay;
    private long seq;
    private long now;
    private long events;

    /**
     * Creates the loop and its nodes, then collects their first messages and timers.
     *
     * @param seed the seed of the delay stream and of the nodes' streams
     * @param count how many nodes
     * @param minDelay the smallest delay in ticks
     * @param maxDelay the largest delay in ticks
     * @param factory creates the node at an address from its own stream
     */
    public BareNetworkLoop(long seed, int count, long minDelay, long maxDelay,
            BiFunction<NodeId, SimRandom, ? extends SansIoNode<M>> factory) {
        SimRandom root = SimRandom.seeded(seed);
        this.delays = root.fork("delays");
        this.minDelay = minDelay;
        this.maxDelay = maxDelay;
        this.armedTimer = new long[count];
        this.armedSeq = new long[count];
        for (int i = 0; i < count; i++) {
            nodes.add(factory.apply(NodeId.of(i), root.fork("node-" + i)));
            armedTimer[i] = Long.MIN_VALUE;
            armedSeq[i] = -1;
        }
        for (int i = 0; i < count; i++) {
            collect(i);
        }
    }

    private void collect(int index) {
        SansIoNode<M> node = nodes.get(index);
        for (Optional<Transmit<M>> out = node.pollTransmit(); out.isPresent(); out = node.pollTransmit()) {
            Transmit<M> transmit = out.get();
            long at = now + delays.between(minDelay, maxDelay);
            queue.add(new Event<>(at, seq++, transmit.to().index(), transmit.from(), transmit.message()));
        }
        Optional<LogicalTime> timeout = node.pollTimeout();
        if (timeout.isPresent() && timeout.get().ticks() != armedTimer[index]) {
            long at = Math.max(now, timeout.get().ticks());
            armedTimer[index] = timeout.get().ticks();
            armedSeq[index] = seq;
            queue.add(new Event<>(at, seq++, index, null, null));
        }
    }

    /**
     * Processes the next event that is not a superseded timer.
     *
     * @return false if no event is pending
     */
    public boolean step() {
        while (!queue.isEmpty()) {
            Event<M> event = queue.poll();
            now = event.time;
            SansIoNode<M> node = nodes.get(event.to);
            if (event.message == null) {
                if (armedSeq[event.to] != event.seq) {
                    continue; // superseded by a later deadline
                }
                armedTimer[event.to] = Long.MIN_VALUE;
                armedSeq[event.to] = -1;
                node.handleTimeout(LogicalTime.of(now));
            } else {
                node.handleInput(event.from, event.message, LogicalTime.of(now));
            }
            collect(event.to);
            events++;
            return true;
        }
        return false;
    }

    /**
     * Processes every event up to {@code ticks} from now, then moves the clock there, as
     * {@code SimNetwork.run(ticks)} does.
     *
     * @param ticks how far to run
     */
    public void run(long ticks) {
        long until = now + ticks;
        while (!queue.isEmpty() && queue.peek().time <= until) {
            step();
        }
        now = until;
    }

    /**
     * How many events were processed.
     *
     * @return the count
     */
    public long events() {
        return events;
    }
}
