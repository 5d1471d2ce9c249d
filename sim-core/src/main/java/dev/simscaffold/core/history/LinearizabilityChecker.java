package dev.simscaffold.core.history;

import java.util.Objects;

/**
 * Checks that a {@link History} is linearizable against a {@link Model}: that every operation appears to
 * take effect atomically at some point between its invocation and its completion. The search is Wing &amp;
 * Gong's, with Lowe's memoisation and P-compositional partitioning (each {@link Model#partitionKey} is
 * checked alone), as in Porcupine. Failed operations are ignored; indeterminate ones may take effect at any
 * point after their invocation, or never.
 *
 * <p>The search is bounded by a step budget, so a history too hard to decide gives {@link Undecided}
 * instead of hanging; a step is one attempt to linearize or undo an operation, the same count on every
 * machine. When a history is not linearizable, the result explains why (see {@link Inconsistent}).
 *
 * <pre>{@code
 * CheckResult<KvOp, String> result = LinearizabilityChecker.of(KV_MODEL).check(history);
 * if (result instanceof Inconsistent<KvOp, String> bad) {
 *     System.out.println(bad.describe() + bad.minimalTimeline());
 * }
 * }</pre>
 *
 * @param <S> the model's state type
 * @param <I> the input type
 * @param <O> the output type
 */
public final class LinearizabilityChecker<S, I, O> {
    /** The default step budget of each search. */
    public static final long DEFAULT_MAX_STEPS = 10_000_000L;

    private final Model<S, I, O> model;
    private final long maxSteps;

    private LinearizabilityChecker(Model<S, I, O> model, long maxSteps) {
        this.model = Objects.requireNonNull(model, "model");
        if (maxSteps <= 0) {
            throw new IllegalArgumentException("maxSteps must be > 0, got " + maxSteps);
        }
        this.maxSteps = maxSteps;
    }

    /**
     * Makes a checker with the default budget.
     *
     * @param <S> the state type
     * @param <I> the input type
     * @param <O> the output type
     * @param model the sequential specification
     * @return the checker
     */
    public static <S, I, O> LinearizabilityChecker<S, I, O> of(Model<S, I, O> model) {
        return new LinearizabilityChecker<>(model, DEFAULT_MAX_STEPS);
    }

    /**
     * Returns a checker whose every search (each partition, each search of the failure analysis) stops
     * after this many steps.
     *
     * @param steps the budget, &gt; 0
     * @return the checker
     */
    public LinearizabilityChecker<S, I, O> maxSteps(long steps) {
        return new LinearizabilityChecker<>(model, steps);
    }

    /**
     * Checks a history.
     *
     * @param history the history
     * @return the result
     */
    public CheckResult<I, O> check(History<I, O> history) {
        return ConsistencyCheck.run("linearizable", model.name(), history, model::partitionKey,
                (ops, budget) -> WglSearch.run(model, ops, budget), maxSteps);
    }

    /**
     * Checks a history without partitioning it, whatever the model's keys: the search P-compositionality
     * saves, for comparison (benchmarks, tests).
     *
     * @param history the history
     * @return the result
     */
    public CheckResult<I, O> checkWhole(History<I, O> history) {
        return ConsistencyCheck.run("linearizable", model.name(), history, input -> "all",
                (ops, budget) -> WglSearch.run(model, ops, budget), maxSteps);
    }
}
