package dev.simscaffold.core.history;

import dev.simscaffold.core.Api;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;

/**
 * End-of-run checks for replicated sets and counters, as Maelstrom's g-set, g-counter and pn-counter
 * workloads make them: after the faults stop and the replicas have had time to converge, read every
 * replica once ({@code finalReads}) and compare with what the clients did. The final reads must all be
 * equal (convergence), and agree with the history: an acknowledged add is present, nothing appears that
 * was never added; a counter lies between what the acknowledged increments make and what every
 * increment that may have happened (indeterminate ones) makes.
 */
@Api(Api.Status.EXPERIMENTAL)
public final class Convergence {

    private Convergence() {
    }

    /**
     * Checks a grow-only set.
     *
     * @param <I> the input type
     * @param <O> the output type
     * @param <E> the element type
     * @param history the clients' history
     * @param added the element an input adds, empty for other operations (reads)
     * @param finalReads what each replica holds at the end, one set per replica
     * @return the problems found, empty when the set converged correctly
     */
    public static <I, O, E> List<String> gSet(History<I, O> history, Function<? super I, Optional<E>> added, List<Set<E>> finalReads) {
        List<String> problems = new ArrayList<>(disagreements(finalReads));
        Set<E> attempted = new LinkedHashSet<>();
        Set<E> acknowledged = new LinkedHashSet<>();
        for (Operation<I, O> op : history.operations()) {
            added.apply(op.input()).ifPresent(element -> {
                if (op.outcome() != OpOutcome.FAIL) {
                    attempted.add(element);
                }
                if (op.outcome() == OpOutcome.OK) {
                    acknowledged.add(element);
                }
            });
        }
        for (int replica = 0; replica < finalReads.size(); replica++) {
            Set<E> read = finalReads.get(replica);
            List<E> lost = acknowledged.stream().filter(element -> !read.contains(element)).toList();
            List<E> unexpected = read.stream().filter(element -> !attempted.contains(element)).toList();
            if (!lost.isEmpty()) {
                problems.add("replica " + replica + " lost acknowledged adds " + lost);
            }
            if (!unexpected.isEmpty()) {
                problems.add("replica " + replica + " holds elements never added " + unexpected);
            }
        }
        return problems;
    }

    /**
     * Checks a grow-only counter: like {@link #pnCounter}, and every increment must be non-negative.
     *
     * @param <I> the input type
     * @param <O> the output type
     * @param history the clients' history
     * @param delta the amount an input adds, empty for other operations (reads)
     * @param finalReads the value each replica reports at the end
     * @return the problems found, empty when the counter converged correctly
     * @throws IllegalArgumentException on a negative increment, naming it
     */
    public static <I, O> List<String> gCounter(History<I, O> history, Function<? super I, OptionalLong> delta, List<Long> finalReads) {
        for (Operation<I, O> op : history.operations()) {
            OptionalLong amount = delta.apply(op.input());
            if (amount.isPresent() && amount.getAsLong() < 0) {
                throw new IllegalArgumentException("a g-counter only grows, got delta " + amount.getAsLong() + " in " + op.describe());
            }
        }
        return pnCounter(history, delta, finalReads);
    }

    /**
     * Checks a counter that may be incremented and decremented.
     *
     * @param <I> the input type
     * @param <O> the output type
     * @param history the clients' history
     * @param delta the amount an input adds (negative to subtract), empty for other operations
     * @param finalReads the value each replica reports at the end
     * @return the problems found, empty when the counter converged correctly
     */
    public static <I, O> List<String> pnCounter(History<I, O> history, Function<? super I, OptionalLong> delta, List<Long> finalReads) {
        List<String> problems = new ArrayList<>(disagreements(finalReads));
        long lowest = 0;
        long highest = 0;
        for (Operation<I, O> op : history.operations()) {
            OptionalLong amount = delta.apply(op.input());
            if (amount.isEmpty() || op.outcome() == OpOutcome.FAIL) {
                continue;
            }
            long value = amount.getAsLong();
            if (op.outcome() == OpOutcome.OK) {
                lowest += value;
                highest += value;
            } else {
                lowest += Math.min(0, value);
                highest += Math.max(0, value);
            }
        }
        for (int replica = 0; replica < finalReads.size(); replica++) {
            long read = finalReads.get(replica);
            if (read < lowest || read > highest) {
                problems.add("replica " + replica + " reads " + read + ", outside [" + lowest + ", " + highest
                        + "] (acknowledged increments, plus or minus the indeterminate ones)");
            }
        }
        return problems;
    }

    private static <T> List<String> disagreements(List<T> finalReads) {
        if (finalReads.isEmpty()) {
            throw new IllegalArgumentException("convergence needs at least one final read, got none");
        }
        List<String> problems = new ArrayList<>();
        for (int replica = 1; replica < finalReads.size(); replica++) {
            if (!finalReads.get(replica).equals(finalReads.get(0))) {
                problems.add("replicas did not converge: replica 0 reads " + finalReads.get(0) + ", replica " + replica + " reads "
                        + finalReads.get(replica));
            }
        }
        return problems;
    }
}
