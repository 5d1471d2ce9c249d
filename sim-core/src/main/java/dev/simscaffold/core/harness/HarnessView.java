package dev.simscaffold.core.harness;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.time.LogicalTime;
import java.util.List;
import java.util.Objects;

/**
 * What a harness {@link dev.simscaffold.core.expect.Expectation} over states sees: every instance's
 * current state, indexed by instance, and the simulated time. A property of one step ("epochs only grow")
 * reads a {@link Transition} instead.
 *
 * <p>{@link SimHarness} hands its checks one live view whose contents move with the run, so checking
 * allocates nothing; a check must not keep it.
 *
 * @param <S> the state type
 */
@Api(Api.Status.STABLE)
public interface HarnessView<S> {

    /**
     * Returns every instance's current state.
     *
     * @return the states, indexed by instance; unmodifiable
     */
    List<S> states();

    /**
     * Returns the current simulated time.
     *
     * @return the time
     */
    LogicalTime now();

    /**
     * Returns one instance's state.
     *
     * @param instance the instance
     * @return its state
     */
    default S state(int instance) {
        return states().get(instance);
    }

    /**
     * A fixed view, for an explorer that visits states outside a running harness (the exhaustive search).
     *
     * @param <S> the state type
     * @param states every instance's state
     * @param now the time
     * @return the view
     */
    static <S> HarnessView<S> of(List<S> states, LogicalTime now) {
        return new Fixed<>(List.copyOf(states), Objects.requireNonNull(now, "now must not be null"));
    }

    /** The fixed view {@link #of} returns. */
    record Fixed<S>(List<S> states, LogicalTime now) implements HarnessView<S> {
    }
}
