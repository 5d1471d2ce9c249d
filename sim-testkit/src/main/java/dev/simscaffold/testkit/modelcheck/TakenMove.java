package dev.simscaffold.testkit.modelcheck;

import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.SimNetwork;
import java.util.SortedMap;
import java.util.function.BiFunction;

/**
 * One move with one assignment of its draws, as every search takes it: a start (the network built) or an action
 * from a state (restore the state, read its node keys for the step checks, act). An invariant the move breaks is
 * kept, not thrown, and the child is named by the move and what its sends suffered. Move-bounded and
 * deviation-bounded searches differ in what they do with the child, not in how they reach it, so this is written
 * once.
 *
 * @param child the state reached, with its path and spent budgets
 * @param net the network in that state, or null when building it broke an invariant
 * @param violation the invariant the move broke, or null
 * @param before the node keys before the move, or null without step checks
 * @param nextPrefix the next assignment of the move's draws to try, or null when every one was tried
 * @param <M> the message type
 */
record TakenMove<M>(PathNode child, SimNetwork<M> net, InvariantViolationError violation, SortedMap<NodeId, Object> before,
        int[] nextPrefix) {

    /**
     * Builds the network with its draws starting at {@code prefix}: one of the start states.
     *
     * @param replayer the search's replayer
     * @param prefix the draws to take first (the odometer's current assignment)
     * @param <M> the message type
     * @return the move, with no node keys before it
     */
    static <M> TakenMove<M> start(Replayer<M> replayer, int[] prefix) {
        SimNetwork<M> net;
        InvariantViolationError violation = null;
        try {
            net = replayer.start(prefix, true, NetworkModelCheck.SEARCH);
        } catch (InvariantViolationError broken) {
            net = null;
            violation = broken;
        }
        DrawTape tape = replayer.tape();
        int[] values = tape.values();
        PathNode start = new PathNode(null, values, PathNode.NO_ACTION, "start" + tape.sentFaults(),
                Budgets.NONE.afterStep(tape.lossesTaken(), tape.duplicatesTaken()));
        return new TakenMove<>(start, net, violation, null, DrawTape.next(values, tape.bounds()));
    }

    /**
     * Takes action {@code index} from {@code node} with its draws starting at {@code prefix}.
     *
     * @param replayer the search's replayer
     * @param node the state the move leaves
     * @param index the action's index in the replayer's actions
     * @param prefix the draws to take first (the odometer's current assignment)
     * @param keysBefore the node keys of a state for the step checks, or null without them
     * @param <M> the message type
     * @return the move
     */
    static <M> TakenMove<M> action(Replayer<M> replayer, PathNode node, int index, int[] prefix,
            BiFunction<PathNode, SimNetwork<M>, SortedMap<NodeId, Object>> keysBefore) {
        Action<M> action = replayer.actions().get(index);
        SimNetwork<M> net = replayer.replay(node, NetworkModelCheck.SEARCH);
        SortedMap<NodeId, Object> before = keysBefore.apply(node, net);
        InvariantViolationError violation = null;
        Budgets used = node.used;
        try {
            used = replayer.act(net, action, prefix, true, node.used);
        } catch (InvariantViolationError broken) {
            violation = broken;
        }
        DrawTape tape = replayer.tape();
        int[] values = tape.values();
        int[] next = DrawTape.next(values, tape.bounds());
        used = used.afterStep(tape.lossesTaken(), tape.duplicatesTaken());
        PathNode child = new PathNode(node, values, index, action.label() + tape.sentFaults(), used);
        return new TakenMove<>(child, net, violation, before, next);
    }
}
