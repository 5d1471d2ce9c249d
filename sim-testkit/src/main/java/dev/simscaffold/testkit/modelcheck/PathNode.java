package dev.simscaffold.testkit.modelcheck;

import dev.simscaffold.core.net.NodeId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;

/**
 * A state reached by the search, kept as the path that reaches it (states are replayed, not stored): its
 * parent, the move from the parent (the start's draws, an event's draws, or an action's index), the budgets
 * spent, and whether it had something left to do when it was reached (so that stopping at the depth bound
 * says "incomplete" only when the bound cut something off).
 */
final class PathNode {

    /** The action index of a move that is not an action. */
    static final int NO_ACTION = -1;

    final PathNode parent;
    final int[] draws;
    final int action;
    /** The move's label: a {@code String}, or a step's {@link Replayer.EventLabel} rendered when read. */
    private final Object label;
    final Budgets used;
    final int depth;
    List<Integer> applicable = List.of();
    boolean pending;
    /** The network's time at this state, in ticks. */
    long now;
    /** The state's id in the liveness graph, or -1. */
    int id = -1;
    /** The node keys of this state for step checks, kept while it is expanded (null otherwise, and without step checks). */
    SortedMap<NodeId, Object> keys;
    /** The state's key, kept for partial-order reduction (null without it). */
    Object key;
    /**
     * Under partial-order reduction, the state's enabled events in the order this path's network lists them
     * (two paths to one state may list them in different orders: the queueing order differs).
     */
    List<SleepSets.EventId> events = List.of();
    /** With persistent sets, what their cycle proviso watches (see {@link PersistentSets.Due}). */
    PersistentSets.Due due;

    PathNode(PathNode parent, int[] draws, int action, Object label, Budgets used) {
        this.parent = parent;
        this.draws = draws;
        this.action = action;
        this.label = label;
        this.used = used;
        this.depth = parent == null ? 0 : parent.depth + 1;
    }

    /** The move's label, as a counterexample shows it. */
    String label() {
        return label.toString();
    }

    boolean open() {
        return pending || !applicable.isEmpty();
    }

    /** The moves from the start to here, the start first. */
    List<PathNode> path() {
        List<PathNode> nodes = new ArrayList<>(depth + 1);
        for (PathNode node = this; node != null; node = node.parent) {
            nodes.add(node);
        }
        Collections.reverse(nodes);
        return nodes;
    }

    Move move() {
        List<Integer> values = new ArrayList<>(draws.length);
        for (int draw : draws) {
            values.add(draw);
        }
        return new Move(label(), values);
    }
}
