package dev.simscaffold.core.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything one run recorded about its draws: the choices of each fork path, the global order in which
 * they were made, and the spans that grouped them. The choices alone replay the run; the order and the
 * spans are what the shrinker needs to delete a unit of work together with the draws other streams made
 * during it.
 *
 * @param choices the choices, one sub-sequence per fork path
 * @param order for each path, the global index of each of its choices, in the same positions
 * @param spans the spans, in the order they opened
 * @param rankings for each path, the positions whose choice is an integer's rank, with its ranking
 */
record DrawLog(ChoiceSequence choices, SortedMap<ForkPath, List<Integer>> order, List<Span> spans,
        SortedMap<ForkPath, ? extends SortedMap<Integer, Integers.Ranking>> rankings) {

    static final DrawLog EMPTY = new DrawLog(ChoiceSequence.EMPTY, new TreeMap<>(), List.of(), new TreeMap<>());

    DrawLog {
        TreeMap<ForkPath, List<Integer>> copy = new TreeMap<>();
        for (Map.Entry<ForkPath, List<Integer>> entry : order.entrySet()) {
            if (!entry.getValue().isEmpty()) {
                copy.put(entry.getKey(), List.copyOf(entry.getValue()));
            }
        }
        order = Collections.unmodifiableSortedMap(copy);
        spans = List.copyOf(spans);
        TreeMap<ForkPath, SortedMap<Integer, Integers.Ranking>> ranked = new TreeMap<>();
        for (Map.Entry<ForkPath, ? extends SortedMap<Integer, Integers.Ranking>> entry : rankings.entrySet()) {
            ranked.put(entry.getKey(), Collections.unmodifiableSortedMap(new TreeMap<>(entry.getValue())));
        }
        rankings = Collections.unmodifiableSortedMap(ranked);
    }

    /** The ranking of the integer whose rank is the choice at {@code position} of {@code path}, or null. */
    Integers.Ranking ranking(ForkPath path, int position) {
        SortedMap<Integer, Integers.Ranking> ranked = rankings.get(path);
        return ranked == null ? null : ranked.get(position);
    }

    /** The values of every path, as a replayable prefix. */
    TreeMap<ForkPath, List<Long>> values() {
        return new TreeMap<>(ChoiceRecorder.valuesOf(choices));
    }

    /**
     * The values left when every draw whose global index lies in one of the given spans is removed,
     * on every path: the run with those units of work cut out.
     */
    TreeMap<ForkPath, List<Long>> without(List<Span> cut) {
        TreeMap<ForkPath, List<Long>> result = new TreeMap<>();
        for (Map.Entry<ForkPath, List<Choice>> stream : choices.streams().entrySet()) {
            List<Integer> indices = order.getOrDefault(stream.getKey(), List.of());
            List<Long> kept = new ArrayList<>();
            for (int i = 0; i < stream.getValue().size(); i++) {
                if (!inAny(cut, indices.get(i))) {
                    kept.add(stream.getValue().get(i).value());
                }
            }
            result.put(stream.getKey(), kept);
        }
        return result;
    }

    /**
     * The values of the draws made before global index {@code end}, on every path: the run cut off there,
     * to go on with the simplest values (no more operations, no more faults).
     */
    TreeMap<ForkPath, List<Long>> before(int end) {
        TreeMap<ForkPath, List<Long>> result = new TreeMap<>();
        for (Map.Entry<ForkPath, List<Choice>> stream : choices.streams().entrySet()) {
            List<Integer> indices = order.getOrDefault(stream.getKey(), List.of());
            List<Long> kept = new ArrayList<>();
            for (int i = 0; i < stream.getValue().size() && indices.get(i) < end; i++) {
                kept.add(stream.getValue().get(i).value());
            }
            result.put(stream.getKey(), kept);
        }
        return result;
    }

    /**
     * The values with every given span's draws removed except its first, which becomes 0: each span
     * turned into a decision that said no (a fault that did not happen), on whatever path it drew.
     */
    TreeMap<ForkPath, List<Long>> declined(List<Span> cut) {
        TreeMap<ForkPath, List<Long>> result = new TreeMap<>();
        for (Map.Entry<ForkPath, List<Choice>> stream : choices.streams().entrySet()) {
            List<Integer> indices = order.getOrDefault(stream.getKey(), List.of());
            List<Long> kept = new ArrayList<>();
            for (int i = 0; i < stream.getValue().size(); i++) {
                int global = indices.get(i);
                if (!inAny(cut, global)) {
                    kept.add(stream.getValue().get(i).value());
                } else if (startsAny(cut, global)) {
                    kept.add(0L);
                }
            }
            result.put(stream.getKey(), kept);
        }
        return result;
    }

    private static boolean startsAny(List<Span> spans, int global) {
        for (Span span : spans) {
            if (span.start() == global) {
                return true;
            }
        }
        return false;
    }

    /**
     * The values with the draws of two disjoint spans exchanged on every path: on each path the
     * first span's draws take the place of the second's and the other way round.
     */
    TreeMap<ForkPath, List<Long>> swapped(Span first, Span second) {
        TreeMap<ForkPath, List<Long>> result = new TreeMap<>();
        for (Map.Entry<ForkPath, List<Choice>> stream : choices.streams().entrySet()) {
            List<Integer> indices = order.getOrDefault(stream.getKey(), List.of());
            List<Long> before = new ArrayList<>();
            List<Long> a = new ArrayList<>();
            List<Long> middle = new ArrayList<>();
            List<Long> b = new ArrayList<>();
            List<Long> after = new ArrayList<>();
            for (int i = 0; i < stream.getValue().size(); i++) {
                int global = indices.get(i);
                long value = stream.getValue().get(i).value();
                if (global < first.start()) {
                    before.add(value);
                } else if (first.contains(global)) {
                    a.add(value);
                } else if (global < second.start()) {
                    middle.add(value);
                } else if (second.contains(global)) {
                    b.add(value);
                } else {
                    after.add(value);
                }
            }
            before.addAll(b);
            before.addAll(middle);
            before.addAll(a);
            before.addAll(after);
            result.put(stream.getKey(), before);
        }
        return result;
    }

    /**
     * What each top-level span decided, for the ones that made at least one choice other than the
     * simplest value, in the order they opened.
     */
    List<SpanDecisions> decisions() {
        List<SpanDecisions> decisions = new ArrayList<>();
        TreeMap<String, Integer> ordinals = new TreeMap<>();
        for (Span span : spans) {
            if (span.depth() != 0) {
                continue;
            }
            int ordinal = ordinals.merge(span.label(), 1, Integer::sum);
            TreeMap<ForkPath, List<Choice>> made = new TreeMap<>();
            for (Map.Entry<ForkPath, List<Choice>> stream : choices.streams().entrySet()) {
                List<Integer> indices = order.getOrDefault(stream.getKey(), List.of());
                for (int i = 0; i < stream.getValue().size(); i++) {
                    Choice choice = stream.getValue().get(i);
                    if (!choice.isSimplest() && span.contains(indices.get(i))) {
                        made.computeIfAbsent(stream.getKey(), path -> new ArrayList<>()).add(choice);
                    }
                }
            }
            if (!made.isEmpty()) {
                decisions.add(new SpanDecisions(span, ordinal, made));
            }
        }
        return decisions;
    }

    /** The paths that drew inside a span. */
    List<ForkPath> pathsIn(Span span) {
        List<ForkPath> paths = new ArrayList<>();
        for (Map.Entry<ForkPath, List<Integer>> entry : order.entrySet()) {
            for (int global : entry.getValue()) {
                if (span.contains(global)) {
                    paths.add(entry.getKey());
                    break;
                }
            }
        }
        return paths;
    }

    private static boolean inAny(List<Span> spans, int global) {
        for (Span span : spans) {
            if (span.contains(global)) {
                return true;
            }
        }
        return false;
    }
}
