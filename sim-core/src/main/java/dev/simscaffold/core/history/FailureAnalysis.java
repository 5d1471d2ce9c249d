package dev.simscaffold.core.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Explains why operations fail a consistency search: the longest prefix of their events that passes (a
 * binary search, since a prefix of a passing prefix passes), the operation whose completion breaks it,
 * and a minimal failing sub-history found by deleting operations, chunks first, then one at a time, until
 * no single deletion keeps it failing at that operation. A sub-search that runs out of budget counts as failing, so the
 * explanation stays sound but may be less small.
 */
final class FailureAnalysis<I, O> {
    private final BiFunction<List<Operation<I, O>>, Long, SearchOutcome<I, O>> search;
    private final long maxSteps;
    private long steps;

    /**
     * Prepares an analysis.
     *
     * @param search the search that failed
     * @param maxSteps the budget of each sub-search
     */
    FailureAnalysis(BiFunction<List<Operation<I, O>>, Long, SearchOutcome<I, O>> search, long maxSteps) {
        this.search = search;
        this.maxSteps = maxSteps;
    }

    /** The findings of {@link #explain}. */
    record Findings<I, O>(Operation<I, O> first, List<Operation<I, O>> prefix, List<Operation<I, O>> prefixOrder,
            List<Operation<I, O>> minimal, long steps) {
    }

    /**
     * Explains a failing set of operations.
     *
     * @param ops operations whose search failed (no failed operations among them)
     * @return the findings
     */
    Findings<I, O> explain(List<Operation<I, O>> ops) {
        List<Operation<I, O>> completions = ops.stream().filter(op -> op.outcome() == OpOutcome.OK)
                .sorted(Comparator.comparingInt(Operation::completeIndex)).toList();
        int low = 0;
        int high = completions.size() - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (fails(cut(ops, completions.get(middle).completeIndex() + 1))) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        Operation<I, O> first = completions.get(low);
        List<Operation<I, O>> prefix = cut(ops, first.completeIndex());
        SearchOutcome<I, O> passing = run(prefix);
        List<Operation<I, O>> minimal = shrink(cut(ops, first.completeIndex() + 1), first);
        return new Findings<>(first, prefix, passing.linearization(), minimal, steps);
    }

    /** The operations whose invocation comes before an event index; those completing at or after it are in flight. */
    private static <I, O> List<Operation<I, O>> cut(List<Operation<I, O>> ops, int end) {
        List<Operation<I, O>> prefix = new ArrayList<>();
        for (Operation<I, O> op : ops) {
            if (op.invokeIndex() < end) {
                prefix.add(op.completeIndex() < end ? op : op.asIndeterminate());
            }
        }
        return prefix;
    }

    /**
     * Deletes operations while the rest still fails the same way: it keeps {@code first}, fails, and
     * passes when cut before {@code first} completes. Without that rule a new-old inversion (a write, a read
     * of the new value, a later read of the old) would shrink to the lone read of the new value, a
     * different and less telling failure.
     */
    private List<Operation<I, O>> shrink(List<Operation<I, O>> failing, Operation<I, O> first) {
        List<Operation<I, O>> current = new ArrayList<>(failing);
        for (int chunk = Math.max(1, current.size() / 2); ; chunk = Math.max(1, chunk / 2)) {
            boolean deleted = false;
            for (int start = 0; start < current.size(); ) {
                List<Operation<I, O>> candidate = new ArrayList<>(current.subList(0, start));
                candidate.addAll(current.subList(Math.min(current.size(), start + chunk), current.size()));
                if (candidate.size() < current.size() && failsAt(candidate, first)) {
                    current = candidate;
                    deleted = true;
                } else {
                    start += chunk;
                }
            }
            if (chunk == 1 && !deleted) {
                return current;
            }
        }
    }

    private boolean failsAt(List<Operation<I, O>> ops, Operation<I, O> first) {
        return ops.contains(first) && fails(ops) && !fails(cut(ops, first.completeIndex()));
    }

    private boolean fails(List<Operation<I, O>> ops) {
        return run(ops).verdict() != Verdict.OK;
    }

    private SearchOutcome<I, O> run(List<Operation<I, O>> ops) {
        SearchOutcome<I, O> outcome = search.apply(ops, maxSteps);
        steps += outcome.steps();
        return outcome;
    }
}
