package dev.simscaffold.core.explore;

import dev.simscaffold.core.Api;

/**
 * One run's decision maker: picks which enabled event happens next. A {@link Strategy} makes one per run
 * and per simulator, over a random stream of that run, so every decision it draws is a recorded choice
 * that replays with the seed and that the property engine can shrink (toward index 0, the default order).
 */
@Api(Api.Status.EXPERIMENTAL)
@FunctionalInterface
public interface Chooser {

    /**
     * Picks the next event.
     *
     * @param enabled the enabled events, never empty, in the default order: the first is what a run
     *                without a strategy would take (the (time, sequence) head of a network's queue, the
     *                oldest ready routed message of a harness, which competes with its next input); a view
     *                valid only during this call, read field by field so that a decision costs only what
     *                the chooser reads
     * @return the index of the chosen event in {@code enabled}
     */
    int choose(EnabledEvents enabled);
}
