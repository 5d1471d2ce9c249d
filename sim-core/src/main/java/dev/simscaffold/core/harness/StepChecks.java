package dev.simscaffold.core.harness;

import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.core.trace.EventKind;
import dev.simscaffold.core.trace.Trace;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks {@link SimHarness} runs after every step, in this order: count the {@link Sometimes}
 * conditions the step reached, then every state {@link Invariant}, then every {@link TransitionInvariant}.
 * The first violation is traced and thrown. Observing a sometimes condition records nothing in the trace,
 * so adding one never changes a run's fingerprint.
 *
 * @param <S> the state type
 * @param <I> the input type
 */
final class StepChecks<S, I> {

    private final List<Invariant<S>> invariants;
    private final List<TransitionInvariant<S, I>> transitionInvariants;
    private final List<Sometimes<S, I>> sometimes;
    private final long[] reached;
    private final Trace trace;

    StepChecks(List<Invariant<S>> invariants, List<TransitionInvariant<S, I>> transitionInvariants,
            List<Sometimes<S, I>> sometimes, Trace trace) {
        this.invariants = List.copyOf(invariants);
        this.transitionInvariants = List.copyOf(transitionInvariants);
        this.sometimes = List.copyOf(sometimes);
        this.reached = new long[sometimes.size()];
        this.trace = trace;
    }

    void checkStep(List<S> states, Transition<S, I> transition, long seed, long step) {
        for (int i = 0; i < sometimes.size(); i++) {
            if (sometimes.get(i).condition().test(transition)) {
                reached[i]++;
            }
        }
        checkStates(states, transition.now(), seed, step);
        for (TransitionInvariant<S, I> invariant : transitionInvariants) {
            fail(invariant.name(), invariant.check(transition), transition.now(), seed, step);
        }
    }

    void checkStates(List<S> states, LogicalTime now, long seed, long step) {
        for (Invariant<S> invariant : invariants) {
            fail(invariant.name(), invariant.check(states, now), now, seed, step);
        }
    }

    Map<String, Long> sometimesCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < sometimes.size(); i++) {
            counts.merge(sometimes.get(i).name(), reached[i], Long::sum);
        }
        return counts;
    }

    private void fail(String name, List<String> violations, LogicalTime now, long seed, long step) {
        if (!violations.isEmpty()) {
            trace.record(now, EventKind.VIOLATION, name, "", String.join("; ", violations));
            throw new InvariantViolationError(name, violations, seed, step, now, trace);
        }
    }
}
