package dev.simscaffold.core.history;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds, in each strongly connected component of a {@link DependencyGraph}, the smallest cycle of each
 * anomaly type: a breadth-first search from every transaction of the component over (transaction, count)
 * states, where the count is what the type constrains (wr edges seen for G1c, rw edges for G-single and
 * G2). The first cycle of length two ends the search of that type. Every edge looked at is a step of one
 * shared budget; when it runs out, what was found stands and the rest is reported unfinished.
 *
 * <p>A breadth-first search over states finds closed walks, which may pass a transaction twice; a walk is
 * cut into simple cycles and the one that has the type's edges is reported. A G2 walk may hold one rw edge
 * twice around a G-single cycle; it counts only when one of its simple cycles has two rw edges, so a
 * history whose only anti-dependency cycles are G-single is never called G2.
 */
final class CycleSearch {
    private static final TxnAnomalyType[] TYPES = {TxnAnomalyType.G0, TxnAnomalyType.G1C, TxnAnomalyType.G_SINGLE, TxnAnomalyType.G2};

    /** A cycle: its type and its edges, in order. */
    record Cycle(TxnAnomalyType type, int[] edges) {
    }

    private final DependencyGraph graph;
    private final long budget;
    private long steps;
    private final List<String> incomplete = new ArrayList<>();

    CycleSearch(DependencyGraph graph, long budget) {
        this.graph = graph;
        this.budget = budget;
    }

    List<String> incomplete() {
        return incomplete;
    }

    List<Cycle> run() {
        int[] size = new int[graph.vertices];
        for (int v = 0; v < graph.vertices; v++) {
            size[graph.component[v]]++;
        }
        int[] local = new int[graph.vertices];
        int[] filled = new int[graph.vertices];
        int[][] members = new int[graph.vertices][];
        for (int v = 0; v < graph.vertices; v++) {
            int c = graph.component[v];
            if (size[c] > 1) {
                if (members[c] == null) {
                    members[c] = new int[size[c]];
                }
                local[v] = filled[c];
                members[c][filled[c]++] = v;
            }
        }
        List<Cycle> cycles = new ArrayList<>();
        for (int c = 0; c < graph.vertices; c++) {
            if (members[c] != null) {
                searchComponent(c, members[c], local, cycles);
            }
        }
        return cycles;
    }

    private void searchComponent(int component, int[] members, int[] local, List<Cycle> cycles) {
        Bfs bfs = new Bfs(members);
        for (TxnAnomalyType type : TYPES) {
            int[] best = null;
            for (int source : members) {
                if (steps >= budget) {
                    incomplete.add("cycle search out of budget (" + budget + " edge visits) in a component of " + members.length
                            + " transactions while looking for " + type + (best == null ? "" : "; the " + type + " cycle shown may not be the smallest"));
                    break;
                }
                int[] cycle = bfs.shortest(source, component, local, type, best == null ? Integer.MAX_VALUE : best.length);
                if (cycle != null && (best == null || cycle.length < best.length)) {
                    best = cycle;
                }
                if (best != null && best.length == 2) {
                    break;
                }
            }
            if (best != null) {
                cycles.add(new Cycle(type, best));
            }
        }
    }

    /** The simple cycle of a closed walk that has the type's edges, or null when none has. */
    private int[] simple(TxnAnomalyType type, int[] walk) {
        int[] stack = new int[walk.length];
        int size = 0;
        for (int e : walk) {
            stack[size++] = e;
            int at = size - 1;
            while (at >= 0 && graph.from[stack[at]] != graph.to[e]) {
                at--;
            }
            if (at >= 0) {
                int[] cycle = Arrays.copyOfRange(stack, at, size);
                if (fits(type, cycle)) {
                    return cycle;
                }
                size = at;
            }
        }
        return null;
    }

    private boolean fits(TxnAnomalyType type, int[] cycle) {
        int count = 0;
        for (int e : cycle) {
            count = count(type, count, graph.kind[e]);
            if (count < 0) {
                return false;
            }
        }
        return count == target(type);
    }

    /** What an edge does to a state's count under a type, or -1 when the type does not allow it. */
    private static int count(TxnAnomalyType type, int count, byte kind) {
        return switch (type) {
            case G0 -> kind == DependencyGraph.WW ? 0 : -1;
            case G1C -> kind == DependencyGraph.RW ? -1 : count | (kind == DependencyGraph.WR ? 1 : 0);
            case G_SINGLE -> kind == DependencyGraph.RW ? (count == 0 ? 1 : -1) : count;
            default -> Math.min(2, count + (kind == DependencyGraph.RW ? 1 : 0));
        };
    }

    private static int target(TxnAnomalyType type) {
        return switch (type) {
            case G0 -> 0;
            case G1C, G_SINGLE -> 1;
            default -> 2;
        };
    }

    /** One breadth-first search's arrays, reused across sources. */
    private final class Bfs {
        final int[] distance;
        final int[] parentEdge;
        final int[] parentState;
        final int[] queue;
        final int[] members;

        Bfs(int[] members) {
            this.members = members;
            int states = members.length * 3;
            distance = new int[states];
            parentEdge = new int[states];
            parentState = new int[states];
            queue = new int[states];
            Arrays.fill(distance, -1);
        }

        /** The shortest cycle through a source of a type, shorter than a bound, as edges; or null. */
        int[] shortest(int source, int component, int[] local, TxnAnomalyType type, int bound) {
            int head = 0;
            int tail = 0;
            int first = local[source] * 3;
            distance[first] = 0;
            queue[tail++] = first;
            int[] found = null;
            int goal = target(type);
            while (head < tail && found == null) {
                int state = queue[head++];
                int v = members[state / 3];
                int count = state % 3;
                if (distance[state] + 1 >= bound) {
                    break;
                }
                for (int i = graph.start[v]; i < graph.start[v + 1] && found == null; i++) {
                    steps++;
                    int e = graph.out[i];
                    int w = graph.to[e];
                    if (graph.component[w] != component) {
                        continue;
                    }
                    int next = count(type, count, graph.kind[e]);
                    if (next < 0) {
                        continue;
                    }
                    if (w == source) {
                        found = next == goal ? simple(type, path(state, e)) : null;
                        continue;
                    }
                    int nextState = local[w] * 3 + next;
                    if (distance[nextState] < 0) {
                        distance[nextState] = distance[state] + 1;
                        parentEdge[nextState] = e;
                        parentState[nextState] = state;
                        queue[tail++] = nextState;
                    }
                }
            }
            for (int i = 0; i < tail; i++) {
                distance[queue[i]] = -1;
            }
            return found;
        }

        private int[] path(int state, int lastEdge) {
            int[] edges = new int[distance[state] + 1];
            edges[edges.length - 1] = lastEdge;
            for (int i = edges.length - 2; i >= 0; i--) {
                edges[i] = parentEdge[state];
                state = parentState[state];
            }
            return edges;
        }
    }
}
