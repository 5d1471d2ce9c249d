package dev.simscaffold.core.explore.guided;

import dev.simscaffold.core.expect.Expectation;
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
import java.util.TreeSet;

/**
 * A planted bug that needs rare situations reached first: {@code node-0} sends {@value #MESSAGES} numbered messages
 * to {@code node-1}, one every two ticks, over a network that duplicates a message with probability
 * {@value #DUPLICATE_RATE}; {@code node-1} counts the duplicates it receives and (the planted bug) breaks at the
 * fourth. Reaching one, two and three duplicates are {@code sometimes} conditions, each rarer than the last: a
 * search that keeps the try that first reached three can spend its budget near it.
 */
final class DuplicateCounter {

    static final int MESSAGES = 30;
    static final double DUPLICATE_RATE = 0.02;
    static final int BREAKS_AT = 4;

    /** Sends message {@code n} at its {@code n}-th timer. */
    static final class Sender implements SansIoNode<Long> {
        private final Outbox<Long> outbox;
        private long sent;

        Sender(NodeId id) {
            outbox = new Outbox<>(id);
        }

        @Override
        public void handleInput(NodeId from, Long message, LogicalTime now) {
        }

        @Override
        public void handleTimeout(LogicalTime now) {
            outbox.send(NodeId.of(1), sent++);
        }

        @Override
        public Optional<Transmit<Long>> pollTransmit() {
            return outbox.poll();
        }

        @Override
        public Optional<LogicalTime> pollTimeout() {
            return sent < MESSAGES ? Optional.of(LogicalTime.of(2 * sent + 1)) : Optional.empty();
        }
    }

    /** Counts the messages it has seen before. */
    static final class Receiver implements SansIoNode<Long> {
        private final TreeSet<Long> seen = new TreeSet<>();
        int duplicates;

        @Override
        public void handleInput(NodeId from, Long message, LogicalTime now) {
            if (!seen.add(message)) {
                duplicates++;
            }
        }

        @Override
        public void handleTimeout(LogicalTime now) {
        }

        @Override
        public Optional<Transmit<Long>> pollTransmit() {
            return Optional.empty();
        }

        @Override
        public Optional<LogicalTime> pollTimeout() {
            return Optional.empty();
        }
    }

    private DuplicateCounter() {
    }

    /** The network on a try's stream, with the planted invariant and the three situations. */
    static SimNetwork<Long> network(SimRandom random) {
        return SimNetwork.<Long>nodes(2, (id, r, now) -> id.index() == 0 ? new Sender(id) : new Receiver())
                .random(random)
                .faults(NetworkFaults.builder().minDelayTicks(1).maxDelayTicks(3).duplicateRate(DUPLICATE_RATE).build())
                .traceMode(TraceMode.FINGERPRINT_ONLY)
                .expect(Expectation.always("the receiver survives (planted: it breaks at the fourth duplicate)",
                        view -> duplicates(view.all(Receiver.class)) >= BREAKS_AT ? List.of("node-1 received " + BREAKS_AT + " duplicates") : List.of()))
                .expect(Expectation.sometimes("one duplicate", view -> duplicates(view.all(Receiver.class)) >= 1))
                .expect(Expectation.sometimes("two duplicates", view -> duplicates(view.all(Receiver.class)) >= 2))
                .expect(Expectation.sometimes("three duplicates", view -> duplicates(view.all(Receiver.class)) >= 3))
                .build();
    }

    private static int duplicates(List<Receiver> receivers) {
        return receivers.stream().mapToInt(r -> r.duplicates).sum();
    }

    /**
     * One try: the run, failed by the invariant (which throws), or passed with its coverage and counts as features
     * (how many duplicates, how early a situation was reached: the gradient this bug needs).
     */
    static TryOutcome once(SimRandom random) {
        SimNetwork<Long> network = network(random);
        network.run(2L * MESSAGES + 10);
        return TryOutcome.passed(Features.withCounts(network.coverage()));
    }
}
