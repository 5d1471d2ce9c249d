package dev.simscaffold.core.history;

import java.util.Arrays;

/**
 * The transaction dependency graph of a list-append history, in flat arrays so that a million transactions
 * fit: edges (from, to, kind, key) in insertion order, then a compressed adjacency index and the strongly
 * connected components (Tarjan's algorithm, iterative). Only components with two or more transactions can
 * hold a cycle.
 */
final class DependencyGraph {
    static final byte WW = 0;
    static final byte WR = 1;
    static final byte RW = 2;

    final int vertices;
    int[] from = new int[1024];
    int[] to = new int[1024];
    byte[] kind = new byte[1024];
    int[] key = new int[1024];
    int edges;
    /** Edges leaving vertex v: {@code out[start[v]] .. out[start[v + 1] - 1]}, edge numbers. */
    int[] start;
    int[] out;
    /** Component number of each vertex. */
    int[] component;

    DependencyGraph(int vertices) {
        this.vertices = vertices;
    }

    void add(int a, int b, byte edgeKind, int keyId) {
        if (a == b || a < 0 || b < 0) {
            return;
        }
        if (edges == from.length) {
            int size = edges * 2;
            from = Arrays.copyOf(from, size);
            to = Arrays.copyOf(to, size);
            kind = Arrays.copyOf(kind, size);
            key = Arrays.copyOf(key, size);
        }
        from[edges] = a;
        to[edges] = b;
        kind[edges] = edgeKind;
        key[edges] = keyId;
        edges++;
    }

    /** Builds the adjacency index and the components. */
    void build() {
        start = new int[vertices + 1];
        for (int e = 0; e < edges; e++) {
            start[from[e] + 1]++;
        }
        for (int v = 0; v < vertices; v++) {
            start[v + 1] += start[v];
        }
        out = new int[edges];
        int[] fill = Arrays.copyOf(start, vertices);
        for (int e = 0; e < edges; e++) {
            out[fill[from[e]]++] = e;
        }
        components();
    }

    /** Tarjan's algorithm without recursion: a call stack of (vertex, next edge position). */
    private void components() {
        component = new int[vertices];
        Arrays.fill(component, -1);
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
            if (index[root] >= 0 || start[root] == start[root + 1]) {
                if (index[root] < 0) {
                    component[root] = components++;
                    index[root] = counter++;
                }
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
                    int w = to[out[callEdge[depth]++]];
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
    }
}
