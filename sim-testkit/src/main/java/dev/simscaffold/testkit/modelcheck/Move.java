package dev.simscaffold.testkit.modelcheck;

import dev.simscaffold.core.Api;
import java.util.List;

/**
 * One move of a model-checking path: the network's start, one event it processed, or an action from
 * outside. Its draws are the values every random draw of the move took, in order (the index of the enabled
 * event taken, a node's random choices, whether a message was lost), which replay it exactly.
 *
 * @param label what happened, such as {@code "deliver node-0 -> node-1"} or {@code "crash node-2"}
 * @param draws the values of the move's draws, empty for an action
 */
@Api(Api.Status.EXPERIMENTAL)
public record Move(String label, List<Integer> draws) {

    /**
     * Freezes the draws.
     *
     * @param label what happened
     * @param draws the draws' values
     */
    public Move {
        draws = List.copyOf(draws);
    }

    @Override
    public String toString() {
        return draws.isEmpty() ? label : label + " " + draws;
    }
}
