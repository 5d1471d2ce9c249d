package dev.simscaffold.core.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Lookups over one {@link DrawLog}'s spans that the span passes need many times: each span's ordinal
 * among the spans of its label, the spans of each label in order, and the paths each span drew on.
 * Built once per log, with a binary search per span and path, so pairing spans stays cheap for runs with thousands of events.
 */
final class SpanIndex {

    final DrawLog log;
    private final int[] ordinals;
    private final TreeMap<String, List<Integer>> byLabel = new TreeMap<>();
    private final List<TreeSet<ForkPath>> paths = new ArrayList<>();

    SpanIndex(DrawLog log) {
        this.log = log;
        List<Span> spans = log.spans();
        ordinals = new int[spans.size()];
        for (int i = 0; i < spans.size(); i++) {
            List<Integer> same = byLabel.computeIfAbsent(key(spans.get(i)), k -> new ArrayList<>());
            ordinals[i] = same.size();
            same.add(i);
            paths.add(new TreeSet<>());
        }
        for (Map.Entry<ForkPath, List<Integer>> entry : log.order().entrySet()) {
            for (int i = 0; i < spans.size(); i++) {
                if (drewWithin(entry.getValue(), spans.get(i))) {
                    paths.get(i).add(entry.getKey());
                }
            }
        }
    }

    /** Whether a path's sorted global indices include one inside the span: one binary search. */
    private static boolean drewWithin(List<Integer> globalIndices, Span span) {
        int position = Collections.binarySearch(globalIndices, span.start());
        int insertion = position >= 0 ? position : -position - 1;
        return insertion < globalIndices.size() && span.contains(globalIndices.get(insertion));
    }

    int ordinal(int span) {
        return ordinals[span];
    }

    /** The indices of the spans with the same label and depth as the given one, in order. */
    List<Integer> sameKind(int span) {
        return byLabel.get(key(log.spans().get(span)));
    }

    /** Every label-and-depth group of spans, in key order. */
    Iterable<List<Integer>> groups() {
        return byLabel.values();
    }

    boolean disjoint(int first, int second) {
        for (ForkPath path : paths.get(first)) {
            if (paths.get(second).contains(path)) {
                return false;
            }
        }
        return true;
    }

    private static String key(Span span) {
        return span.depth() + "/" + span.label();
    }
}
