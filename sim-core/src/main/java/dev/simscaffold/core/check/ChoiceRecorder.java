package dev.simscaffold.core.check;

import dev.simscaffold.core.random.Xoshiro256StarStar;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The state one run's {@link ChoiceSource}s share: the prefix being replayed, the choices recorded so
 * far per fork path, and what to draw once the prefix runs out (fresh random values while generating,
 * the simplest value while shrinking).
 */
final class ChoiceRecorder {

    private final SortedMap<ForkPath, List<Long>> prefix;
    private final boolean randomFallback;
    private final int maxChoices;
    private final TreeMap<ForkPath, List<Choice>> recorded = new TreeMap<>();
    private final TreeMap<ForkPath, Xoshiro256StarStar> fresh = new TreeMap<>();
    private int total;

    ChoiceRecorder(SortedMap<ForkPath, List<Long>> prefix, boolean randomFallback, int maxChoices) {
        this.prefix = prefix;
        this.randomFallback = randomFallback;
        this.maxChoices = maxChoices;
    }

    /**
     * Returns the choice at {@code position} of {@code path}: the one already recorded there (a second
     * fork of the same purpose sees the same values), else the prefix's value brought into range, else
     * a fallback value; new choices are recorded.
     */
    long draw(ForkPath path, long pathSeed, int position, ChoiceKind kind, long bound, double probability) {
        List<Choice> stream = recorded.computeIfAbsent(path, p -> new ArrayList<>());
        if (position < stream.size()) {
            return fit(kind, bound, probability, stream.get(position).value());
        }
        if (total >= maxChoices) {
            throw Discard.overrun(maxChoices);
        }
        List<Long> replayed = prefix.getOrDefault(path, List.of());
        long raw = position < replayed.size() ? replayed.get(position) : fallback(path, pathSeed, kind, bound, probability);
        long value = fit(kind, bound, probability, raw);
        stream.add(new Choice(kind, kind == ChoiceKind.BOOLEAN ? 2 : bound, value));
        total++;
        return value;
    }

    ChoiceSequence choices() {
        return new ChoiceSequence(recorded);
    }

    private long fallback(ForkPath path, long pathSeed, ChoiceKind kind, long bound, double probability) {
        if (!randomFallback) {
            return 0;
        }
        Xoshiro256StarStar generator = fresh.computeIfAbsent(path, p -> new Xoshiro256StarStar(pathSeed));
        return switch (kind) {
            case RAW -> generator.nextLong();
            case BOUNDED -> generator.nextLong(bound);
            case BOOLEAN -> generator.nextBoolean(probability) ? 1 : 0;
        };
    }

    /**
     * Brings a replayed value into the current draw's range: modulo the bound (2 for booleans), which
     * is deterministic and never makes a value larger; a boolean of probability 0 or 1 is forced.
     */
    private static long fit(ChoiceKind kind, long bound, double probability, long value) {
        return switch (kind) {
            case RAW -> value;
            case BOUNDED -> Long.remainderUnsigned(value, bound);
            case BOOLEAN -> probability <= 0 ? 0 : probability >= 1 ? 1 : value & 1;
        };
    }

    static SortedMap<ForkPath, List<Long>> valuesOf(ChoiceSequence sequence) {
        TreeMap<ForkPath, List<Long>> values = new TreeMap<>();
        for (Map.Entry<ForkPath, List<Choice>> entry : sequence.streams().entrySet()) {
            List<Long> stream = new ArrayList<>(entry.getValue().size());
            for (Choice choice : entry.getValue()) {
                stream.add(choice.value());
            }
            values.put(entry.getKey(), stream);
        }
        return values;
    }
}
