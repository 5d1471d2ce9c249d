package dev.simscaffold.core.history;

import java.util.ArrayList;
import java.util.List;

/**
 * Explains a dependency cycle in words, one sentence per edge, as Elle does: "T1 &lt; T2, because ...", the
 * last sentence beginning "However" and ending in the contradiction. Transactions are named T1, T2, ... in
 * cycle order; each sentence names the key and the values that make the edge.
 */
final class CycleSentences {

    private CycleSentences() {
    }

    static List<String> of(DependencyGraph graph, int[] edges, ListAppendAnalysis analysis) {
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < edges.length; i++) {
            String a = "T" + (i + 1);
            String b = "T" + (i + 1 == edges.length ? 1 : i + 2);
            String reason = reason(graph, edges[i], a, b, analysis);
            sentences.add(i + 1 == edges.length ? "However, " + a + " < " + b + ", because " + reason + ": a contradiction!"
                    : a + " < " + b + ", because " + reason + ".");
        }
        return sentences;
    }

    private static String reason(DependencyGraph graph, int e, String a, String b, ListAppendAnalysis analysis) {
        KeyVersions versions = analysis.key(graph.key[e]);
        int from = graph.from[e];
        int to = graph.to[e];
        String key = versions.key;
        List<Long> order = versions.order;
        switch (graph.kind[e]) {
            case DependencyGraph.WW -> {
                for (int j = 0; j + 1 < order.size(); j++) {
                    if (versions.writerAt(j) == from && versions.writerAt(j + 1) == to) {
                        return b + " appended " + order.get(j + 1) + " right after " + a + " appended " + order.get(j) + " to " + key
                                + " (in " + key + "'s version order " + order + ")";
                    }
                }
                return a + " appended " + order.get(order.size() - 1) + ", the last element of the longest read of " + key + ", and "
                        + b + "'s append of " + appendOf(analysis.txn(to), key) + " to " + key + " was never read, so it came after";
            }
            case DependencyGraph.WR -> {
                ListAppendAnalysis.ExternalRead external = analysis.externalRead(to, versions.id);
                List<Long> read = external.values();
                return b + (external.derived() ? " saw " : " read ") + key + " = " + read + (external.derived() ? " before its own appends" : "")
                        + ", observing " + a + "'s append of " + read.get(read.size() - 1);
            }
            default -> {
                ListAppendAnalysis.ExternalRead external = analysis.externalRead(from, versions.id);
                List<Long> read = external.values();
                String seen = (read.isEmpty() ? "the initial empty state of " + key : key + " = " + read)
                        + (external.derived() ? " before its own appends" : "");
                if (read.size() < order.size()) {
                    return a + (external.derived() ? " saw " : " read ") + seen + ", which " + b + " changed by appending "
                            + order.get(read.size());
                }
                return a + (external.derived() ? " saw " : " read ") + seen + ", which " + b + " changed by appending " + appendOf(analysis.txn(to), key)
                        + " (no read observed that append, so it came after every read)";
            }
        }
    }

    /** The transaction's first append to a key. */
    private static long appendOf(Txn txn, String key) {
        for (MicroOp op : txn.ops()) {
            if (op.key().equals(key) && op instanceof MicroOp.Append append) {
                return append.value();
            }
        }
        throw new IllegalStateException("no append to " + key + " in " + txn);
    }
}
