package dev.simscaffold.core.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shrink passes that edit the values of one fork path at a time; they follow the core passes of
 * Hypothesis' shrinker. Each pass proposes candidates to a {@link ShrinkState}, which keeps those that
 * still fail the same way and are simpler.
 */
final class ChoicePasses {

    private static final int[] CHUNK_SIZES = {8, 4, 2, 1};
    private static final int PAIR_WINDOW = 8;
    private static final int MAX_PAD = 4;
    private static final int PAIRWISE_LIMIT = 16;

    /**
     * How much {@link #tradePairs} lowers two choices by together: an integer's rank and the rank one
     * below differ in sign, and the most negative value's mirror is two ranks below it, so these flip
     * the signs of two integers at once ({@code -1 + MIN_VALUE} becomes {@code 1 + MAX_VALUE}).
     */
    private static final long[][] LOWER_BOTH = {{1, 1}, {1, 2}, {2, 1}};

    private ChoicePasses() {
    }

    /** Deletes chunks of 8, 4, 2 and 1 consecutive choices, from the end backwards. */
    static void deleteChunks(ShrinkState<?> state) {
        for (int size : CHUNK_SIZES) {
            for (ForkPath path : state.paths()) {
                int i = state.stream(path).size() - size;
                while (i >= 0 && !state.exhausted()) {
                    List<Long> values = state.values(path);
                    if (i + size > values.size()) {
                        i = values.size() - size;
                        continue;
                    }
                    List<Long> shorter = new ArrayList<>(values.subList(0, i));
                    shorter.addAll(values.subList(i + size, values.size()));
                    if (!state.tryStream(path, shorter)) {
                        i--;
                    }
                }
            }
        }
    }

    /** Lowers equal values together, all of them and then two at a time (sizes that must change in step). */
    static void lowerDuplicates(ShrinkState<?> state) {
        for (ForkPath path : state.paths()) {
            Map<Choice, List<Integer>> groups = new LinkedHashMap<>();
            List<Choice> choices = state.stream(path);
            for (int i = 0; i < choices.size(); i++) {
                if (!choices.get(i).isSimplest()) {
                    groups.computeIfAbsent(choices.get(i), c -> new ArrayList<>()).add(i);
                }
            }
            for (Map.Entry<Choice, List<Integer>> group : groups.entrySet()) {
                List<Integer> indices = group.getValue();
                if (indices.size() > 1) {
                    lowerTogether(state, path, indices, group.getKey().value());
                }
                if (indices.size() > 2 && indices.size() <= PAIRWISE_LIMIT) {
                    lowerPairs(state, path, indices, group.getKey());
                }
            }
        }
    }

    private static void lowerPairs(ShrinkState<?> state, ForkPath path, List<Integer> indices, Choice shared) {
        for (int a = 0; a < indices.size(); a++) {
            for (int b = a + 1; b < indices.size() && !state.exhausted(); b++) {
                List<Choice> now = state.stream(path);
                int i = indices.get(a);
                int j = indices.get(b);
                if (j < now.size() && now.get(i).equals(shared) && now.get(j).equals(shared)) {
                    lowerTogether(state, path, List.of(i, j), shared.value());
                }
            }
        }
    }

    private static void lowerTogether(ShrinkState<?> state, ForkPath path, List<Integer> indices, long value) {
        long lo = 0;
        long hi = value;
        if (setAll(state, path, indices, lo)) {
            return;
        }
        while (Long.compareUnsigned(hi - lo, 1) > 0 && !state.exhausted()) {
            long mid = lo + ((hi - lo) >>> 1);
            if (setAll(state, path, indices, mid)) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
    }

    private static boolean setAll(ShrinkState<?> state, ForkPath path, List<Integer> indices, long value) {
        List<Long> values = state.values(path);
        for (int index : indices) {
            if (index >= values.size()) {
                return false;
            }
            values.set(index, value);
        }
        return state.tryStream(path, values);
    }

    /** Minimises each choice: tries 0, then binary-searches the smallest value that still fails. */
    static void minimiseEach(ShrinkState<?> state) {
        for (ForkPath path : state.paths()) {
            for (int i = 0; i < state.stream(path).size() && !state.exhausted(); i++) {
                minimise(state, path, i);
            }
        }
    }

    /** Binary search for the smallest failing value at one index: lo never fails, hi always does. */
    private static void minimise(ShrinkState<?> state, ForkPath path, int index) {
        long hi = state.stream(path).get(index).value();
        if (hi == 0 || setAt(state, path, index, 0)) {
            return;
        }
        long lo = 0;
        while (Long.compareUnsigned(hi - lo, 1) > 0 && !state.exhausted()) {
            long mid = lo + ((hi - lo) >>> 1);
            if (setAt(state, path, index, mid)) {
                List<Choice> now = state.stream(path);
                if (index >= now.size() || now.get(index).value() != mid) {
                    return;
                }
                hi = mid;
            } else {
                lo = mid;
            }
        }
    }

    private static boolean setAt(ShrinkState<?> state, ForkPath path, int index, long value) {
        List<Long> values = state.values(path);
        values.set(index, value);
        return state.tryStream(path, values);
    }

    /**
     * Zeroes a choice and inserts up to 4 zeros after it: a fault decision that flips to "no fault" may
     * make the code draw more (a delivered message still decides its delay and duplication), and those
     * draws need simplest values of their own rather than the next decision's.
     */
    static void zeroAndPad(ShrinkState<?> state) {
        for (ForkPath path : state.paths()) {
            for (int i = 0; i < state.stream(path).size() && !state.exhausted(); i++) {
                if (state.stream(path).get(i).isSimplest()) {
                    continue;
                }
                for (int pad = 1; pad <= MAX_PAD; pad++) {
                    List<Long> values = state.values(path);
                    values.set(i, 0L);
                    for (int k = 0; k < pad; k++) {
                        values.add(i + 1, 0L);
                    }
                    if (state.tryStream(path, values)) {
                        break;
                    }
                }
            }
        }
    }

    /** Sorts the values of same-kind choices ascending, which puts the interesting element last. */
    static void sortSameKind(ShrinkState<?> state) {
        for (ForkPath path : state.paths()) {
            Map<List<Object>, List<Integer>> groups = new LinkedHashMap<>();
            List<Choice> choices = state.stream(path);
            for (int i = 0; i < choices.size(); i++) {
                Choice choice = choices.get(i);
                groups.computeIfAbsent(List.of(choice.kind(), choice.bound()), k -> new ArrayList<>()).add(i);
            }
            for (List<Integer> indices : groups.values()) {
                sortAt(state, path, indices);
            }
        }
    }

    private static void sortAt(ShrinkState<?> state, ForkPath path, List<Integer> indices) {
        List<Long> values = state.values(path);
        if (indices.size() < 2 || indices.get(indices.size() - 1) >= values.size()) {
            return;
        }
        List<Long> picked = new ArrayList<>();
        for (int index : indices) {
            picked.add(values.get(index));
        }
        picked.sort(Long::compareUnsigned);
        for (int k = 0; k < indices.size(); k++) {
            values.set(indices.get(k), picked.get(k));
        }
        state.tryStream(path, values);
    }

    /**
     * Changes two nearby choices of the same kind at once: first they trade places, then both go down
     * by one or two (flipping the signs of two integers together), then an amount moves from the earlier to the later, one down and one up. That reaches
     * failures no single-value edit can, such as {@code 1 + Integer.MAX_VALUE} or two values that must
     * stay in order.
     */
    static void tradePairs(ShrinkState<?> state) {
        for (ForkPath path : state.paths()) {
            for (int i = 0; i < state.stream(path).size() && !state.exhausted(); i++) {
                for (int j = i + 1; j <= i + PAIR_WINDOW && j < state.stream(path).size() && !state.exhausted(); j++) {
                    trade(state, path, i, j);
                }
            }
        }
    }

    private static void trade(ShrinkState<?> state, ForkPath path, int i, int j) {
        List<Choice> choices = state.stream(path);
        Choice from = choices.get(i);
        Choice to = choices.get(j);
        if (from.kind() != to.kind() || from.isSimplest()) {
            return;
        }
        List<Long> base = state.values(path);
        if (from.bound() == to.bound() && Long.compareUnsigned(from.value(), to.value()) > 0) {
            List<Long> swapped = new ArrayList<>(base);
            swapped.set(i, to.value());
            swapped.set(j, from.value());
            if (state.tryStream(path, swapped)) {
                return;
            }
        }
        if (from.kind() == ChoiceKind.BOOLEAN) {
            return;
        }
        for (long[] by : LOWER_BOTH) {
            if (Long.compareUnsigned(from.value(), by[0]) >= 0 && Long.compareUnsigned(to.value(), by[1]) >= 0) {
                List<Long> lowered = new ArrayList<>(base);
                lowered.set(i, from.value() - by[0]);
                lowered.set(j, to.value() - by[1]);
                if (state.tryStream(path, lowered)) {
                    return;
                }
            }
        }
        moveAmount(state, path, base, i, j, from.value());
    }

    /**
     * Finds the largest amount that can move from choice i to choice j, relative to the values before
     * the first move: the whole amount first, then exponentially growing amounts, then bisection. Amounts
     * are tried in steps of one, then of two: an integer's rank alternates sign, so only even amounts
     * move a magnitude from one integer to another without flipping signs.
     */
    private static void moveAmount(ShrinkState<?> state, ForkPath path, List<Long> base, int i, int j, long available) {
        if (shift(state, path, base, i, j, available)) {
            return;
        }
        for (long unit = 1; unit <= 2; unit++) {
            if (moveInSteps(state, path, base, i, j, available, unit)) {
                return;
            }
        }
    }

    private static boolean moveInSteps(ShrinkState<?> state, ForkPath path, List<Long> base, int i, int j, long available, long unit) {
        long good = 0;
        long bad = available;
        for (long step = unit; Long.compareUnsigned(step, available) < 0 && step > 0; step <<= 1) {
            if (!shift(state, path, base, i, j, step)) {
                bad = step;
                break;
            }
            good = step;
        }
        while (good != 0 && Long.compareUnsigned(bad - good, unit) > 0 && !state.exhausted()) {
            long mid = good + (((bad - good) / unit) >>> 1) * unit;
            if (mid == good) {
                break;
            }
            if (shift(state, path, base, i, j, mid)) {
                good = mid;
            } else {
                bad = mid;
            }
        }
        return good != 0;
    }

    private static boolean shift(ShrinkState<?> state, ForkPath path, List<Long> base, int i, int j, long amount) {
        List<Long> values = new ArrayList<>(base);
        values.set(i, values.get(i) - amount);
        values.set(j, values.get(j) + amount);
        return state.tryStream(path, values);
    }
}
