package dev.simscaffold.core.history;

import dev.simscaffold.core.graph.StronglyConnected;
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

    /** The components, over the adjacency index as targets grouped by source. */
    private void components() {
        int[] targets = new int[edges];
        for (int k = 0; k < edges; k++) {
            targets[k] = to[out[k]];
        }
        component = StronglyConnected.components(start, targets);
    }
}
