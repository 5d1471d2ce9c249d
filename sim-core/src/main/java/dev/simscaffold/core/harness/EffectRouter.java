package dev.simscaffold.core.harness;

import dev.simscaffold.core.Api;
import java.util.Optional;

/**
 * Tells which effects are messages to other instances. A routed effect travels through the effect faults
 * (it may be dropped, duplicated or delayed) and is then applied as the receiver's input; every other
 * effect goes to the {@link EffectSink}, as before. Keeping the routing in a function, rather than in a
 * wrapper type, lets a state machine keep one sealed effect type for both kinds.
 *
 * @param <E> the effect type
 * @param <I> the input type
 */
@Api(Api.Status.STABLE)
@FunctionalInterface
public interface EffectRouter<E, I> {

    /**
     * Routes one effect.
     *
     * @param from the instance that emitted it
     * @param effect the effect
     * @return the receiver and its input, or empty for an effect meant for the outside world
     */
    Optional<Addressed<I>> route(int from, E effect);
}
