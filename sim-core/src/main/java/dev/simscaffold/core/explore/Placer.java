package dev.simscaffold.core.explore;

import dev.simscaffold.core.Api;

/**
 * How a {@link Strategy} orders a network's events: not by choosing among the enabled events at every step,
 * but by placing each message, as it is queued, at one tick of its delivery window, so that the queue's
 * ordinary (time, sequence) order then carries the strategy out. A network's message may arrive at any tick
 * from the one its drawn delay gives ({@code earliest}) to the end of its delay range ({@code latest}, plus the
 * strategy's {@link #holdTicks()}); timers, disk completions and fault actions have no such slack and are never
 * placed. Every run is therefore one a plain network makes with the delays its messages ended up with (a hold
 * lengthens the range by its ticks), and the default order is the placement at offset 0 everywhere.
 *
 * <p>A strategy makes one placer per run over a random stream of that run (the network's {@code "network.order"}
 * fork); each placement is a recorded choice drawn while the sender's event runs, so a run replays from its seed
 * and strategy, and a draw shrunk to 0 places the message at its drawn tick, the default order. What a decision
 * costs no longer depends on how many events are enabled: one draw per message at most, against one per enabled
 * event per step for a chooser over the enabled set (which stays the model checker's and the harness's seam,
 * {@link Chooser}).
 */
@Api(Api.Status.EXPERIMENTAL)
@FunctionalInterface
public interface Placer {

    /**
     * Places one message in its window.
     *
     * @param origin the sending node's index
     * @param target the receiving node's index
     * @param slack how many ticks past its drawn tick the message may arrive, {@code >= 1} (messages with no
     *              slack are not placed and draw nothing)
     * @return the offset from its drawn tick, from 0 (the default order) to {@code slack}
     */
    long place(int origin, int target, long slack);

    /**
     * How many ticks past the end of its delay range this placer may hold a message (see {@link HoldStrategy});
     * they are part of the {@code slack} it is given.
     *
     * @return the hold, {@code >= 0}
     */
    default long holdTicks() {
        return 0;
    }

    /**
     * Whether a message that <em>raced</em> and lost is placed again (partial-order sampling, {@link PosStrategy}):
     * when it comes due after its receiver has handled another event since it was placed, and its window is not
     * over, the network calls {@link #place} again over its whole window and takes it now if the new tick is not
     * later than now (a tick already past means now), otherwise queues it at the new tick. A message that keeps
     * losing races is thus placed again each time, and the further its window has run, the likelier it is taken.
     *
     * @return whether raced messages are placed again
     */
    default boolean replacesRaced() {
        return false;
    }
}
