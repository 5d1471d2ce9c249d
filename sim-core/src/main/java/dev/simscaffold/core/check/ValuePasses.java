package dev.simscaffold.core.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The shrink passes that edit integers by their values rather than their ranks: the recorder marks
 * which choices are the ranks of {@code Gen.ints} / {@code Gen.longs} draws, with their range and
 * target, so these passes can move a value toward its target by an amount and rank it again. They
 * follow Hypothesis' {@code lower_common_node_offset} and {@code redistribute_numeric_pairs}:
 * <ul>
 *   <li>two integers that must stay a fixed distance apart ({@code x >= 10 && |x - y| <= 4}) cannot be
 *       lowered one at a time, each blocks the other; lowering both by a common offset can;</li>
 *   <li>two integers whose sum must stay past a bound (a 16-bit sum that must wrap) cannot be lowered one
 *       at a time either; moving value from the earlier to the later can;</li>
 *   <li>a list of indices into itself ({@code [0, 2, 1]}) cannot lose an element unless every index
 *       after it goes down by one with it.</li>
 * </ul>
 * Amounts are found by exponential probing ({@link FindInteger}), so a distance of two billion costs
 * about sixty runs, not two billion.
 */
final class ValuePasses {

    /** How many choices ahead of an integer its partner may be (Hypothesis looks 4 ahead too). */
    private static final int WINDOW = 4;

    /** Deleting a span while shifting later integers runs only on runs with at most this many spans. */
    private static final int SHIFT_SPAN_LIMIT = 64;

    private ValuePasses() {
    }

    /** An integer choice of the current best case: where it is, its ranking, and its value. */
    private record Ranked(ForkPath path, int position, Integers.Ranking ranking, long value) {

        long distance() {
            return value >= ranking.target ? value - ranking.target : ranking.target - value;
        }

        /**
         * The rank of the value moved {@code amount} toward the target (away from it if negative), or null
         * if that leaves the range or overflows.
         */
        Long rankToward(long amount) {
            long delta = value >= ranking.target ? -amount : amount;
            long moved = value + delta;
            boolean overflow = ((value ^ moved) & (delta ^ moved)) < 0;
            if (overflow || moved < ranking.min || moved > ranking.max) {
                return null;
            }
            return ranking.rankOf(moved);
        }
    }

    private static List<Ranked> integers(ShrinkState<?> state, ForkPath path) {
        List<Ranked> found = new ArrayList<>();
        List<Choice> choices = state.stream(path);
        for (int i = 0; i < choices.size(); i++) {
            Integers.Ranking ranking = state.log().ranking(path, i);
            if (ranking != null) {
                found.add(new Ranked(path, i, ranking, ranking.valueOf(choices.get(i).value())));
            }
        }
        return found;
    }

    /** Lowers two nearby integers toward their targets by the largest common offset that still fails. */
    static void lowerCommonOffset(ShrinkState<?> state) {
        for (ForkPath path : state.paths()) {
            for (int a = 0; !state.exhausted(); a++) {
                List<Ranked> ints = integers(state, path);
                if (a >= ints.size()) {
                    break;
                }
                for (int b = a + 1; b < ints.size() && !state.exhausted(); b++) {
                    Ranked first = ints.get(a);
                    Ranked second = ints.get(b);
                    if (second.position() - first.position() > WINDOW) {
                        break;
                    }
                    if (first.distance() > 0 && second.distance() > 0 && first.value() != second.value()) {
                        List<Long> base = state.values(path);
                        long most = Math.min(first.distance(), second.distance());
                        FindInteger.largest(most, k -> set(state, path, base, first, first.rankToward(k), second, second.rankToward(k)));
                        ints = integers(state, path);
                    }
                }
            }
        }
    }

    /** Moves value from an integer to a later one nearby: the first toward its target, the second as far the other way. */
    static void redistribute(ShrinkState<?> state) {
        for (ForkPath path : state.paths()) {
            for (int a = 0; !state.exhausted(); a++) {
                List<Ranked> ints = integers(state, path);
                if (a >= ints.size()) {
                    break;
                }
                for (int b = a + 1; b < ints.size() && !state.exhausted(); b++) {
                    Ranked first = ints.get(a);
                    Ranked second = ints.get(b);
                    if (second.position() - first.position() > WINDOW) {
                        break;
                    }
                    if (first.distance() == 0) {
                        break;
                    }
                    boolean firstAbove = first.value() >= first.ranking().target;
                    boolean secondAbove = second.value() >= second.ranking().target;
                    List<Long> base = state.values(path);
                    FindInteger.largest(first.distance(), k -> set(state, path, base, first, first.rankToward(k),
                            second, second.rankToward(firstAbove == secondAbove ? -k : k)));
                    ints = integers(state, path);
                }
            }
        }
    }

    private static boolean set(ShrinkState<?> state, ForkPath path, List<Long> base, Ranked first, Long firstRank, Ranked second, Long secondRank) {
        if (firstRank == null || secondRank == null) {
            return false;
        }
        List<Long> values = new ArrayList<>(base);
        values.set(first.position(), firstRank);
        values.set(second.position(), secondRank);
        return state.tryStream(path, values);
    }

    /**
     * Deletes a span and moves every integer drawn after it one step toward its target: what deleting
     * an element of a list of indices into the same list needs. Only for runs of at most
     * {@link #SHIFT_SPAN_LIMIT} spans, since it is one run per span and rarely helps a long simulation.
     */
    static void deleteAndShiftDown(ShrinkState<?> state) {
        int i = state.log().spans().size() - 1;
        while (i >= 0 && !state.exhausted()) {
            DrawLog log = state.log();
            if (log.spans().size() > SHIFT_SPAN_LIMIT) {
                return;
            }
            if (i >= log.spans().size()) {
                i = log.spans().size() - 1;
                continue;
            }
            Span cut = log.spans().get(i);
            if (cut.size() == 0 || !state.tryCandidate(shiftedAfter(log, cut))) {
                i--;
            }
        }
    }

    private static TreeMap<ForkPath, List<Long>> shiftedAfter(DrawLog log, Span cut) {
        TreeMap<ForkPath, List<Long>> result = new TreeMap<>();
        for (Map.Entry<ForkPath, List<Choice>> stream : log.choices().streams().entrySet()) {
            ForkPath path = stream.getKey();
            List<Integer> indices = log.order().getOrDefault(path, List.of());
            List<Long> kept = new ArrayList<>();
            for (int p = 0; p < stream.getValue().size(); p++) {
                int global = indices.get(p);
                long rank = stream.getValue().get(p).value();
                if (cut.contains(global)) {
                    continue;
                }
                Integers.Ranking ranking = log.ranking(path, p);
                if (global >= cut.end() && ranking != null && rank != 0) {
                    Long rankOne = new Ranked(path, p, ranking, ranking.valueOf(rank)).rankToward(1);
                    kept.add(rankOne == null ? rank : rankOne);
                } else {
                    kept.add(rank);
                }
            }
            result.put(path, kept);
        }
        return result;
    }
}
