package dev.simscaffold.core.harness;

import dev.simscaffold.core.explore.Chooser;
import dev.simscaffold.core.explore.EnabledEvent;
import dev.simscaffold.core.explore.EnabledEvents;
import dev.simscaffold.core.time.LogicalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Routed effects on their way to another instance, ordered by (ready time, posting order): without delay
 * faults every letter is ready when posted, so instances receive in the order messages were sent.
 *
 * <p>Before an external input, the oldest ready letter and the input are the two enabled events of the
 * harness; {@link #oldestGoesFirst} asks a strategy's {@link Chooser} which comes first.
 *
 * @param <I> the input type
 */
final class Mailbox<I> {

    /**
     * One routed effect in flight, with the fate the effect faults drew for it when it was sent: delivered,
     * duplicated (delivered, and a copy stays in flight) or dropped. The fate takes effect when the letter
     * arrives, as the {@link HarnessModel}'s edge of that letter and fate.
     */
    record Letter<I>(LogicalTime readyAt, long sequence, int from, int to, I input, EffectFate fate) {
    }

    private final PriorityQueue<Letter<I>> letters = new PriorityQueue<>(
            Comparator.comparing((Letter<I> l) -> l.readyAt()).thenComparingLong(Letter::sequence));
    private long nextSequence;

    void post(LogicalTime readyAt, int from, Addressed<I> addressed, EffectFate fate) {
        letters.add(new Letter<>(readyAt, nextSequence++, from, addressed.to(), addressed.input(), fate));
    }

    /**
     * Leaves the copy of a duplicated letter in flight where the letter was (same ready time and sequence),
     * to be delivered once: the model's copy is the same letter, and the effect faults drew one extra copy.
     */
    void keepCopy(Letter<I> duplicated) {
        letters.add(new Letter<>(duplicated.readyAt(), duplicated.sequence(), duplicated.from(), duplicated.to(),
                duplicated.input(), EffectFate.DELIVERED));
    }

    /** How many letters were sent before {@code letter} and are still in flight: its place in sending order. */
    int sentBefore(Letter<I> letter) {
        int before = 0;
        for (Letter<I> other : letters) {
            if (other.sequence() < letter.sequence()) {
                before++;
            }
        }
        return before;
    }

    /** The letters in flight in sending order, a copy. */
    List<Letter<I>> inSendingOrder() {
        List<Letter<I>> sent = new ArrayList<>(letters);
        sent.sort(Comparator.comparingLong(Letter::sequence));
        return sent;
    }

    /** Returns the time of the earliest letter if it is ready at or before {@code limit}. */
    LogicalTime nextReadyAtOrBefore(LogicalTime limit) {
        Letter<I> next = letters.peek();
        return next != null && !next.readyAt().isAfter(limit) ? next.readyAt() : null;
    }

    /**
     * Asks a chooser whether the oldest ready letter is delivered before the next external input, which goes
     * to {@code instance}: the letter is listed first (it may wait for any number of inputs, so its window
     * has no end), the input second (it happens now, queued after every letter).
     */
    boolean oldestGoesFirst(Chooser chooser, int instance, LogicalTime now) {
        Letter<I> oldest = letters.peek();
        EnabledEvents enabled = EnabledEvents.of(List.of(
                new EnabledEvent(EnabledEvent.Kind.ROUTED, oldest.readyAt().ticks(), Long.MAX_VALUE, oldest.sequence(),
                        List.of(oldest.to()), oldest.from()),
                new EnabledEvent(EnabledEvent.Kind.INPUT, now.ticks(), now.ticks(), nextSequence, List.of(instance))));
        int pick = chooser.choose(enabled);
        if (pick != 0 && pick != 1) {
            throw new IllegalStateException("the strategy's chooser picked index " + pick + " of 2 enabled events");
        }
        return pick == 0;
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
