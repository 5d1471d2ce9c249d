package dev.simscaffold.core.harness;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.time.LogicalTime;

/**
 * A pure state machine: given a state, an input and the current time, it returns the next state and
 * the effects to perform. It performs no I/O, reads no clock and draws no randomness of its own, which
 * is what lets {@link SimHarness} replay any interleaving exactly.
 *
 * @param <S> the state type, ideally an immutable record
 * @param <I> the input type, ideally a sealed interface of records
 * @param <E> the effect type, ideally a sealed interface of records
 */
@Api(Api.Status.STABLE)
@FunctionalInterface
public interface StateMachine<S, I, E> {

    /**
     * Computes the next state and effects. Must not modify {@code state}.
     *
     * @param state the current state
     * @param input what happened
     * @param now the current simulated time
     * @return the new state and the effects to perform
     */
    Step<S, E> transition(S state, I input, LogicalTime now);
}
