package dev.simscaffold.core.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.model.ModelCopyable;
import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.core.trace.TraceMode;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * A restored network goes on exactly as it would have from the moment of its snapshot: the same trace
 * fingerprint, model state and statistics after the same number of events, across crashes, restarts and
 * partitions made after the snapshot, any number of times; a snapshot is refused by another network. Disks:
 * {@code DiskSnapshotTest}.
 */
class NetworkSnapshotTest {

    private static final UnaryOperator<SansIoNode<Long>> COPY = node -> ((Counter) node).modelCopy();

    /** Counts what it receives and forwards every odd count; pings every peer every 7 ticks. No draws. */
    static final class Counter implements SansIoNode<Long>, ModelCopyable<Counter> {
        private final NodeId id;
        private final int nodes;
        private final Outbox<Long> outbox;
        private long count;
        private LogicalTime next = LogicalTime.of(1);

        Counter(NodeId id, int nodes) {
            this.id = id;
            this.nodes = nodes;
            this.outbox = new Outbox<>(id);
        }

        @Override
        public void handleInput(NodeId from, Long message, LogicalTime now) {
            count += message;
            if (count % 2 == 1) {
                outbox.send(NodeId.of((id.index() + 1) % nodes), count);
            }
        }

        @Override
        public void handleTimeout(LogicalTime now) {
            for (int peer = 0; peer < nodes; peer++) {
                if (peer != id.index()) {
                    outbox.send(NodeId.of(peer), 1L);
                }
            }
            next = now.advance(7);
        }

        @Override
        public Optional<Transmit<Long>> pollTransmit() {
            return outbox.poll();
        }

        @Override
        public Optional<LogicalTime> pollTimeout() {
            return Optional.of(next);
        }

        /** Adds to the count, as an invoke from outside does. */
        void add(long amount) {
            count += amount;
        }

        /** What it has counted: its whole state but for its deadline. */
        long count() {
            return count;
        }

        @Override
        public Counter modelCopy() {
            Counter copy = new Counter(id, nodes);
            copy.count = count;
            copy.next = next;
            return copy;
        }
    }

    private static SimNetwork<Long> counters() {
        return SimNetwork.<Long>nodes(3, (id, random, now) -> new Counter(id, 3))
                .context(new SimContext(7)).traceMode(TraceMode.FINGERPRINT_ONLY).build();
    }

    private static List<Object> after(SimNetwork<Long> net, int events) {
        for (int i = 0; i < events; i++) {
            net.step();
        }
        return List.of(net.trace().fingerprint(), net.modelState(node -> ((Counter) node).count), net.stats(), net.now());
    }

    @Test
    void aRestoredNetworkGoesOnExactlyAsItWouldHave() {
        SimNetwork<Long> net = counters();
        after(net, 25);
        NetworkSnapshot snapshot = net.snapshot(COPY);
        List<Object> expected = after(net, 40);
        net.restore(snapshot, COPY);
        assertEquals(expected, after(net, 40));
        net.restore(snapshot, COPY);
        assertEquals(expected, after(net, 40), "a snapshot can be restored again");
        assertEquals(expected, after(counters(), 65), "and the whole run equals one never restored");
    }

    @Test
    void crashesAndPartitionsAfterTheSnapshotAreUndoneByRestoring() {
        SimNetwork<Long> net = counters();
        after(net, 10);
        NetworkSnapshot snapshot = net.snapshot(COPY);
        List<Object> expected = after(net, 30);
        net.restore(snapshot, COPY);
        net.crash(NodeId.of(1));
        net.partition(List.of(NodeId.of(0)), List.of(NodeId.of(2)));
        List<Object> faulty = after(net, 30);
        assertNotEquals(expected, faulty);
        net.restore(snapshot, COPY);
        assertTrue(net.isUp(NodeId.of(1)));
        assertEquals(expected, after(net, 30));
    }

    /**
     * Node keys are cached per node until it runs (and kept with a snapshot): after every event, crash, restart,
     * invoke and restore the cached keys equal keys computed afresh, and a key computed before an event is not
     * served after it. The key function counts its calls, so the cache is shown to be used, not bypassed.
     */
    @Test
    void cachedNodeKeysAreTheKeysOfTheNodesAsTheyAre() {
        int[] calls = {0};
        Function<SansIoNode<Long>, Object> key = node -> {
            calls[0]++;
            return ((Counter) node).count;
        };
        SimNetwork<Long> net = counters();
        net.modelState(key);
        NetworkSnapshot snapshot = null;
        for (int i = 0; i < 60; i++) {
            switch (i % 15) {
                case 3 -> net.crash(NodeId.of(1));
                case 6 -> net.restart(NodeId.of(1));
                case 8 -> net.invoke(NodeId.of(2), "add 5", node -> ((Counter) node).count += 5);
                case 10 -> snapshot = net.snapshot(COPY);
                case 13 -> net.restore(snapshot, COPY);
                default -> net.step();
            }
            SortedMap<NodeId, Object> fresh = new TreeMap<>();
            net.view().live().forEach((id, node) -> fresh.put(id, ((Counter) node).count));
            int before = calls[0];
            assertEquals(fresh, net.modelKeys(key), "after move " + i);
            assertEquals(net.modelKeys(key), net.modelKeys(key));
            assertTrue(calls[0] - before <= 1, "at most the node that moved is keyed again, after move " + i);
        }
        assertTrue(calls[0] < 3 + 60, "keys are reused: " + calls[0] + " calls");
    }

    @Test
    void aSnapshotBelongsToItsNetwork() {
        SimNetwork<Long> net = counters();
        NetworkSnapshot snapshot = net.snapshot(COPY);
        IllegalArgumentException other = assertThrows(IllegalArgumentException.class, () -> counters().restore(snapshot, COPY));
        assertTrue(other.getMessage().contains("the network that took it"), other.getMessage());
    }
}
