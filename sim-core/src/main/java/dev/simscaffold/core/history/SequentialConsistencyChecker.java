package dev.simscaffold.core.history;

import java.util.Objects;

/**
 * Checks that a {@link History} is sequentially consistent against a {@link Model}: that one order of all
 * operations, keeping each client's operations in the order it issued them, satisfies the model. Unlike
 * linearizability it ignores real time between clients (a read may return a value that another client
 * overwrote long before), and it is not compositional, so the model's partitions are ignored and the
 * whole history is searched at once. Failed operations are ignored, indeterminate ones may take effect
 * in their place or never (an indeterminate operation ends its client's session, as a crashed Jepsen
 * process does: later operations of the client need not follow it), and a step budget bounds the search as for {@link LinearizabilityChecker}.
 *
 * @param <S> the model's state type
 * @param <I> the input type
 * @param <O> the output type
 */
public final class SequentialConsistencyChecker<S, I, O> {
    private final Model<S, I, O> model;
    private final long maxSteps;

    private SequentialConsistencyChecker(Model<S, I, O> model, long maxSteps) {
        this.model = Objects.requireNonNull(model, "model");
        if (maxSteps <= 0) {
            throw new IllegalArgumentException("maxSteps must be > 0, got " + maxSteps);
        }
        this.maxSteps = maxSteps;
    }

    /**
     * Makes a checker with {@link LinearizabilityChecker#DEFAULT_MAX_STEPS}.
     *
     * @param <S> the state type
     * @param <I> the input type
     * @param <O> the output type
     * @param model the sequential specification
     * @return the checker
     */
    public static <S, I, O> SequentialConsistencyChecker<S, I, O> of(Model<S, I, O> model) {
        return new SequentialConsistencyChecker<>(model, LinearizabilityChecker.DEFAULT_MAX_STEPS);
    }

    /**
     * Returns a checker whose every search stops after this many steps.
     *
     * @param steps the budget, &gt; 0
     * @return the checker
     */
    public SequentialConsistencyChecker<S, I, O> maxSteps(long steps) {
        return new SequentialConsistencyChecker<>(model, steps);
    }

    /**
     * Checks a history.
     *
     * @param history the history
     * @return the result; an {@link Inconsistent} explains the failure as the linearizability checker does
     */
    public CheckResult<I, O> check(History<I, O> history) {
        return ConsistencyCheck.run("sequentially consistent", model.name(), history, input -> "all",
                (ops, budget) -> SequentialSearch.run(model, ops, budget), maxSteps);
    }
}
