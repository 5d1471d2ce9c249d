package dev.simscaffold.testkit.exhaustive;

import dev.simscaffold.core.expect.BrokenExpectationException;
import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.harness.HarnessView;
import dev.simscaffold.core.harness.Transition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The expectations an {@link ExhaustiveSearch} checks, in {@code SimHarness}'s order on every step: count the
 * sometimes expectations over the step, then those over the states, then check the always expectations over
 * the states, then those over the step. So a search and a random run of the same machine with the same
 * expectations report the same expectation when one move breaks two. Always expectations over states are
 * checked only at states not seen before: a seen state already passed them, and checks keep no history.
 *
 * <p>A check that throws or returns null is that expectation's violation, with the
 * {@link BrokenExpectationException}'s message, never a crash of the search or a sometimes "not reached".
 *
 * @param <S> the state type
 * @param <I> the input type
 */
final class Checks<S, I> {

    private final List<Expectation<? super HarnessView<S>>> stateAlways = new ArrayList<>();
    private final List<Expectation<? super Transition<S, I>>> stepAlways = new ArrayList<>();
    private final List<Expectation<? super HarnessView<S>>> stateSometimes = new ArrayList<>();
    private final List<Expectation<? super Transition<S, I>>> stepSometimes = new ArrayList<>();

    /**
     * The first expectation a move broke.
     *
     * @param expectation its name
     * @param messages what was not as expected
     * @param overState whether it judges states (the move's new state counts as explored) or the step (it
     *                  does not)
     */
    record Violation(String expectation, List<String> messages, boolean overState) {
    }

    /**
     * How often each sometimes expectation was reached in one search, indexed as the expectations are.
     *
     * @param overSteps the counts of those over steps
     * @param overStates the counts of those over states
     */
    record Reached(long[] overSteps, long[] overStates) {
    }

    Checks(List<Expectation<? super HarnessView<S>>> overStates, List<Expectation<? super Transition<S, I>>> overSteps) {
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
    }

    /** Whether any check needs the steps themselves: without, the model builds no {@link Transition}s. */
    boolean readsSteps() {
        return !stepAlways.isEmpty() || !stepSometimes.isEmpty() || !stateSometimes.isEmpty();
    }

    Reached reached() {
        return new Reached(new long[stepSometimes.size()], new long[stateSometimes.size()]);
    }

    /** The counts by name, those over steps first, each in the order added, as {@code SimHarness} lists them. */
    Map<String, Long> counts(Reached reached) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < stepSometimes.size(); i++) {
            counts.put(stepSometimes.get(i).name(), reached.overSteps()[i]);
        }
        for (int i = 0; i < stateSometimes.size(); i++) {
            counts.put(stateSometimes.get(i).name(), reached.overStates()[i]);
        }
        return counts;
    }

    /** Checks a state reached without a step (the initial state, time passing, a message lost). */
    Violation onState(HarnessView<S> states) {
        return firstViolation(stateAlways, states, true);
    }

    /**
     * Checks one explored move and counts what it reached.
     *
     * @param states the state the move leads to
     * @param step the step the move made, or null for a move that is no step of an instance (time passing, a
     *             message lost), which only state expectations judge
     * @param isNew whether the state has not been seen before
     * @param reached the counts to add to
     * @return the first violation, or null
     */
    Violation onEdge(HarnessView<S> states, Transition<S, I> step, boolean isNew, Reached reached) {
        if (step != null) {
            Violation broken = count(stepSometimes, reached.overSteps(), step, false);
            if (broken == null) {
                broken = count(stateSometimes, reached.overStates(), states, true);
            }
            if (broken != null) {
                return broken;
            }
        }
        Violation violation = isNew ? firstViolation(stateAlways, states, true) : null;
        if (violation == null && step != null) {
            violation = firstViolation(stepAlways, step, false);
        }
        return violation;
    }

    private static <V> Violation count(List<Expectation<? super V>> sometimes, long[] reached, V view, boolean overState) {
        try {
            for (int i = 0; i < sometimes.size(); i++) {
                if (sometimes.get(i).holds(view)) {
                    reached[i]++;
                }
            }
            return null;
        } catch (BrokenExpectationException broken) {
            return broken(broken, overState);
        }
    }

    private static <V> Violation firstViolation(List<Expectation<? super V>> always, V view, boolean overState) {
        try {
            for (int i = 0; i < always.size(); i++) {
                Expectation<? super V> expectation = always.get(i);
                List<String> unmet = expectation.unmet(view);
                if (!unmet.isEmpty()) {
                    return new Violation(expectation.name(), List.copyOf(unmet), overState);
                }
            }
            return null;
        } catch (BrokenExpectationException broken) {
            return broken(broken, overState);
        }
    }

    private static Violation broken(BrokenExpectationException broken, boolean overState) {
        return new Violation(broken.expectation(), List.of(broken.getMessage()), overState);
    }
}
