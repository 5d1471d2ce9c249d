package dev.simscaffold.core.check;

import dev.simscaffold.core.internal.StableHash;
import java.util.ArrayList;
import java.util.TreeSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Shrinks a failing test case by editing its choice sequence and replaying it; it knows nothing about
 * the values the choices turn into. A candidate is accepted only if it still fails (with the same
 * exception type, unless configured otherwise) and the choices it actually made are strictly simpler in
 * shortlex order, so shrinking always terminates.
 *
 * <p>Passes run in a fixed order, repeated until none makes progress or the budget is spent:
 * <ol>
 *   <li>delete chunks of 8, 4, 2 and 1 consecutive choices, from the end backwards (removes list
 *       elements, steps and fault decisions);</li>
 *   <li>lower equal values together, all of them and then two at a time (the signs of two equal
 *       numbers, or sizes that must change in step);</li>
 *   <li>minimise each choice: try 0, then binary-search the smallest value that still fails;</li>
 *   <li>zero a choice and insert up to 4 zeros after it: a fault decision that flips to "no fault"
 *       may make the code draw more (a delivered message still decides its delay and duplication),
 *       and those draws need simplest values of their own rather than the next decision's;</li>
 *   <li>sort the values of same-kind choices ascending (puts the interesting element last);</li>
 *   <li>move an amount from an earlier choice to a nearby later one (reaches boundaries such as
 *       {@code 1 + Integer.MAX_VALUE} that need two values to change in opposite directions).</li>
 * </ol>
 * These follow the core passes of Hypothesis' shrinker, adapted to one sub-sequence per fork path.
 */
final class Shrinker<T> {

    private static final int[] CHUNK_SIZES = {8, 4, 2, 1};
    private static final int REDISTRIBUTE_WINDOW = 8;
    private static final int MAX_PAD = 4;
    private static final int PAIRWISE_LIMIT = 16;

    private final TestCaseExecutor<T> executor;
    private final PropertySettings settings;
    private final long seed;
    private final Class<? extends Throwable> failureType;
    /** Fingerprints of the candidates already run, so that none runs twice; only asked, never iterated. */
    private final Set<Long> tried = new TreeSet<>();
    private Outcome<T> best;
    private int steps;
    private int attempts;

    Shrinker(TestCaseExecutor<T> executor, PropertySettings settings, long seed, Outcome<T> original) {
        this.executor = executor;
        this.settings = settings;
        this.seed = seed;
        this.failureType = original.failure().getClass();
        this.best = original;
    }

    Outcome<T> shrink() {
        boolean improved = true;
        while (improved && !exhausted()) {
            ChoiceSequence before = best.choices();
            deleteChunks();
            lowerDuplicates();
            minimiseEach();
            zeroAndPad();
            sortSameKind();
            redistribute();
            improved = best.choices().isSimplerThan(before);
        }
        return best;
    }

    int steps() {
        return steps;
    }

    int attempts() {
        return attempts;
    }

    private boolean exhausted() {
        return attempts >= settings.maxShrinkAttempts() || settings.stopShrinking().getAsBoolean();
    }

    /** Runs a candidate; adopts it if it fails the same way and made strictly simpler choices. */
    private boolean tryCandidate(SortedMap<ForkPath, List<Long>> candidate) {
        if (exhausted() || !tried.add(fingerprint(candidate))) {
            return false;
        }
        attempts++;
        Outcome<T> outcome = executor.replay(seed, candidate);
        boolean sameFailure = outcome.failed()
                && (settings.shrinkAcrossFailureTypes() || outcome.failure().getClass() == failureType);
        if (sameFailure && outcome.choices().isSimplerThan(best.choices())) {
            best = outcome;
            steps++;
            return true;
        }
        return false;
    }

    private static long fingerprint(SortedMap<ForkPath, List<Long>> candidate) {
        StableHash hash = new StableHash();
        for (Map.Entry<ForkPath, List<Long>> stream : candidate.entrySet()) {
            hash.putLong(stream.getKey().purposes().size());
            for (String purpose : stream.getKey().purposes()) {
                hash.putString(purpose);
            }
            hash.putLong(stream.getValue().size());
            for (long value : stream.getValue()) {
                hash.putLong(value);
            }
        }
        return hash.value();
    }

    private TreeMap<ForkPath, List<Long>> current() {
        return new TreeMap<>(ChoiceRecorder.valuesOf(best.choices()));
    }

    private List<Choice> stream(ForkPath path) {
        return best.choices().stream(path);
    }

    private List<ForkPath> paths() {
        return new ArrayList<>(best.choices().streams().keySet());
    }

    private boolean tryStream(ForkPath path, List<Long> values) {
        TreeMap<ForkPath, List<Long>> candidate = current();
        candidate.put(path, List.copyOf(values));
        return tryCandidate(candidate);
    }

    private static List<Long> valuesOf(List<Choice> choices) {
        List<Long> values = new ArrayList<>(choices.size());
        for (Choice choice : choices) {
            values.add(choice.value());
        }
        return values;
    }

    private void deleteChunks() {
        for (int size : CHUNK_SIZES) {
            for (ForkPath path : paths()) {
                int i = stream(path).size() - size;
                while (i >= 0 && !exhausted()) {
                    List<Long> values = valuesOf(stream(path));
                    if (i + size > values.size()) {
                        i = values.size() - size;
                        continue;
                    }
                    List<Long> shorter = new ArrayList<>(values.subList(0, i));
                    shorter.addAll(values.subList(i + size, values.size()));
                    if (!tryStream(path, shorter)) {
                        i--;
                    }
                }
            }
        }
    }

    private void lowerDuplicates() {
        for (ForkPath path : paths()) {
            Map<Choice, List<Integer>> groups = new LinkedHashMap<>();
            List<Choice> choices = stream(path);
            for (int i = 0; i < choices.size(); i++) {
                if (!choices.get(i).isSimplest()) {
                    groups.computeIfAbsent(choices.get(i), c -> new ArrayList<>()).add(i);
                }
            }
            for (Map.Entry<Choice, List<Integer>> group : groups.entrySet()) {
                List<Integer> indices = group.getValue();
                if (indices.size() > 1) {
                    lowerTogether(path, indices, group.getKey().value());
                }
                if (indices.size() > 2 && indices.size() <= PAIRWISE_LIMIT) {
                    lowerPairs(path, indices, group.getKey());
                }
            }
        }
    }

    /** Lowers two of a group's equal choices together, such as the signs of two equal list elements. */
    private void lowerPairs(ForkPath path, List<Integer> indices, Choice shared) {
        for (int a = 0; a < indices.size(); a++) {
            for (int b = a + 1; b < indices.size() && !exhausted(); b++) {
                List<Choice> now = stream(path);
                int i = indices.get(a);
                int j = indices.get(b);
                if (j < now.size() && now.get(i).equals(shared) && now.get(j).equals(shared)) {
                    lowerTogether(path, List.of(i, j), shared.value());
                }
            }
        }
    }

    private void lowerTogether(ForkPath path, List<Integer> indices, long value) {
        long lo = 0;
        long hi = value;
        if (setAll(path, indices, lo)) {
            return;
        }
        while (Long.compareUnsigned(hi - lo, 1) > 0 && !exhausted()) {
            long mid = lo + ((hi - lo) >>> 1);
            if (setAll(path, indices, mid)) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
    }

    private boolean setAll(ForkPath path, List<Integer> indices, long value) {
        List<Long> values = valuesOf(stream(path));
        for (int index : indices) {
            if (index >= values.size()) {
                return false;
            }
            values.set(index, value);
        }
        return tryStream(path, values);
    }

    private void minimiseEach() {
        for (ForkPath path : paths()) {
            for (int i = 0; i < stream(path).size() && !exhausted(); i++) {
                minimise(path, i);
            }
        }
    }

    /** Binary search for the smallest failing value at one index: lo never fails, hi always does. */
    private void minimise(ForkPath path, int index) {
        long hi = stream(path).get(index).value();
        if (hi == 0 || setAt(path, index, 0)) {
            return;
        }
        long lo = 0;
        while (Long.compareUnsigned(hi - lo, 1) > 0 && !exhausted()) {
            long mid = lo + ((hi - lo) >>> 1);
            if (setAt(path, index, mid)) {
                List<Choice> now = stream(path);
                if (index >= now.size() || now.get(index).value() != mid) {
                    return;
                }
                hi = mid;
            } else {
                lo = mid;
            }
        }
    }

    private boolean setAt(ForkPath path, int index, long value) {
        List<Long> values = valuesOf(stream(path));
        values.set(index, value);
        return tryStream(path, values);
    }

    private void zeroAndPad() {
        for (ForkPath path : paths()) {
            for (int i = 0; i < stream(path).size() && !exhausted(); i++) {
                if (stream(path).get(i).isSimplest()) {
                    continue;
                }
                for (int pad = 1; pad <= MAX_PAD; pad++) {
                    List<Long> values = valuesOf(stream(path));
                    values.set(i, 0L);
                    for (int k = 0; k < pad; k++) {
                        values.add(i + 1, 0L);
                    }
                    if (tryStream(path, values)) {
                        break;
                    }
                }
            }
        }
    }

    private void sortSameKind() {
        for (ForkPath path : paths()) {
            Map<List<Object>, List<Integer>> groups = new LinkedHashMap<>();
            List<Choice> choices = stream(path);
            for (int i = 0; i < choices.size(); i++) {
                Choice choice = choices.get(i);
                groups.computeIfAbsent(List.of(choice.kind(), choice.bound()), k -> new ArrayList<>()).add(i);
            }
            for (List<Integer> indices : groups.values()) {
                sortAt(path, indices);
            }
        }
    }

    private void sortAt(ForkPath path, List<Integer> indices) {
        List<Long> values = valuesOf(stream(path));
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
        tryStream(path, values);
    }

    private void redistribute() {
        for (ForkPath path : paths()) {
            for (int i = 0; i < stream(path).size() && !exhausted(); i++) {
                for (int j = i + 1; j <= i + REDISTRIBUTE_WINDOW && j < stream(path).size() && !exhausted(); j++) {
                    moveAmount(path, i, j);
                }
            }
        }
    }

    /**
     * Finds the largest amount that can move from choice i to choice j, relative to the values before
     * the first move: the whole amount first, then exponentially growing amounts, then bisection.
     */
    private void moveAmount(ForkPath path, int i, int j) {
        List<Choice> choices = stream(path);
        Choice from = choices.get(i);
        Choice to = choices.get(j);
        if (from.kind() == ChoiceKind.BOOLEAN || from.kind() != to.kind() || from.isSimplest()) {
            return;
        }
        List<Long> base = valuesOf(choices);
        long available = from.value();
        if (shift(path, base, i, j, available)) {
            return;
        }
        long good = 0;
        long bad = available;
        for (long step = 1; Long.compareUnsigned(step, available) < 0 && step > 0; step <<= 1) {
            if (!shift(path, base, i, j, step)) {
                bad = step;
                break;
            }
            good = step;
        }
        while (good != 0 && Long.compareUnsigned(bad - good, 1) > 0 && !exhausted()) {
            long mid = good + ((bad - good) >>> 1);
            if (shift(path, base, i, j, mid)) {
                good = mid;
            } else {
                bad = mid;
            }
        }
    }

    private boolean shift(ForkPath path, List<Long> base, int i, int j, long amount) {
        List<Long> values = new ArrayList<>(base);
        values.set(i, values.get(i) - amount);
        values.set(j, values.get(j) + amount);
        return tryStream(path, values);
    }
}
