package dev.simscaffold.core.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Explains why operations fail a consistency search, within one step budget shared by all its searches:
 * the longest prefix of their events that passes (a binary search, since a prefix of a passing prefix
 * passes), the operation whose completion breaks it, a minimal failing sub-history found by deleting
 * operations (chunks first, then one at a time), and sentences naming the real-time orders it violates.
 *
 * <p>The shrink keeps the cause. Deleting operations can turn a real-time violation into outputs that are
 * impossible whatever the timing: a stale read (write 2, write 1, read 2) shrinks to the read alone, a read of
 * a value nobody wrote, which is smaller but hides why the history failed. So when the shrunk sub-history
 * fails even with real time ignored (all its operations made concurrent), operations are added back, one at
 * a time, until it is a real-time violation again (the writes), and that is shrunk once more, refusing every
 * deletion that would make it timeless. The operations added back come from the failing prefix, and only when
 * that finds nothing from after it too: a read of a value written only later (a read from the future) is
 * explained by that write. The probes run on small sub-histories,
 * each with a budget of {@link #PROBE_STEPS}; when no real-time violation is found in {@link #MAX_GROWTH}
 * additions, the first minimal sub-history stands.
 *
 * <p>A sub-search that does not decide within the budget never counts as a failure: the phase it belongs to
 * stops and says so in {@link Explanation#notComputed()}, and the sub-history found so far is returned as
 * not minimal. The verdict is never touched.
 */
final class FailureAnalysis<I, O> {
    /** The budget of one probe of a sub-history with real time ignored. */
    static final long PROBE_STEPS = 10_000;
    /** The most operations added back to find the real-time cause of a failure. */
    static final int MAX_GROWTH = 6;

    private final PartitionSearch<I, O> search;
    private final long maxSteps;
    private final long budget;
    private final boolean realTime;
    private long steps;
    private boolean exhausted;

    /**
     * Prepares an analysis.
     *
     * @param search the search that failed
     * @param maxSteps the most steps one sub-search may take
     * @param budget the steps all sub-searches may take together
     * @param realTime whether the search orders operations by real time (linearizability); without it the
     *        cause is not a real-time order and the shrink keeps no writes for its sake
     */
    FailureAnalysis(PartitionSearch<I, O> search, long maxSteps, long budget, boolean realTime) {
        this.search = search;
        this.maxSteps = maxSteps;
        this.budget = budget;
        this.realTime = realTime;
    }

    /**
     * Explains a failing set of operations.
     *
     * @param ops operations whose search failed
     * @return the explanation
     */
    Explanation<I, O> explain(List<Operation<I, O>> ops) {
        List<String> missing = new ArrayList<>();
        Optional<Operation<I, O>> found = firstFailing(ops);
        if (found.isEmpty()) {
            missing.add("longest passing prefix and minimal sub-history not computed: " + why());
            return new Explanation<>(Optional.empty(), Optional.empty(), List.of(), Optional.empty(), false, List.of(), missing, steps);
        }
        Operation<I, O> first = found.get();
        List<Operation<I, O>> prefix = cut(ops, first.completeIndex());
        SearchOutcome<I, O> passing = run(prefix);
        if (passing.verdict() != Verdict.OK) {
            missing.add("order of the longest prefix not computed: " + why());
        }
        List<Operation<I, O>> failing = cut(ops, first.completeIndex() + 1);
        List<Operation<I, O>> minimal = shrink(failing, first, false);
        if (realTime && !exhausted && timeless(minimal)) {
            List<Operation<I, O>> grown = grow(minimal, failing, first);
            if (grown == null && !exhausted) {
                List<Operation<I, O>> pool = new ArrayList<>(failing);
                ops.stream().filter(op -> op.invokeIndex() > first.completeIndex()).forEach(pool::add);
                grown = grow(minimal, pool, first);
            }
            if (grown != null) {
                minimal = shrink(grown, first, true);
            }
        }
        boolean complete = !exhausted;
        if (!complete) {
            missing.add("minimal sub-history not computed: shrunk to " + minimal.size() + " of " + failing.size()
                    + " operations, then " + why());
        }
        List<String> causes = !complete ? List.of() : realTime ? RealTimeCauses.of(minimal, this::passes)
                : List.of("no order of these operations that keeps each client's own order gives their outputs");
        if (complete && causes.isEmpty()) {
            missing.add("the violated real-time order not named: " + why());
        }
        return new Explanation<>(Optional.of(first), Optional.of(History.of(prefix)), passing.linearization(),
                Optional.of(History.of(minimal)), complete, causes, missing, steps);
    }

    /** The completion at which the operations first fail, by binary search; empty when a search did not decide. */
    private Optional<Operation<I, O>> firstFailing(List<Operation<I, O>> ops) {
        List<Operation<I, O>> completions = ops.stream().filter(op -> op.outcome() != OpOutcome.INFO)
                .sorted(Comparator.comparingInt(Operation::completeIndex)).toList();
        int low = 0;
        int high = completions.size() - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            Verdict verdict = passes(cut(ops, completions.get(middle).completeIndex() + 1));
            if (verdict == Verdict.UNKNOWN) {
                return Optional.empty();
            }
            if (verdict == Verdict.VIOLATED) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return Optional.of(completions.get(low));
    }

    private String why() {
        return "the explanation budget of " + budget + " steps (explanationSteps) or a search's budget of " + maxSteps
                + " steps (maxSteps) ran out";
    }

    /** The operations whose invocation comes before an event index; those completing at or after it are in flight. */
    static <I, O> List<Operation<I, O>> cut(List<Operation<I, O>> ops, int end) {
        List<Operation<I, O>> prefix = new ArrayList<>();
        for (Operation<I, O> op : ops) {
            if (op.invokeIndex() < end) {
                prefix.add(op.completeIndex() < end ? op : op.asIndeterminate());
            }
        }
        return prefix;
    }

    /** The same operations, all concurrent: every invocation before every completion. */
    static <I, O> List<Operation<I, O>> concurrent(List<Operation<I, O>> ops) {
        List<Operation<I, O>> all = new ArrayList<>();
        for (int i = 0; i < ops.size(); i++) {
            Operation<I, O> op = ops.get(i);
            all.add(new Operation<>(op.id(), op.client(), op.input(), op.output(), op.outcome(), op.invokeTime(), op.completeTime(),
                    i, ops.size() + i));
        }
        return all;
    }

    /**
     * Deletes operations while the rest still fails the same way: it keeps {@code first}, fails, passes
     * when cut before {@code first} completes and, for a real-time violation, passes once real time is
     * ignored. Without the cut rule a new-old inversion would shrink to the lone read of the new value.
     */
    private List<Operation<I, O>> shrink(List<Operation<I, O>> failing, Operation<I, O> first, boolean keepRealTime) {
        List<Operation<I, O>> current = new ArrayList<>(failing);
        for (int chunk = Math.max(1, current.size() / 2); ; chunk = Math.max(1, chunk / 2)) {
            boolean deleted = false;
            for (int start = 0; start < current.size() && !exhausted; ) {
                List<Operation<I, O>> candidate = new ArrayList<>(current.subList(0, start));
                candidate.addAll(current.subList(Math.min(current.size(), start + chunk), current.size()));
                if (candidate.size() < current.size() && failsAt(candidate, first) && !(keepRealTime && timeless(candidate))) {
                    current = candidate;
                    deleted = true;
                } else {
                    start += chunk;
                }
            }
            if (exhausted || chunk == 1 && !deleted) {
                return current;
            }
        }
    }

    /**
     * Adds operations of the failing prefix back to a timeless failure until it is a real-time one: each
     * round adds the first operation that achieves it, else the first that makes the sub-history timed
     * (from timeless) or failing (from passing). Returns null when none is found within the bound.
     */
    private List<Operation<I, O>> grow(List<Operation<I, O>> minimal, List<Operation<I, O>> failing, Operation<I, O> first) {
        List<Operation<I, O>> current = new ArrayList<>(minimal);
        for (int round = 0; round < MAX_GROWTH && !exhausted; round++) {
            boolean timeless = timeless(current);
            List<Operation<I, O>> step = null;
            for (Operation<I, O> op : failing) {
                if (current.contains(op)) {
                    continue;
                }
                List<Operation<I, O>> candidate = new ArrayList<>(current);
                candidate.add(op);
                boolean fails = failsAt(candidate, first);
                boolean timed = !timeless(candidate);
                if (fails && timed) {
                    return candidate;
                }
                if (step == null && (timeless ? timed : fails)) {
                    step = candidate;
                }
            }
            if (step == null) {
                return null;
            }
            current = step;
        }
        return null;
    }

    private boolean failsAt(List<Operation<I, O>> ops, Operation<I, O> first) {
        return ops.contains(first) && passes(ops) == Verdict.VIOLATED && passes(cut(ops, first.completeIndex())) == Verdict.OK;
    }

    /** Whether the operations certainly fail with real time ignored (a probe that does not decide says no). */
    private boolean timeless(List<Operation<I, O>> ops) {
        long left = Math.min(PROBE_STEPS, budget - steps);
        if (left <= 0) {
            return false;
        }
        SearchOutcome<I, O> outcome = search.run(concurrent(ops), Math.min(left, maxSteps));
        steps += outcome.steps();
        return outcome.verdict() == Verdict.VIOLATED;
    }

    private Verdict passes(List<Operation<I, O>> ops) {
        return run(ops).verdict();
    }

    private SearchOutcome<I, O> run(List<Operation<I, O>> ops) {
        long left = budget - steps;
        if (left <= 0) {
            exhausted = true;
            return new SearchOutcome<>(Verdict.UNKNOWN, 0, List.of());
        }
        SearchOutcome<I, O> outcome = search.run(ops, Math.min(left, maxSteps));
        steps += outcome.steps();
        if (outcome.verdict() == Verdict.UNKNOWN) {
            exhausted = true;
        }
        return outcome;
    }
}
