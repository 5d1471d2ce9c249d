package dev.simscaffold.bench;

import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.explore.guided.Features;
import dev.simscaffold.core.explore.guided.TryOutcome;
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
 * The planted bug guided exploration is measured on (the one of sim-core's {@code GuidedSearchTest}, whose test
 * fixture a benchmark cannot depend on): {@code node-0} sends {@value #MESSAGES} numbered messages to {@code node-1},
 * one every two ticks, over a network that duplicates a message with probability {@value #DUPLICATE_RATE}; the
 * receiver breaks at its fourth duplicate. One, two and three duplicates are {@code sometimes} situations, each rarer
 * than the last, and a try's features count them ({@link Features#withCounts}).
 */
final class PlantedDuplicates {

    static final int MESSAGES = 30;
    static final double DUPLICATE_RATE = 0.02;
    static final int BREAKS_AT = 4;

    /** Sends message {@code n} at its {@code n}-th timer. */
    private static final class Sender implements SansIoNode<Long> {
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
    private static final class Receiver implements SansIoNode<Long> {
        private final TreeSet<Long> seen = new TreeSet<>();
        private int duplicates;

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

    private PlantedDuplicates() {
    }

    /**
     * One try: the run, failed by the planted invariant (which throws), or passed with its coverage and counts.
     *
     * @param random the try's stream
     * @param breaksAt the duplicate the receiver breaks at; above {@value #MESSAGES}, the correct receiver
     * @return the outcome
     */
    static TryOutcome run(SimRandom random, int breaksAt) {
        SimNetwork<Long> network = SimNetwork.<Long>nodes(2, (id, r, now) -> id.index() == 0 ? new Sender(id) : new Receiver())
                .random(random)
                .faults(NetworkFaults.builder().minDelayTicks(1).maxDelayTicks(3).duplicateRate(DUPLICATE_RATE).build())
                .traceMode(TraceMode.FINGERPRINT_ONLY)
                .expect(Expectation.always("the receiver survives (planted: it breaks at duplicate " + breaksAt + ")",
                        view -> duplicates(view.all(Receiver.class)) >= breaksAt ? List.of("node-1 received " + breaksAt + " duplicates") : List.of()))
                .expect(Expectation.sometimes("one duplicate", view -> duplicates(view.all(Receiver.class)) >= 1))
                .expect(Expectation.sometimes("two duplicates", view -> duplicates(view.all(Receiver.class)) >= 2))
                .expect(Expectation.sometimes("three duplicates", view -> duplicates(view.all(Receiver.class)) >= 3))
                .build();
        network.run(2L * MESSAGES + 10);
        return TryOutcome.passed(Features.withCounts(network.coverage()));
    }

    private static int duplicates(List<Receiver> receivers) {
        return receivers.stream().mapToInt(r -> r.duplicates).sum();
    }
}
