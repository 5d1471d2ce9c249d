package dev.simscaffold.core.history;

import dev.simscaffold.core.internal.Require;
import java.util.Objects;

/**
 * Checks a {@link History} against a {@link Model}.
 *
 * <ul>
 *   <li>{@link #linearizable}: every operation appears to take effect atomically at some point between its
 *       invocation and its completion. The search is Wing &amp; Gong's, with Lowe's memoisation and
 *       P-compositional partitioning (each {@link Model#partitionKey} is checked alone), as in Porcupine.</li>
 *   <li>{@link #sequentiallyConsistent}: one order of all operations that keeps each client's order satisfies
 *       the model; real time between clients is ignored. It is not compositional, so the whole history is
 *       searched at once; as in Jepsen, where a process that does not know its operation's fate is replaced,
 *       an indeterminate operation ends its client's session (later operations of the client need not follow
 *       it).</li>
 * </ul>
 *
 * <p>Failed operations are ignored; indeterminate ones may take effect at any point after their invocation,
 * or never. Every search is bounded by a step budget, so a history too hard to decide gives
 * {@link Undecided} instead of hanging; a step is one attempt to place or undo an operation, the same count on
 * every machine. When a history fails, the result explains why (see {@link Inconsistent}).
 *
 * <pre>{@code
 * CheckResult<KvOp, Long> result = HistoryChecker.of(KvModel.kv()).linearizable(history);
 * if (result instanceof Inconsistent<KvOp, Long> bad) {
 *     System.out.println(bad.describe() + bad.minimalTimeline());
 * }
 * }</pre>
 *
 * @param <S> the model's state type
 * @param <I> the input type
 * @param <O> the output type
 */
public final class HistoryChecker<S, I, O> {
    /** The default step budget of each search. */
    public static final long DEFAULT_MAX_STEPS = 10_000_000L;

    private final Model<S, I, O> model;
    private final long maxSteps;

    private HistoryChecker(Model<S, I, O> model, long maxSteps) {
        this.model = Objects.requireNonNull(model, "model");
        this.maxSteps = Require.positive("maxSteps", maxSteps);
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
    public static <S, I, O> HistoryChecker<S, I, O> of(Model<S, I, O> model) {
        return new HistoryChecker<>(model, DEFAULT_MAX_STEPS);
    }

    /**
     * Returns a checker whose every search (each partition, each search of the failure analysis) stops
     * after this many steps.
     *
     * @param steps the budget, &gt; 0
     * @return the checker
     */
    public HistoryChecker<S, I, O> maxSteps(long steps) {
        return new HistoryChecker<>(model, steps);
    }

    /**
     * Checks that a history is linearizable, one partition at a time.
     *
     * @param history the history
     * @return the result
     */
    public CheckResult<I, O> linearizable(History<I, O> history) {
        return ConsistencyCheck.run("linearizable", model.name(), history, model::partitionKey,
                (ops, budget) -> WglSearch.run(model, ops, budget), maxSteps);
    }

    /**
     * Checks that a history is linearizable without partitioning it, whatever the model's keys: the search
     * P-compositionality saves, for comparison (benchmarks, tests).
     *
     * @param history the history
     * @return the result
     */
    public CheckResult<I, O> linearizableWithoutPartitions(History<I, O> history) {
        return ConsistencyCheck.run("linearizable", model.name(), history, input -> "all",
                (ops, budget) -> WglSearch.run(model, ops, budget), maxSteps);
    }

    /**
     * Checks that a history is sequentially consistent; the model's partitions are ignored.
     *
     * @param history the history
     * @return the result
     */
    public CheckResult<I, O> sequentiallyConsistent(History<I, O> history) {
        return ConsistencyCheck.run("sequentially consistent", model.name(), history, input -> "all",
                (ops, budget) -> SequentialSearch.run(model, ops, budget), maxSteps);
    }
}
