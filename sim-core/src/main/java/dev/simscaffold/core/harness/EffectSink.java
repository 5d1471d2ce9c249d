package dev.simscaffold.core.harness;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.time.LogicalTime;

/**
 * The outside world as the harness's effects reach it, after drops, duplicates and delays. A test uses
 * a sink to model clients that act on what they were told (for example a worker that believes it holds
 * a lease because a grant reached it). A sink must not call back into the harness.
 *
 * @param <E> the effect type
 */
@Api(Api.Status.STABLE)
@FunctionalInterface
public interface EffectSink<E> {

    /**
     * Receives one delivered effect.
     *
     * @param instance the instance that emitted it
     * @param effect the effect
     * @param at the time it is delivered
     */
    void deliver(int instance, E effect, LogicalTime at);
}
