package dev.simscaffold.testkit.exhaustive;

import dev.simscaffold.testkit.scenario.Action;
import java.util.List;

/**
 * The shortest sequence of actions, from the initial states, that breaks an invariant.
 *
 * @param <I> the input type
 * @param path the actions, in order
 * @param invariant the name of the broken invariant
 * @param violations what the invariant reported
 */
public record Counterexample<I>(List<Action<I>> path, String invariant, List<String> violations) {

    /**
     * Freezes the lists.
     *
     * @param path the {@code path} component
     * @param invariant the {@code invariant} component
     * @param violations the {@code violations} component
     */
    public Counterexample {
        path = List.copyOf(path);
        violations = List.copyOf(violations);
    }

    /**
     * Renders the counterexample as a numbered list of actions followed by the violation.
     *
     * @return the text
     */
    public String describe() {
        StringBuilder text = new StringBuilder("invariant violated: ").append(invariant).append('\n');
        violations.forEach(v -> text.append("  ").append(v).append('\n'));
        text.append("shortest path (").append(path.size()).append(" actions):\n");
        for (int i = 0; i < path.size(); i++) {
            text.append("  ").append(i + 1).append(". ").append(path.get(i)).append('\n');
        }
        return text.toString();
    }
}
