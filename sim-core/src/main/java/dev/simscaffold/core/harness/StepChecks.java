package dev.simscaffold.core.harness;

import dev.simscaffold.core.time.LogicalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks {@link SimHarness} runs after every step, in this order: count the {@link Sometimes}
 * conditions the step reached, then every state {@link Invariant}, then every {@link TransitionInvariant}.
 * The first violation is returned for the harness to trace and throw, so that a failure's stack trace
 * starts in {@link SimHarness}. Observing a sometimes condition records nothing in the trace, so adding
 * one never changes a run's fingerprint.
 *
 * @param <S> the state type
 * @param <I> the input type
 */
final class StepChecks<S, I> {

    private final List<Invariant<S>> invariants;
    private final List<TransitionInvariant<S, I>> transitionInvariants;
    private final List<Sometimes<S, I>> sometimes;
    private final long[] reached;
    private final boolean any;

    /** The first check that failed: its name and messages. */
    record Violation(String invariant, List<String> messages) {
    }

    StepChecks(List<Invariant<S>> invariants, List<TransitionInvariant<S, I>> transitionInvariants,
            List<Sometimes<S, I>> sometimes) {
        this.invariants = List.copyOf(invariants);
        this.transitionInvariants = List.copyOf(transitionInvariants);
        this.sometimes = List.copyOf(sometimes);
        this.reached = new long[sometimes.size()];
        this.any = !invariants.isEmpty() || !transitionInvariants.isEmpty() || !sometimes.isEmpty();
    }

    /** Whether a step has anything to check or count: without, the harness skips the call altogether. */
    boolean any() {
        return any;
    }

    /** Whether there is a state invariant, the only check a move of the clock runs. */
    boolean checksStates() {
        return !invariants.isEmpty();
    }

    /**
     * Counts the sometimes conditions the step reached, then returns the first violation, or null. The
     * {@link Transition} is built only when a check reads it, so a harness without such checks allocates
     * nothing here.
     */
    Violation checkStep(List<S> states, int instance, S before, I input, S after, LogicalTime now) {
        if (sometimes.isEmpty() && transitionInvariants.isEmpty()) {
            return checkStates(states, now);
        }
        Transition<S, I> transition = new Transition<>(instance, before, input, after, now);
        for (int i = 0; i < sometimes.size(); i++) {
            if (sometimes.get(i).condition().test(transition)) {
                reached[i]++;
            }
        }
        Violation violation = checkStates(states, now);
        for (int i = 0; violation == null && i < transitionInvariants.size(); i++) {
            TransitionInvariant<S, I> invariant = transitionInvariants.get(i);
            violation = violation(invariant.name(), invariant.check(transition));
        }
        return violation;
    }

    /** Returns the first state invariant that fails, or null. */
    Violation checkStates(List<S> states, LogicalTime now) {
        for (int i = 0; i < invariants.size(); i++) {
            Invariant<S> invariant = invariants.get(i);
            Violation violation = violation(invariant.name(), invariant.check(states, now));
            if (violation != null) {
                return violation;
            }
        }
        return null;
    }

    Map<String, Long> sometimesCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < sometimes.size(); i++) {
            counts.merge(sometimes.get(i).name(), reached[i], Long::sum);
        }
        return counts;
    }

    private static Violation violation(String name, List<String> messages) {
        return messages.isEmpty() ? null : new Violation(name, List.copyOf(messages));
    }
}
