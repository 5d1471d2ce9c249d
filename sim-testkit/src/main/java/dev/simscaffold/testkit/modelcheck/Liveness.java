package dev.simscaffold.testkit.modelcheck;

import dev.simscaffold.core.graph.StronglyConnected;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The graph the eventually expectations are judged on: every distinct state where one of them is unmet, and
 * every move between two such states, with how far it moved time. A cycle of states where an expectation is
 * unmet, reached from the start, is a run that never meets it: a lasso. Fault and input moves are budgeted, so
 * no cycle contains one. Deliveries and timers are weakly fair on a cycle that moves time forward: every
 * pending event has a latest tick that time cannot pass without taking it, so such a cycle starves no event.
 * A cycle that does not move time (a zero-delay loop) could starve one, so it is not reported; the check then
 * says liveness was not judged there.
 */
final class Liveness {

    /** One move between two states that both miss some expectation. */
    record Edge(int from, int to, long ticks, PathNode move) {
    }

    private final int expectations;
    private final List<PathNode> states = new ArrayList<>();
    private final List<Integer> unmet = new ArrayList<>();
    private final List<Edge> edges = new ArrayList<>();

    Liveness(int expectations) {
        this.expectations = expectations;
    }

    /** Registers a state with the mask of the expectations unmet there; returns its id. */
    int state(PathNode node, int unmetMask) {
        states.add(node);
        unmet.add(unmetMask);
        return states.size() - 1;
    }

    int unmet(int id) {
        return unmet.get(id);
    }

    void edge(int from, int to, long ticks, PathNode move) {
        if ((unmet.get(from) & unmet.get(to)) != 0) {
            edges.add(new Edge(from, to, ticks, move));
        }
    }

    /** A lasso for expectation {@code index}: the state where its cycle starts and the cycle's moves; null if none. */
    Lasso lasso(int index) {
        int bit = 1 << index;
        List<List<Edge>> out = unmetGraph(bit);
        int[] component = components(out);
        for (Edge edge : edges) {
            if (edge.ticks() > 0 && bothUnmet(edge, bit) && component[edge.from()] == component[edge.to()]) {
                List<Edge> back = path(out, component, edge.to(), edge.from());
                List<Edge> cycle = new ArrayList<>();
                cycle.add(edge);
                cycle.addAll(back);
                return new Lasso(states.get(edge.from()), cycle);
            }
        }
        return null;
    }

    /** Whether expectation {@code index} misses on a cycle that does not move time, which is not judged. */
    boolean zenoCycle(int index) {
        int bit = 1 << index;
        List<List<Edge>> out = unmetGraph(bit);
        int[] component = components(out);
        for (Edge edge : edges) {
            if (bothUnmet(edge, bit) && component[edge.from()] == component[edge.to()]) {
                return true;
            }
        }
        return false;
    }

    /** The graph of the states where the expectation with this bit is unmet: each state's edges to such states. */
    private List<List<Edge>> unmetGraph(int bit) {
        int n = states.size();
        List<List<Edge>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new ArrayList<>());
        }
        for (Edge edge : edges) {
            if (bothUnmet(edge, bit)) {
                out.get(edge.from()).add(edge);
            }
        }
        return out;
    }

    private boolean bothUnmet(Edge edge, int bit) {
        return (unmet.get(edge.from()) & bit) != 0 && (unmet.get(edge.to()) & bit) != 0;
    }

    /** A cycle: where it starts and its moves, in order. */
    record Lasso(PathNode start, List<Edge> cycle) {
    }

    /** The shortest path of edges from {@code from} to {@code to} inside one component (empty if equal). */
    private static List<Edge> path(List<List<Edge>> out, int[] component, int from, int to) {
        if (from == to) {
            return List.of();
        }
        Edge[] via = new Edge[out.size()];
        boolean[] seen = new boolean[out.size()];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(from);
        seen[from] = true;
        while (!queue.isEmpty()) {
            int at = queue.poll();
            for (Edge edge : out.get(at)) {
                int next = edge.to();
                if (!seen[next] && component[next] == component[from]) {
                    seen[next] = true;
                    via[next] = edge;
                    if (next == to) {
                        List<Edge> path = new ArrayList<>();
                        for (int v = to; v != from; v = via[v].from()) {
                            path.add(0, via[v]);
                        }
                        return path;
                    }
                    queue.add(next);
                }
            }
        }
        throw new IllegalStateException("no path inside a strongly connected component");
    }

    /**
     * The strongly connected components of the unmet states' graph; a state on no cycle gets a component of its own,
     * and a self-loop keeps its state's component (its edge has equal ends).
     */
    private static int[] components(List<List<Edge>> out) {
        int n = out.size();
        int[] start = new int[n + 1];
        for (int v = 0; v < n; v++) {
            start[v + 1] = start[v] + out.get(v).size();
        }
        int[] targets = new int[start[n]];
        for (int v = 0; v < n; v++) {
            int k = start[v];
            for (Edge edge : out.get(v)) {
                targets[k++] = edge.to();
            }
        }
        return StronglyConnected.components(start, targets);
    }
}
