package dev.simscaffold.bench;

import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.explore.Strategy;
import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.Outbox;
import dev.simscaffold.core.net.SansIoNode;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.net.Transmit;
import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.core.trace.TraceMode;
import java.util.List;
import java.util.Optional;

/**
 * A replicated register for the bug benchmark, with a message-reordering bug of depth 2: {@code node-0}
 * writes {@link #WRITES} versions, one every {@link #WRITE_EVERY_TICKS} ticks, and pushes each to the
 * replica {@code node-1}. The correct replica applies an update only if its version is newer than the one it
 * holds; the buggy one applies updates in the order they arrive. The invariant, checked after every event:
 * the replica never goes back to an older version. The bug needs two orderings at once: an update delayed
 * past the next write, and the next update delivered before it (with delays of 1 to 6 ticks, only the
 * longest delay of one update against the shortest of the next, or a tail delay, does it).
 */
final class ReorderedRegister {

    /** How many versions the writer writes. */
    static final int WRITES = 4;
    /** Ticks between two writes. */
    static final long WRITE_EVERY_TICKS = 5;
    /** The network: no loss or duplication, delays of 1 to 6 ticks with a 1 % tail to 30. */
    static final NetworkFaults FAULTS = NetworkFaults.builder().minDelayTicks(1).maxDelayTicks(6).tailDelayRate(0.01)
            .maxTailDelayTicks(30).build();

    private static final NodeId REPLICA = NodeId.of(1);

    private ReorderedRegister() {
    }

    /**
     * One write pushed to the replica.
     *
     * @param version the write's version, from 1
     */
    record Update(long version) {
    }

    /** The writer ({@code node-0}) or the replica ({@code node-1}). */
    static final class Node implements SansIoNode<Update> {

        private final boolean writer;
        private final boolean inArrivalOrder;
        private final Outbox<Update> outbox;
        private long version;
        private long lowestSinceHighest;
        private long highest;

        Node(NodeId id, boolean inArrivalOrder) {
            this.writer = id.index() == 0;
            this.inArrivalOrder = inArrivalOrder;
            this.outbox = new Outbox<>(id);
        }

        @Override
        public void handleInput(NodeId from, Update update, LogicalTime now) {
            if (inArrivalOrder || update.version() > version) {
                version = update.version();
                if (version > highest) {
                    highest = version;
                    lowestSinceHighest = version;
                }
                lowestSinceHighest = Math.min(lowestSinceHighest, version);
            }
        }

        @Override
        public void handleTimeout(LogicalTime now) {
            version++;
            outbox.send(REPLICA, new Update(version));
        }

        @Override
        public Optional<Transmit<Update>> pollTransmit() {
            return outbox.poll();
        }

        @Override
        public Optional<LogicalTime> pollTimeout() {
            return writer && version < WRITES ? Optional.of(LogicalTime.of((version + 1) * WRITE_EVERY_TICKS)) : Optional.empty();
        }

        /** The versions the replica went back to after holding a newer one, as the invariant's problems. */
        List<String> wentBack() {
            return writer || lowestSinceHighest >= highest ? List.of()
                    : List.of("the replica went back from version " + highest + " to version " + lowestSinceHighest);
        }
    }

    /**
     * Runs the writes for 100 ticks; true if the replica went back to an older version.
     *
     * @param seed the run's seed
     * @param strategy the schedule strategy
     * @param inArrivalOrder whether the replica applies updates as they arrive (the bug)
     * @return whether the run failed
     */
    static boolean fails(long seed, Strategy strategy, boolean inArrivalOrder) {
        SimNetwork<Update> net = SimNetwork.<Update>nodes(2, (id, random, now) -> new Node(id, inArrivalOrder))
                .seed(seed).strategy(strategy).faults(FAULTS).traceMode(TraceMode.FINGERPRINT_ONLY)
                .expect(Expectation.always("the replica never goes back", view -> view.all(Node.class).stream()
                        .flatMap(node -> node.wentBack().stream()).toList()))
                .build();
        try {
            net.run(100);
            return false;
        } catch (InvariantViolationError violation) {
            return true;
        }
    }
}
