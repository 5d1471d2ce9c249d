package dev.simscaffold.core.history;

import dev.simscaffold.core.Api;

/**
 * What a deterministic sequential implementation does with one input: the state it leads to and the
 * output it returns. See {@link Model#deterministic}.
 *
 * @param <S> the state type
 * @param <O> the output type
 * @param state the state after the operation
 * @param output the output the operation returns ({@code null} when it returns nothing)
 */
@Api(Api.Status.EXPERIMENTAL)
public record ModelStep<S, O>(S state, O output) {

    /**
     * Returns a step that changes the state and returns nothing.
     *
     * @param <S> the state type
     * @param <O> the output type
     * @param state the state after the operation
     * @return the step
     */
    public static <S, O> ModelStep<S, O> to(S state) {
        return new ModelStep<>(state, null);
    }
}
