package dev.simscaffold.core.harness;

import dev.simscaffold.core.time.LogicalTime;
import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * Routed effects on their way to another instance, ordered by (ready time, posting order): without delay
 * faults every letter is ready when posted, so instances receive in the order messages were sent.
 *
 * @param <I> the input type
 */
final class Mailbox<I> {

    /** One routed effect in flight. */
    record Letter<I>(LogicalTime readyAt, long sequence, int from, int to, I input) {
    }

    private final PriorityQueue<Letter<I>> letters = new PriorityQueue<>(
            Comparator.comparing((Letter<I> l) -> l.readyAt()).thenComparingLong(Letter::sequence));
    private long nextSequence;

    void post(LogicalTime readyAt, int from, Addressed<I> addressed) {
        letters.add(new Letter<>(readyAt, nextSequence++, from, addressed.to(), addressed.input()));
    }

    /** Returns the time of the earliest letter if it is ready at or before {@code limit}. */
    LogicalTime nextReadyAtOrBefore(LogicalTime limit) {
        Letter<I> next = letters.peek();
        return next != null && !next.readyAt().isAfter(limit) ? next.readyAt() : null;
    }

    Letter<I> take() {
        return letters.poll();
    }

    boolean isEmpty() {
        return letters.isEmpty();
    }

    int size() {
        return letters.size();
    }
}
