package dev.simscaffold.core.explore.guided;

import dev.simscaffold.core.check.ForkPath;
import dev.simscaffold.core.check.Span;
import dev.simscaffold.core.random.SimRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Derives a mutant's plan from kept tries: per fork path the values to replay, {@code null} where a draw is to be
 * fresh, fresh past the end. Every decision comes from the search's own stream, so a search is a function of its
 * seed.
 */
final class Mutator {

    /** The largest distance, in draws of its stream, that {@link Mutation#SHIFT_FAULT} moves a fault. */
    static final int MAX_SHIFT = 64;

    /**
     * A mutant: what was done and the values to replay.
     *
     * @param mutation the mutation applied (a shift with no fault to move is applied as a span replacement)
     * @param plan the values per path, {@code null} for a fresh draw
     */
    record Mutant(Mutation mutation, TreeMap<ForkPath, List<Long>> plan) {
    }

    private Mutator() {
    }

    static Mutant mutate(Mutation mutation, TryRecording entry, TryRecording other, SimRandom random) {
        return switch (mutation) {
            case TRUNCATE -> new Mutant(mutation, truncate(entry, cut(entry, random)));
            case REPLACE_SPAN -> replaceSpan(entry, random);
            case SHIFT_FAULT -> shiftFault(entry, random);
            case SPLICE -> new Mutant(mutation, splice(entry, other, cut(entry, random)));
        };
    }

    /** A global index in {@code [1, size)}, 0 for a try of fewer than two draws. */
    private static int cut(TryRecording entry, SimRandom random) {
        int size = entry.size();
        return size < 2 ? 0 : 1 + random.nextInt(size - 1);
    }

    static TreeMap<ForkPath, List<Long>> truncate(TryRecording entry, int end) {
        TreeMap<ForkPath, List<Long>> plan = new TreeMap<>();
        entry.streams().forEach((path, draws) -> plan.put(path, valuesBefore(draws, end)));
        return plan;
    }

    static TreeMap<ForkPath, List<Long>> splice(TryRecording first, TryRecording second, int end) {
        TreeMap<ForkPath, List<Long>> plan = new TreeMap<>();
        first.streams().forEach((path, draws) -> plan.put(path, valuesBefore(draws, end)));
        second.streams().forEach((path, draws) -> {
            List<Long> values = plan.computeIfAbsent(path, p -> new ArrayList<>());
            for (int i = values.size(); i < draws.size(); i++) {
                values.add(draws.get(i).value());
            }
        });
        return plan;
    }

    private static Mutant replaceSpan(TryRecording entry, SimRandom random) {
        List<Span> faults = entry.firedFaults();
        List<Span> spans = !faults.isEmpty() && random.chance(0.5) ? faults : entry.nonEmptySpans();
        if (spans.isEmpty()) {
            return new Mutant(Mutation.TRUNCATE, truncate(entry, cut(entry, random)));
        }
        Span span = spans.get(random.nextInt(spans.size()));
        TreeMap<ForkPath, List<Long>> plan = entry.values();
        for (Map.Entry<ForkPath, List<Draw>> stream : entry.streams().entrySet()) {
            List<Long> values = plan.get(stream.getKey());
            for (Draw draw : stream.getValue()) {
                if (span.contains(draw.global())) {
                    values.set(draw.position(), null);
                }
            }
        }
        return new Mutant(Mutation.REPLACE_SPAN, plan);
    }

    private static Mutant shiftFault(TryRecording entry, SimRandom random) {
        List<Span> faults = entry.firedFaults();
        if (faults.isEmpty()) {
            return replaceSpan(entry, random);
        }
        Span fault = faults.get(random.nextInt(faults.size()));
        int distance = (int) random.between(1, MAX_SHIFT) * (random.chance(0.5) ? 1 : -1);
        TreeMap<ForkPath, List<Long>> plan = entry.values();
        for (Map.Entry<ForkPath, List<Draw>> stream : entry.streams().entrySet()) {
            int from = -1;
            int to = -1;
            for (Draw draw : stream.getValue()) {
                if (fault.contains(draw.global())) {
                    from = from < 0 ? draw.position() : from;
                    to = draw.position() + 1;
                }
            }
            if (from >= 0) {
                move(plan.get(stream.getKey()), from, to, distance);
            }
        }
        return new Mutant(Mutation.SHIFT_FAULT, plan);
    }

    /** Moves {@code values[from, to)} by {@code distance} places, kept within the list; the values it passes close up behind it. */
    static void move(List<Long> values, int from, int to, int distance) {
        List<Long> block = new ArrayList<>(values.subList(from, to));
        values.subList(from, to).clear();
        int at = Math.max(0, Math.min(values.size(), from + distance));
        values.addAll(at, block);
    }

    private static List<Long> valuesBefore(List<Draw> draws, int end) {
        List<Long> values = new ArrayList<>();
        for (Draw draw : draws) {
            if (draw.global() >= end) {
                break;
            }
            values.add(draw.value());
        }
        return values;
    }
}
