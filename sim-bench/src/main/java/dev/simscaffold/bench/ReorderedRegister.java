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
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.core.trace.TraceMode;
import java.util.List;
import java.util.Optional;

/**
 * A replicated register for the bug benchmark, with message-reordering bugs of depth 2 and 3 ({@link Rule}):
 * {@code node-0} writes {@link #WRITES} versions, one every {@link #WRITE_EVERY_TICKS} ticks, and pushes each
 * to the replica {@code node-1}. The correct replica applies an update only if its version is newer than the
 * one it holds. The invariant, checked after every event: the replica never goes back to an older version.
 */
final class ReorderedRegister {

    /** How many versions the writer writes. */
    static final int WRITES = 4;
    /** Ticks between two writes. */
    static final long WRITE_EVERY_TICKS = 5;
    /** The network: no loss or duplication, delays of 1 to 6 ticks with a 1 % tail to 30. */
    static final NetworkFaults FAULTS = NetworkFaults.builder().minDelayTicks(1).maxDelayTicks(6).tailDelayRate(0.01)
            .maxTailDelayTicks(30).build();

    /** The network of the depth-3 bug: delays of 1 to 6 ticks and no tail, so no drawn delay lets an update overtake two. */
    static final NetworkFaults SHORT_DELAYS = NetworkFaults.builder().minDelayTicks(1).maxDelayTicks(6).build();

    private static final NodeId REPLICA = NodeId.of(1);

    /** When the replica applies an update. */
    enum Rule {
        /** Correct: only a version newer than the one it holds. */
        NEWER_THAN_HELD,
        /**
         * Depth 2: every update, in the order they arrive. It needs an update delayed past the next write and the
         * next update delivered before it (with delays of 1 to 6 ticks, only the longest delay of one update against
         * the shortest of the next, or a tail delay, does it). Runs on {@link #FAULTS}.
         */
        ARRIVAL_ORDER,
        /**
         * Depth 3: a version newer than the last one to <em>arrive</em>, not the one held. It goes back only when a
         * newer update arrives, then an older one, then one in between (3, 1, 2): an update overtaken by two later
         * ones, 11 ticks late or more. Runs on {@link #SHORT_DELAYS}, where no drawn delay allows it: only a strategy
         * that holds messages past their drawn delay ({@code hold:T:...}) reaches it.
         */
        NEWER_THAN_LAST_ARRIVAL
    }

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
        private final Rule rule;
        private final Outbox<Update> outbox;
        private long version;
        private long lastArrived;
        private long lowestSinceHighest;
        private long highest;

        Node(NodeId id, Rule rule) {
            this.writer = id.index() == 0;
            this.rule = rule;
            this.outbox = new Outbox<>(id);
        }

        @Override
        public void handleInput(NodeId from, Update update, LogicalTime now) {
            boolean apply = switch (rule) {
                case NEWER_THAN_HELD -> update.version() > version;
                case ARRIVAL_ORDER -> true;
                case NEWER_THAN_LAST_ARRIVAL -> update.version() > lastArrived;
            };
            lastArrived = update.version();
            if (apply) {
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
     * @param inArrivalOrder whether the replica applies updates as they arrive (the depth-2 bug)
     * @return whether the run failed
     */
    static boolean fails(long seed, Strategy strategy, boolean inArrivalOrder) {
        return fails(SimRandom.seeded(seed), strategy, inArrivalOrder ? Rule.ARRIVAL_ORDER : Rule.NEWER_THAN_HELD, FAULTS);
    }

    /**
     * Runs the writes for 100 ticks over {@link #SHORT_DELAYS}; true if the replica went back to an older version.
     *
     * @param seed the run's seed
     * @param strategy the schedule strategy
     * @param overtaken whether the replica compares with the last arrival (the depth-3 bug)
     * @return whether the run failed
     */
    static boolean overtakenFails(long seed, Strategy strategy, boolean overtaken) {
        return overtakenFails(SimRandom.seeded(seed), strategy, overtaken);
    }

    /**
     * The depth-3 run on a stream the caller gives (a guided search's try); the same run as the seed's for
     * {@code SimRandom.seeded(seed)}.
     *
     * @param random the run's root stream
     * @param strategy the schedule strategy
     * @param overtaken whether the replica compares with the last arrival (the depth-3 bug)
     * @return whether the run failed
     */
    static boolean overtakenFails(SimRandom random, Strategy strategy, boolean overtaken) {
        return fails(random, strategy, overtaken ? Rule.NEWER_THAN_LAST_ARRIVAL : Rule.NEWER_THAN_HELD, SHORT_DELAYS);
    }

    private static boolean fails(SimRandom random, Strategy strategy, Rule rule, NetworkFaults faults) {
        SimNetwork<Update> net = SimNetwork.<Update>nodes(2, (id, r, now) -> new Node(id, rule))
                .random(random).strategy(strategy).faults(faults).traceMode(TraceMode.FINGERPRINT_ONLY)
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
