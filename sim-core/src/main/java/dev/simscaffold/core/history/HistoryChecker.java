package dev.simscaffold.core.history;

import dev.simscaffold.core.Api;
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
 * <p>Failed operations are ignored unless the model counts their failure as a result
 * ({@link Model#failureIsResult}); indeterminate ones may take effect at any point after their invocation,
 * or never. Every search is bounded by a step budget, so a history too hard to decide gives
 * {@link Undecided} instead of hanging; a step is one attempt to place or undo an operation, the same count on
 * every machine. Partitions share the budget fairly (see {@link #maxSteps}), so a violated partition is
 * reported whatever others are undecided. When a history fails, the result explains why, within its own
 * budget ({@link #explanationSteps}), or not at all ({@link #verdictOnly}); see {@link Explanation}.
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
@Api(Api.Status.EXPERIMENTAL)
public final class HistoryChecker<S, I, O> {
    /** The default step budget of each partition's search. */
    public static final long DEFAULT_MAX_STEPS = 10_000_000L;
    /** The default step budget of a whole explanation, all its searches together. */
    public static final long DEFAULT_EXPLANATION_STEPS = 2_000_000L;
    /**
     * The default bound of each search's memo, in configurations: about 100 bytes each, so a search stays
     * within a few hundred megabytes whatever its budget.
     */
    public static final int DEFAULT_MEMO_LIMIT = 2_000_000;

    private final Model<S, I, O> model;
    private final CheckLimits limits;
    private final int memoLimit;

    private HistoryChecker(Model<S, I, O> model, CheckLimits limits, int memoLimit) {
        this.model = Objects.requireNonNull(model, "model");
        Require.positive("maxSteps", limits.maxSteps());
        Require.positive("explanationSteps", limits.explanationSteps());
        Require.positive("memoLimit", memoLimit);
        this.limits = limits;
        this.memoLimit = memoLimit;
    }

    /**
     * Makes a checker with the default budgets, explanations on.
     *
     * @param <S> the state type
     * @param <I> the input type
     * @param <O> the output type
     * @param model the sequential specification
     * @return the checker
     */
    public static <S, I, O> HistoryChecker<S, I, O> of(Model<S, I, O> model) {
        return new HistoryChecker<>(model, new CheckLimits(DEFAULT_MAX_STEPS, true, DEFAULT_EXPLANATION_STEPS), DEFAULT_MEMO_LIMIT);
    }

    /**
     * Returns a checker whose search of each partition stops after this many steps (partitions are searched
     * in rounds of growing budgets up to this one, so an easy violated partition is found before a hard one
     * uses it all).
     *
     * @param steps the budget, &gt; 0
     * @return the checker
     */
    public HistoryChecker<S, I, O> maxSteps(long steps) {
        return new HistoryChecker<>(model, new CheckLimits(steps, limits.explain(), limits.explanationSteps()), memoLimit);
    }

    /**
     * Returns a checker that explains a violation within this many steps over all the explanation's
     * searches; what does not fit is named in {@link Explanation#notComputed()}.
     *
     * @param steps the budget, &gt; 0
     * @return the checker
     */
    public HistoryChecker<S, I, O> explanationSteps(long steps) {
        return new HistoryChecker<>(model, new CheckLimits(limits.maxSteps(), limits.explain(), steps), memoLimit);
    }

    /**
     * Returns a checker that gives the verdict only: a violation comes with {@link Explanation#skipped()}.
     * The fastest check, for sweeps that only count failures.
     *
     * @return the checker
     */
    public HistoryChecker<S, I, O> verdictOnly() {
        return new HistoryChecker<>(model, new CheckLimits(limits.maxSteps(), false, limits.explanationSteps()), memoLimit);
    }

    /**
     * Returns a checker whose searches remember at most this many configurations each; beyond it they go on
     * without remembering (slower, same verdict), which bounds memory.
     *
     * @param configurations the bound, &gt; 0
     * @return the checker
     */
    public HistoryChecker<S, I, O> memoLimit(int configurations) {
        return new HistoryChecker<>(model, limits, configurations);
    }

    /**
     * Checks that a history is linearizable, one partition at a time. Reads that never returned
     * ({@link Model#isReadOnly}) are left out: they constrain nothing.
     *
     * @param history the history
     * @return the result
     */
    public CheckResult<I, O> linearizable(History<I, O> history) {
        return ConsistencyCheck.run("linearizable", model, history, model::partitionKey, true,
                (ops, budget) -> WglSearch.run(model, ops, budget, memoLimit), limits);
    }

    /**
     * Checks that a history is linearizable without partitioning it, whatever the model's keys: the search
     * P-compositionality saves, for comparison (benchmarks, tests).
     *
     * @param history the history
     * @return the result
     */
    public CheckResult<I, O> linearizableWithoutPartitions(History<I, O> history) {
        return ConsistencyCheck.run("linearizable", model, history, input -> "all", true,
                (ops, budget) -> WglSearch.run(model, ops, budget, memoLimit), limits);
    }

    /**
     * Checks that a history is sequentially consistent; the model's partitions are ignored. Indeterminate
     * reads are kept, since they end their client's session.
     *
     * @param history the history
     * @return the result
     */
    public CheckResult<I, O> sequentiallyConsistent(History<I, O> history) {
        return ConsistencyCheck.run("sequentially consistent", model, history, input -> "all", false,
                (ops, budget) -> SequentialSearch.run(model, ops, budget, memoLimit), limits);
    }
}
