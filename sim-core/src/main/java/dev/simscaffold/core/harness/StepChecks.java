package dev.simscaffold.core.harness;

import dev.simscaffold.core.expect.BrokenExpectationException;
import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.time.LogicalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The expectations {@link SimHarness} checks after every step, in this order: count the sometimes
 * expectations the step reached (over the step, then over the states), then every always expectation over
 * the states, then every always expectation over the step. The first violation is returned for the harness
 * to trace and throw, so that a failure's stack trace starts in {@link SimHarness}; a check that throws is
 * that expectation's violation. Observing a sometimes expectation records nothing in the trace, so adding
 * one never changes a run's fingerprint.
 *
 * @param <S> the state type
 * @param <I> the input type
 */
final class StepChecks<S, I> {

    private final List<Expectation<? super HarnessView<S>>> stateAlways = new ArrayList<>();
    private final List<Expectation<? super Transition<S, I>>> stepAlways = new ArrayList<>();
    private final List<Expectation<? super HarnessView<S>>> stateSometimes = new ArrayList<>();
    private final List<Expectation<? super Transition<S, I>>> stepSometimes = new ArrayList<>();
    private final long[] stateReached;
    private final long[] stepReached;
    private final boolean any;

    /** The first check that failed: its name and messages. */
    record Violation(String invariant, List<String> messages) {
    }

    StepChecks(List<Expectation<? super HarnessView<S>>> overStates, List<Expectation<? super Transition<S, I>>> overSteps) {
        for (Expectation<? super HarnessView<S>> expectation : overStates) {
            (switch (expectation.kind()) {
                case ALWAYS -> stateAlways;
                case SOMETIMES -> stateSometimes;
                case EVENTUALLY -> throw new IllegalStateException("unreachable: the builder refuses " + expectation);
            }).add(expectation);
        }
        for (Expectation<? super Transition<S, I>> expectation : overSteps) {
            (switch (expectation.kind()) {
                case ALWAYS -> stepAlways;
                case SOMETIMES -> stepSometimes;
                case EVENTUALLY -> throw new IllegalStateException("unreachable: the builder refuses " + expectation);
            }).add(expectation);
        }
        this.stateReached = new long[stateSometimes.size()];
        this.stepReached = new long[stepSometimes.size()];
        this.any = !overStates.isEmpty() || !overSteps.isEmpty();
    }

    /** Whether a step has anything to check or count: without, the harness skips the call altogether. */
    boolean any() {
        return any;
    }

    /** Whether there is an always expectation over states, the only check a move of the clock runs. */
    boolean checksStates() {
        return !stateAlways.isEmpty();
    }

    /**
     * Counts the sometimes expectations the step reached, then returns the first violation, or null. The
     * {@link Transition} is built only when a check reads it, so a harness without such checks allocates
     * nothing here.
     */
    Violation checkStep(HarnessView<S> states, int instance, S before, I input, S after, LogicalTime now) {
        try {
            if (!stepSometimes.isEmpty() || !stepAlways.isEmpty()) {
                Transition<S, I> transition = new Transition<>(instance, before, input, after, now);
                count(stepSometimes, stepReached, transition);
                count(stateSometimes, stateReached, states);
                Violation violation = firstViolation(stateAlways, states);
                return violation != null ? violation : firstViolation(stepAlways, transition);
            }
            count(stateSometimes, stateReached, states);
            return firstViolation(stateAlways, states);
        } catch (BrokenExpectationException broken) {
            return broken(broken);
        }
    }

    /** Returns the first always expectation over states that fails, or null. */
    Violation checkStates(HarnessView<S> states) {
        try {
            return firstViolation(stateAlways, states);
        } catch (BrokenExpectationException broken) {
            return broken(broken);
        }
    }

    Map<String, Long> sometimesCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < stepSometimes.size(); i++) {
            counts.merge(stepSometimes.get(i).name(), stepReached[i], Long::sum);
        }
        for (int i = 0; i < stateSometimes.size(); i++) {
            counts.merge(stateSometimes.get(i).name(), stateReached[i], Long::sum);
        }
        return counts;
    }

    private static <V> void count(List<Expectation<? super V>> sometimes, long[] reached, V view) {
        for (int i = 0; i < sometimes.size(); i++) {
            if (sometimes.get(i).holds(view)) {
                reached[i]++;
            }
        }
    }

    private static <V> Violation firstViolation(List<Expectation<? super V>> always, V view) {
        for (int i = 0; i < always.size(); i++) {
            Expectation<? super V> expectation = always.get(i);
            List<String> unmet = expectation.unmet(view);
            if (!unmet.isEmpty()) {
                return new Violation(expectation.name(), List.copyOf(unmet));
            }
        }
        return null;
    }


    private static Violation broken(BrokenExpectationException broken) {
        return new Violation(broken.expectation(), List.of(broken.getMessage()));
    }
}
