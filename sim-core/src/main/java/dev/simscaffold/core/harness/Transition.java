package dev.simscaffold.core.harness;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.time.LogicalTime;
import java.util.Objects;

/**
 * One step of one instance, as an {@link dev.simscaffold.core.expect.Expectation} over steps sees it:
 * the state before, the input (external, or a routed effect from another instance), the state after, and
 * the time. Judging a step by its two ends is what history-keeping properties need ("epochs only grow",
 * "a stale request never changes the table") without an invariant that remembers the previous state.
 *
 * @param <S> the state type
 * @param <I> the input type
 * @param instance the instance that took the step
 * @param before its state before the step
 * @param input what it was given
 * @param after its state after the step
 * @param now the simulated time of the step
 */
@Api(Api.Status.STABLE)
public record Transition<S, I>(int instance, S before, I input, S after, LogicalTime now) {

    /**
     * Rejects null parts.
     *
     * @param instance the instance that took the step
     * @param before its state before the step
     * @param input what it was given
     * @param after its state after the step
     * @param now the simulated time of the step
     */
    public Transition {
        Objects.requireNonNull(before, "before must not be null");
        Objects.requireNonNull(input, "input must not be null");
        Objects.requireNonNull(after, "after must not be null");
        Objects.requireNonNull(now, "now must not be null");
    }

    /**
     * Tells whether the step changed the instance's state.
     *
     * @return true unless {@code before.equals(after)}
     */
    public boolean changed() {
        return !before.equals(after);
    }
}
