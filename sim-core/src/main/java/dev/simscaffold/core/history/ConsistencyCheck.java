package dev.simscaffold.core.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The part every history checker shares: drop failed operations (they never took effect), split the rest
 * into partitions in order of first appearance, search each, and explain the first that fails.
 */
final class ConsistencyCheck {

    private ConsistencyCheck() {
    }

    static <I, O> CheckResult<I, O> run(String property, String model, History<I, O> history, Function<? super I, ?> partitionKey,
            BiFunction<List<Operation<I, O>>, Long, SearchOutcome<I, O>> search, long maxSteps) {
        Map<Object, List<Operation<I, O>>> partitions = new LinkedHashMap<>();
        for (Operation<I, O> op : history.operations()) {
            if (op.outcome() != OpOutcome.FAIL) {
                partitions.computeIfAbsent(partitionKey.apply(op.input()), key -> new ArrayList<>()).add(op);
            }
        }
        long steps = 0;
        for (Map.Entry<Object, List<Operation<I, O>>> partition : partitions.entrySet()) {
            SearchOutcome<I, O> outcome = search.apply(partition.getValue(), maxSteps);
            steps += outcome.steps();
            if (outcome.verdict() == Verdict.UNKNOWN) {
                return new Undecided<>(property, model, partition.getKey(), steps, maxSteps);
            }
            if (outcome.verdict() == Verdict.VIOLATED) {
                List<Operation<I, O>> ops = partition.getValue();
                FailureAnalysis.Findings<I, O> findings = new FailureAnalysis<>(search, maxSteps).explain(ops);
                return new Inconsistent<>(property, model, partition.getKey(), History.of(ops), findings.first(), History.of(findings.prefix()),
                        findings.prefixOrder(), History.of(findings.minimal()), steps + findings.steps());
            }
        }
        return new Consistent<>(property, model, partitions.size(), steps);
    }
}
