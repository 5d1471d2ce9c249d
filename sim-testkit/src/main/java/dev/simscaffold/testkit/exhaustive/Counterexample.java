package dev.simscaffold.testkit.exhaustive;

import dev.simscaffold.core.Api;
import dev.simscaffold.testkit.scenario.Action;
import java.util.ArrayList;
import java.util.List;

/**
 * The shortest sequence of moves, from the initial states, that breaks an always expectation (or makes a
 * check throw). The component keeps the name {@code invariant}, the word an {@code InvariantViolationError}
 * and every failure report use for the broken check.
 *
 * @param <I> the input type
 * @param moves the moves, in order: actions and the fates of routed effects
 * @param invariant the name of the broken expectation
 * @param violations what its check reported (for a check that threw, what it threw)
 */
@Api(Api.Status.EXPERIMENTAL)
public record Counterexample<I>(List<Move<I>> moves, String invariant, List<String> violations) {

    /**
     * Freezes the lists.
     *
     * @param moves the moves, in order
     * @param invariant the name of the broken expectation
     * @param violations what its check reported
     */
    public Counterexample {
        moves = List.copyOf(moves);
        violations = List.copyOf(violations);
    }

    /**
     * Returns the alphabet actions of the path alone, without the fates of routed effects: for a search
     * without a router this is the whole path.
     *
     * @return the actions, in order
     */
    public List<Action<I>> path() {
        List<Action<I>> actions = new ArrayList<>();
        for (Move<I> move : moves) {
            if (move instanceof Move.Act<I> act) {
                actions.add(act.action());
            }
        }
        return actions;
    }

    /**
     * Renders the counterexample as a numbered list of moves followed by the violation.
     *
     * @return the text
     */
    public String describe() {
        StringBuilder text = new StringBuilder("invariant violated: ").append(invariant).append('\n');
        violations.forEach(v -> text.append("  ").append(v).append('\n'));
        text.append("shortest path (").append(moves.size()).append(moves.size() == 1 ? " move" : " moves").append("):\n");
        for (int i = 0; i < moves.size(); i++) {
            text.append("  ").append(i + 1).append(". ").append(moves.get(i)).append('\n');
        }
        return text.toString();
    }
}
