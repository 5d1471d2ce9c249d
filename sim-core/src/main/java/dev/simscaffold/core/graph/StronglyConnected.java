package dev.simscaffold.core.graph;

import dev.simscaffold.core.Api;
import java.util.Arrays;

/**
 * The strongly connected components of a directed graph, by Tarjan's algorithm without recursion: a history of a
 * million transactions or a model checker's state graph would overflow the call stack. The graph comes as a
 * compressed adjacency index, so a caller with flat arrays passes them as they are.
 */
@Api(Api.Status.INTERNAL)
public final class StronglyConnected {

    private StronglyConnected() {
    }

    /**
     * Numbers the components of a graph whose vertices are {@code 0 .. start.length - 2}.
     *
     * @param start where each vertex's edges begin: the edges leaving {@code v} are
     *        {@code targets[start[v]] .. targets[start[v + 1] - 1]}; {@code start.length} is the vertex count plus one
     * @param targets the target vertex of each edge, grouped by source
     * @return each vertex's component number: two vertices share one exactly when each reaches the other; a vertex
     *         on no cycle has a number of its own
     * @throws IllegalArgumentException if {@code start} is empty or not ascending, or a target is not a vertex
     */
    public static int[] components(int[] start, int[] targets) {
        if (start.length == 0) {
            throw new IllegalArgumentException("start must hold the vertex count plus one entries, got an empty array");
        }
        int vertices = start.length - 1;
        for (int v = 0; v < vertices; v++) {
            if (start[v] > start[v + 1] || start[v] < 0) {
                throw new IllegalArgumentException("start must ascend from 0: start[" + v + "]=" + start[v] + ", start["
                        + (v + 1) + "]=" + start[v + 1]);
            }
        }
        if (start[vertices] > targets.length) {
            throw new IllegalArgumentException("start ends at " + start[vertices] + " but there are " + targets.length + " targets");
        }
        int[] component = new int[vertices];
        int[] index = new int[vertices];
        int[] low = new int[vertices];
        Arrays.fill(index, -1);
        boolean[] onStack = new boolean[vertices];
        int[] stack = new int[vertices];
        int stackSize = 0;
        int[] callVertex = new int[vertices];
        int[] callEdge = new int[vertices];
        int counter = 0;
        int components = 0;
        for (int root = 0; root < vertices; root++) {
            if (index[root] >= 0) {
                continue;
            }
            int depth = 0;
            callVertex[0] = root;
            callEdge[0] = start[root];
            index[root] = low[root] = counter++;
            stack[stackSize++] = root;
            onStack[root] = true;
            while (depth >= 0) {
                int v = callVertex[depth];
                if (callEdge[depth] < start[v + 1]) {
                    int w = targets[callEdge[depth]++];
                    if (w < 0 || w >= vertices) {
                        throw new IllegalArgumentException("edge " + (callEdge[depth] - 1) + " from vertex " + v
                                + " leads to " + w + ", not a vertex of 0.." + (vertices - 1));
                    }
                    if (index[w] < 0) {
                        index[w] = low[w] = counter++;
                        stack[stackSize++] = w;
                        onStack[w] = true;
                        depth++;
                        callVertex[depth] = w;
                        callEdge[depth] = start[w];
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                    continue;
                }
                if (low[v] == index[v]) {
                    int w;
                    do {
                        w = stack[--stackSize];
                        onStack[w] = false;
                        component[w] = components;
                    } while (w != v);
                    components++;
                }
                depth--;
                if (depth >= 0) {
                    int parent = callVertex[depth];
                    low[parent] = Math.min(low[parent], low[v]);
                }
            }
        }
        return component;
    }
}
