package dev.simscaffold.testkit.modelcheck;

import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.expect.Kind;
import dev.simscaffold.core.net.NetworkView;
import dev.simscaffold.core.net.NodeId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * What a network model check judges, in one place for the search ({@link NetworkModelCheck}) and for a path's
 * replay ({@link PathReplay}), so that a replayed path breaks exactly where and how the search saw it break: the
 * step checks on a move, the always expectations at a state (counting the sometimes ones there), and at a state
 * where the run ends the eventually expectation it missed, then the end-of-run expectations.
 *
 * @param <M> the message type
 */
final class Judge<M> {

    /**
     * An expectation that broke.
     *
     * @param name the expectation's name, {@code liveness: } first for an eventually expectation
     * @param violations what it reported
     */
    record Broken(String name, List<String> violations) {
    }

    private final List<Expectation<? super NetworkView<M>>> expectations;
    private final Map<String, StepCheck> stepChecks;
    private final List<Expectation<? super NetworkView<M>>> atEnd;

    Judge(List<Expectation<? super NetworkView<M>>> expectations, Map<String, StepCheck> stepChecks,
            List<Expectation<? super NetworkView<M>>> atEnd) {
        this.expectations = expectations;
        this.stepChecks = stepChecks;
        this.atEnd = atEnd;
    }

    /** @return whether any step check is to be judged, so that callers key the nodes before a move only then */
    boolean checksSteps() {
        return !stepChecks.isEmpty();
    }

    /**
     * @param before every node's key before the move
     * @param after every node's key after it
     * @return the first step check the move broke, if one did
     */
    Optional<Broken> move(SortedMap<NodeId, Object> before, SortedMap<NodeId, Object> after) {
        for (Map.Entry<String, StepCheck> check : stepChecks.entrySet()) {
            List<String> unmet = check.getValue().unmet(before, after);
            if (!unmet.isEmpty()) {
                return Optional.of(new Broken(check.getKey(), unmet));
            }
        }
        return Optional.empty();
    }

    /**
     * @param view the state
     * @param sometimes the counts of the sometimes expectations, each met here counted once; null to count nothing
     *                  (a state seen before)
     * @return the first always expectation the state breaks, if one does
     */
    Optional<Broken> state(NetworkView<M> view, Map<String, Long> sometimes) {
        for (Expectation<? super NetworkView<M>> expectation : expectations) {
            if (expectation.kind() == Kind.ALWAYS) {
                List<String> unmet = expectation.unmet(view);
                if (!unmet.isEmpty()) {
                    return Optional.of(new Broken(expectation.name(), unmet));
                }
            } else if (expectation.kind() == Kind.SOMETIMES && sometimes != null && expectation.holds(view)) {
                sometimes.merge(expectation.name(), 1L, Long::sum);
            }
        }
        return Optional.empty();
    }

    /**
     * @param view a state where the run ends (nothing pending, no move left)
     * @param missed the eventually expectation it has not met on the way, or null
     * @return the missed expectation, else the first end-of-run expectation the state breaks, if one does
     */
    Optional<Broken> end(NetworkView<M> view, Expectation<? super NetworkView<M>> missed) {
        if (missed != null) {
            List<String> messages = new ArrayList<>(missed.unmet(view));
            messages.add(0, "the run ends without meeting it");
            return Optional.of(new Broken("liveness: " + missed.name(), messages));
        }
        for (Expectation<? super NetworkView<M>> expectation : atEnd) {
            List<String> unmet = expectation.unmet(view);
            if (!unmet.isEmpty()) {
                return Optional.of(new Broken(expectation.name(), unmet));
            }
        }
        return Optional.empty();
    }
}
