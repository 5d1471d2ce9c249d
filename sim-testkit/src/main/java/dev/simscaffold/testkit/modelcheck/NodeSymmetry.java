package dev.simscaffold.testkit.modelcheck;

import dev.simscaffold.core.net.EventOrder;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.testkit.exhaustive.Symmetry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The exact canonical form of a network's model state under relabellings of interchangeable nodes: the least
 * (by {@link ValueOrder}) of the state relabelled by every permutation of the members
 * ({@link Symmetry#leastRelabelling}), so that two states get one form exactly when one is a relabelling of the
 * other. A relabelling moves each member's slot (its key or durable state, deadline, clock and disk) to its new
 * name, renames node ids inside keys, durable states and messages ({@link Relabelling}), renames the pending
 * events' nodes and senders and the cut links, and puts the pending events back in the order the network itself
 * lists the relabelled state's under {@link EventOrder#UNSEQUENCED}, the only order symmetry is sound under (by
 * node, kind, time, window and origin; ties keep their order, which is one origin's own). Paused nodes and
 * pending fault events are refused.
 */
final class NodeSymmetry {

    private final int[] members;
    private final int nodes;
    private final Relabelling relabelling;
    private final UnaryOperator<List<Object>> canonical;

    NodeSymmetry(List<NodeId> members, int nodes, Relabelling relabelling) {
        this.members = members.stream().mapToInt(NodeId::index).sorted().toArray();
        this.nodes = nodes;
        this.relabelling = relabelling;
        this.canonical = Symmetry.leastRelabelling(this.members.length, this::relabel, new ValueOrder());
    }

    /** The state's canonical form: equal for two states exactly when one is a relabelling of the other. */
    List<Object> canonical(List<Object> modelState) {
        return canonical.apply(modelState);
    }

    /** The state with member {@code i} (in index order) renamed member {@code permutation[i]}. */
    @SuppressWarnings("unchecked")
    List<Object> relabel(List<Object> state, int[] permutation) {
        if (state.size() != nodes + 3) {
            throw new IllegalStateException("a model state of " + state.size() + " parts for " + nodes
                    + " nodes: SimNetwork.modelState's layout changed, and NodeSymmetry must follow it");
        }
        int[] to = new int[nodes];
        for (int i = 0; i < nodes; i++) {
            to[i] = i;
        }
        for (int i = 0; i < members.length; i++) {
            to[members[i]] = members[permutation[i]];
        }
        UnaryOperator<NodeId> rename = id -> id.index() < nodes ? NodeId.of(to[id.index()]) : id;
        Object[] relabelled = new Object[nodes + 3];
        relabelled[0] = state.get(0);
        for (int i = 0; i < nodes; i++) {
            relabelled[1 + to[i]] = slot((List<Object>) state.get(1 + i), rename);
        }
        relabelled[nodes + 1] = links((List<Integer>) state.get(nodes + 1), to);
        relabelled[nodes + 2] = pending((List<List<Object>>) state.get(nodes + 2), to, rename);
        return Arrays.asList(relabelled);
    }

    private List<Object> slot(List<Object> slot, UnaryOperator<NodeId> rename) {
        if (!((List<?>) slot.get(3)).isEmpty()) {
            throw new IllegalStateException("symmetry does not cover paused nodes (what waits at them is not relabelled)");
        }
        return List.of(relabelling.apply(slot.get(0), rename), slot.get(1), slot.get(2), slot.get(3),
                relabelling.apply(slot.get(4), rename));
    }

    private List<Integer> links(List<Integer> cuts, int[] to) {
        Integer[] relabelled = new Integer[nodes * nodes];
        for (int from = 0; from < nodes; from++) {
            for (int at = 0; at < nodes; at++) {
                relabelled[to[from] * nodes + to[at]] = cuts.get(from * nodes + at);
            }
        }
        return Arrays.asList(relabelled);
    }

    private List<List<Object>> pending(List<List<Object>> events, int[] to, UnaryOperator<NodeId> rename) {
        List<List<Object>> relabelled = new ArrayList<>(events.size());
        for (List<Object> event : events) {
            String type = ((Enum<?>) event.get(0)).name();
            Object payload = event.get(5);
            Object renamedPayload = switch (type) {
                case "DELIVER", "DELIVER_PARKED" -> {
                    List<?> sent = (List<?>) payload;
                    yield List.of(to[(Integer) sent.get(0)], relabelling.apply(sent.get(1), rename));
                }
                case "TIMER", "RESTART", "INVOKE", "RESUME", "DISK" -> relabelling.apply(payload, rename);
                default -> throw new IllegalStateException("symmetry does not cover a pending " + type
                        + " event (a scheduled fault's nodes are not relabelled)");
            };
            relabelled.add(List.of(event.get(0), to[(Integer) event.get(1)], event.get(2), event.get(3), event.get(4),
                    renamedPayload));
        }
        relabelled.sort(Comparator.<List<Object>>comparingInt(event -> (Integer) event.get(1))
                .thenComparingInt(event -> ((Enum<?>) event.get(0)).ordinal())
                .thenComparingLong(event -> (Long) event.get(2))
                .thenComparingLong(event -> (Long) event.get(3))
                .thenComparingInt(NodeSymmetry::origin));
        return relabelled;
    }

    /** The node whose step queued the event, as {@code NetworkEventType.origin} says; -1 for none. */
    private static int origin(List<Object> event) {
        return switch (((Enum<?>) event.get(0)).name()) {
            case "DELIVER", "DELIVER_PARKED" -> (Integer) ((List<?>) event.get(5)).get(0);
            case "TIMER", "DISK", "INVOKE" -> (Integer) event.get(1);
            default -> -1;
        };
    }

    /**
     * Refuses a symmetry that the moves from outside break: every input to a member must have an input of the
     * same label at every other member, and every partition's images under the members' swaps must be
     * partitions of the check too (sides unordered), or interchangeable nodes could be told apart by what the
     * checker does to them.
     */
    static <M> void requireInterchangeable(List<NodeId> members, List<Action<M>> inputs, List<Action<M>> partitions) {
        for (Action<M> action : inputs) {
            Action.Input<M> input = (Action.Input<M>) action;
            if (!members.contains(input.node())) {
                continue;
            }
            for (NodeId member : members) {
                boolean found = inputs.stream().map(other -> (Action.Input<M>) other)
                        .anyMatch(other -> other.node().equals(member) && other.label().equals(input.label()));
                if (!found) {
                    throw new IllegalArgumentException("symmetric " + members + ": input '" + input.label() + "' goes to "
                            + input.node() + " but no input '" + input.label() + "' goes to " + member
                            + ", so the nodes are not interchangeable; add it, or leave " + input.node() + " out of the set");
                }
            }
        }
        List<Set<Set<NodeId>>> given = partitions.stream().map(NodeSymmetry::sides).toList();
        for (Action<M> partition : partitions) {
            for (int i = 0; i + 1 < members.size(); i++) {
                NodeId a = members.get(i);
                NodeId b = members.get(i + 1);
                UnaryOperator<NodeId> swap = id -> id.equals(a) ? b : id.equals(b) ? a : id;
                Action.Partition<M> sides = (Action.Partition<M>) partition;
                Action.Partition<M> image = new Action.Partition<>(sides.sideA().stream().map(swap).sorted().toList(),
                        sides.sideB().stream().map(swap).sorted().toList());
                if (!given.contains(sides(image))) {
                    throw new IllegalArgumentException("symmetric " + members + ": " + partition.label() + " is a partition but "
                            + image.label() + " (" + a + " and " + b + " swapped) is not, so the nodes are not interchangeable;"
                            + " add it, or leave them out of the set");
                }
            }
        }
    }

    private static <M> Set<Set<NodeId>> sides(Action<M> partition) {
        Action.Partition<M> sides = (Action.Partition<M>) partition;
        return new HashSet<>(List.of(Set.copyOf(sides.sideA()), Set.copyOf(sides.sideB())));
    }
}
