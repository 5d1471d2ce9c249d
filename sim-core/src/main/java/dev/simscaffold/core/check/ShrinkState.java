package dev.simscaffold.core.check;

import dev.simscaffold.core.internal.StableHash;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the shrink passes share: the best failing test case so far, the budget, and the rule for which
 * candidates count. A candidate is adopted only if it fails with the same {@link FailureIdentity} key as
 * the original and is strictly simpler ({@link #isSimpler}), so shrinking terminates and never slides to another
 * bug. Failures of another key are kept aside, the simplest of each, to be reported after the main one.
 */
final class ShrinkState<T> {

    private final TestCaseExecutor<T> executor;
    private final PropertySettings settings;
    private final long seed;
    private final String target;
    private final int budget;
    /**
     * Fingerprints of the candidates already run, so that none runs twice; only asked, never iterated.
     * Trailing zeros are left out, since a replay past the end of a path draws zeros anyway.
     */
    private final Set<Long> tried = new TreeSet<>();
    /** The runs already made, by what they read: a candidate that would repeat one is not run again. */
    private final OutcomeCache cache;
    /** Other failures met, by identity key, in the order they were first met. */
    private final Map<String, Outcome<T>> others = new LinkedHashMap<>();
    private Outcome<T> best;
    private int steps;
    private int attempts;
    private ShrinkEnd end = ShrinkEnd.CONVERGED;
    /** The attempt count at which the pass running now must stop ({@link #capPass}). */
    private int passLimit = Integer.MAX_VALUE;
    /** Whether the pass running now was stopped by its cap. */
    private boolean passCapped;

    /** Whether a candidate's run is abandoned once it can no longer be adopted ({@link ShrinkCutoff}). */
    private final boolean cutOff;

    ShrinkState(TestCaseExecutor<T> executor, PropertySettings settings, long seed, Outcome<T> original, int budget, boolean cached,
            boolean cutOff) {
        this.cache = cached ? new OutcomeCache() : null;
        this.cutOff = cutOff;
        this.executor = executor;
        this.settings = settings;
        this.seed = seed;
        this.target = settings.failureIdentity().keyOf(original.failure());
        this.budget = budget;
        this.best = original;
    }

    Outcome<T> best() {
        return best;
    }

    DrawLog log() {
        return best.log();
    }

    int steps() {
        return steps;
    }

    int attempts() {
        return attempts;
    }

    Map<String, Outcome<T>> others() {
        return others;
    }

    /** Whether the attempt budget or the stop hook ended the shrink, once either has said so. */
    ShrinkEnd end() {
        return end;
    }

    /**
     * Whether the budget is spent or the stop hook asks to stop, the first reason kept for {@link #end()}; or
     * whether the pass running now has spent its cap ({@link #capPass}), which ends only that pass.
     */
    boolean exhausted() {
        if (end != ShrinkEnd.CONVERGED) {
            return true;
        }
        if (attempts >= budget) {
            end = ShrinkEnd.ATTEMPT_BUDGET;
        } else if (settings.stopShrinking().getAsBoolean()) {
            end = ShrinkEnd.STOP_HOOK;
        }
        if (end != ShrinkEnd.CONVERGED) {
            return true;
        }
        if (attempts >= passLimit) {
            passCapped = true;
        }
        return passCapped;
    }

    /**
     * Lets the next pass spend at most {@code cap} attempts: one pass that finds little on a long run (a chunk
     * deletion walks thousands of choices) cannot eat the budget the passes after it would use better.
     */
    void capPass(int cap) {
        passLimit = (int) Math.min(Integer.MAX_VALUE, (long) attempts + cap);
        passCapped = false;
    }

    /** Lifts the cap; returns whether the pass it held was stopped by it. */
    boolean uncapPass() {
        boolean capped = passCapped;
        passLimit = Integer.MAX_VALUE;
        passCapped = false;
        return capped;
    }

    /** The whole attempt budget of this shrink. */
    int budget() {
        return budget;
    }

    /**
     * Whether one failing case is simpler than another: fewer units ({@link ActionCount}: client operations
     * plus injected actions), then simpler choices ({@link ChoiceSequence#compareTo}). Units come first because
     * they are what a reader counts and what the choices do not order well on a protocol run: a message that is
     * delivered instead of dropped wakes timers that draw new timeouts, so the run with one fault fewer often
     * makes more non-simplest choices, and ordering by choices alone would keep the fault. A run without
     * operation or fault spans has no units, and is ordered by its choices alone, as before. A lexicographic
     * order of a count and a total order on a finite set, so shrinking still terminates.
     */
    static boolean isSimpler(Outcome<?> candidate, Outcome<?> than) {
        int byUnits = Integer.compare(units(candidate), units(than));
        return byUnits != 0 ? byUnits < 0 : candidate.choices().isSimplerThan(than.choices());
    }

    static int units(Outcome<?> outcome) {
        return ActionCount.of(outcome.log().spans()).total();
    }

    /** Runs a candidate; adopts it if it fails the same way and is strictly simpler ({@link #isSimpler}). */
    boolean tryCandidate(SortedMap<ForkPath, List<Long>> candidate) {
        if (exhausted() || !tried.add(fingerprint(candidate))) {
            return false;
        }
        if (cache != null && cache.known(candidate)) {
            return false;
        }
        attempts++;
        Outcome<T> outcome = cutOff ? executor.replayAgainst(seed, candidate, units(best), best.choices()) : executor.replay(seed, candidate);
        if (cache != null) {
            cache.remember(candidate, outcome.choices());
        }
        if (!outcome.failed()) {
            return false;
        }
        String key = settings.failureIdentity().keyOf(outcome.failure());
        if (!key.equals(target)) {
            Outcome<T> known = others.get(key);
            if (known == null || isSimpler(outcome, known)) {
                others.put(key, outcome);
            }
            return false;
        }
        if (isSimpler(outcome, best)) {
            best = outcome;
            steps++;
            return true;
        }
        return false;
    }

    /** Runs the current choices with one path's values replaced. */
    boolean tryStream(ForkPath path, List<Long> values) {
        TreeMap<ForkPath, List<Long>> candidate = log().values();
        candidate.put(path, List.copyOf(values));
        return tryCandidate(candidate);
    }

    List<Choice> stream(ForkPath path) {
        return best.choices().stream(path);
    }

    List<Long> values(ForkPath path) {
        List<Choice> choices = stream(path);
        List<Long> values = new ArrayList<>(choices.size());
        for (Choice choice : choices) {
            values.add(choice.value());
        }
        return values;
    }

    List<ForkPath> paths() {
        return new ArrayList<>(best.choices().streams().keySet());
    }

    private static long fingerprint(SortedMap<ForkPath, List<Long>> candidate) {
        StableHash hash = new StableHash();
        for (Map.Entry<ForkPath, List<Long>> stream : candidate.entrySet()) {
            List<Long> values = stream.getValue();
            int length = values.size();
            while (length > 0 && values.get(length - 1) == 0) {
                length--;
            }
            if (length == 0) {
                continue;
            }
            hash.putLong(stream.getKey().purposes().size());
            for (String purpose : stream.getKey().purposes()) {
                hash.putString(purpose);
            }
            hash.putLong(length);
            for (int i = 0; i < length; i++) {
                hash.putLong(values.get(i));
            }
        }
        return hash.value();
    }
}
