package dev.simscaffold.core.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The part every history checker shares: keep the operations that constrain the history, split them into
 * partitions in order of first appearance, and search them in rounds with growing budgets, so that no
 * partition can hide another.
 *
 * <p>Round one gives every partition {@link #FIRST_ROUND} steps; each later round doubles the budget of the
 * partitions still open, up to {@code maxSteps}. A partition left alone is given {@code maxSteps} at once:
 * fairness has no one left to protect, and restarting it would only repeat work. The first violated
 * partition decides the verdict, whatever others are undecided (they are named in the result); the history
 * is undecided only when no partition is violated and one used its full budget. Searches restart from
 * scratch each round, so an open partition costs at most twice its last search.
 */
final class ConsistencyCheck {
    /** The budget of each partition's first search. */
    static final long FIRST_ROUND = 4_096;

    private ConsistencyCheck() {
    }

    /** One partition: its key and the operations it searches. */
    private record Part<I, O>(Object key, List<Operation<I, O>> ops) {
    }

    /**
     * Checks a history.
     *
     * @param property what is checked, for reports
     * @param model the model (its failure and read-only rules, its name)
     * @param history the history
     * @param partitionKey the partition of an input
     * @param realTime whether the property orders operations by real time (linearizability): then read-only
     *        operations that never returned constrain nothing and are left out, and an explanation names the
     *        real-time orders a failure violates
     * @param search the search of one partition
     * @param limits the budgets
     * @return the result
     */
    static <S, I, O> CheckResult<I, O> run(String property, Model<S, I, O> model, History<I, O> history,
            Function<? super I, ?> partitionKey, boolean realTime, PartitionSearch<I, O> search, CheckLimits limits) {
        List<Part<I, O>> open = partitions(model, history, partitionKey, realTime);
        int total = open.size();
        List<Object> exhausted = new ArrayList<>();
        long steps = 0;
        for (long budget = Math.min(FIRST_ROUND, limits.maxSteps()); !open.isEmpty(); budget = Math.min(limits.maxSteps(), 2 * budget)) {
            List<Part<I, O>> next = new ArrayList<>();
            for (int i = 0; i < open.size(); i++) {
                Part<I, O> part = open.get(i);
                long given = next.size() + open.size() - i == 1 ? limits.maxSteps() : budget;
                SearchOutcome<I, O> outcome = search.run(part.ops(), given);
                steps += outcome.steps();
                if (outcome.verdict() == Verdict.VIOLATED) {
                    List<Object> undecided = new ArrayList<>(exhausted);
                    next.forEach(other -> undecided.add(other.key()));
                    open.subList(i + 1, open.size()).forEach(other -> undecided.add(other.key()));
                    return violated(property, model.name(), part, undecided, search, limits, steps, realTime);
                }
                if (outcome.verdict() == Verdict.UNKNOWN) {
                    if (given >= limits.maxSteps()) {
                        exhausted.add(part.key());
                    } else {
                        next.add(part);
                    }
                }
            }
            open = next;
        }
        if (!exhausted.isEmpty()) {
            return new Undecided<>(property, model.name(), exhausted, steps, limits.maxSteps());
        }
        return new Consistent<>(property, model.name(), total, steps);
    }

    private static <I, O> CheckResult<I, O> violated(String property, String model, Part<I, O> part, List<Object> undecided,
            PartitionSearch<I, O> search, CheckLimits limits, long steps, boolean realTime) {
        Explanation<I, O> explanation = limits.explain()
                ? new FailureAnalysis<>(search, limits.maxSteps(), limits.explanationSteps(), realTime).explain(part.ops())
                : Explanation.skipped();
        return new Inconsistent<>(property, model, part.key(), History.of(part.ops()), undecided, explanation,
                steps + explanation.steps());
    }

    /**
     * Splits the operations that constrain the history by partition: failed ones only when the model counts
     * their failure as a result, and read-only ones that never returned not at all under real time.
     */
    private static <S, I, O> List<Part<I, O>> partitions(Model<S, I, O> model, History<I, O> history, Function<? super I, ?> partitionKey,
            boolean realTime) {
        Map<Object, List<Operation<I, O>>> partitions = new LinkedHashMap<>();
        for (Operation<I, O> op : history.operations()) {
            boolean keep = switch (op.outcome()) {
                case OK -> true;
                case FAIL -> model.failureIsResult(op.input());
                case INFO -> !realTime || !model.isReadOnly(op.input());
            };
            if (keep) {
                partitions.computeIfAbsent(partitionKey.apply(op.input()), key -> new ArrayList<>()).add(op);
            }
        }
        List<Part<I, O>> parts = new ArrayList<>();
        partitions.forEach((key, ops) -> parts.add(new Part<>(key, ops)));
        return parts;
    }
}
