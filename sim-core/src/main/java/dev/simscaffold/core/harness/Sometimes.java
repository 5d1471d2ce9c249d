package dev.simscaffold.core.harness;

import dev.simscaffold.core.internal.Require;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A named situation a run is expected to reach at least once, such as "a lease is re-granted after it
 * expired" (Stateright's {@code Expectation::Sometimes}, Antithesis' {@code reachable}). An invariant that
 * never meets its interesting case passes vacuously; counting how often each {@code Sometimes} was reached
 * makes that visible in {@link SimHarness#coverage()} and, summed over many runs, in a
 * {@link dev.simscaffold.core.trace.CoverageTally}.
 *
 * @param <S> the state type
 * @param <I> the input type
 * @param name what the situation is, as reports show it
 * @param condition holds on a step that reaches the situation
 */
public record Sometimes<S, I>(String name, Predicate<? super Transition<S, I>> condition) {

    /**
     * Rejects a blank name or a null condition.
     *
     * @param name what the situation is
     * @param condition holds on a step that reaches the situation
     */
    public Sometimes {
        Require.name("a sometimes condition", name);
        Objects.requireNonNull(condition, "condition must not be null");
    }

    /**
     * Builds a sometimes condition.
     *
     * @param <S> the state type
     * @param <I> the input type
     * @param name what the situation is
     * @param condition holds on a step that reaches the situation
     * @return the condition
     */
    public static <S, I> Sometimes<S, I> of(String name, Predicate<? super Transition<S, I>> condition) {
        return new Sometimes<>(name, condition);
    }
}
