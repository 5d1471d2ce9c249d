package dev.simscaffold.core.check;

import java.util.ArrayList;
import java.util.List;

/**
 * Shrinks a failing test case by editing its choice sequence and replaying it; it knows nothing about
 * the values the choices turn into. A candidate is accepted only if it fails with the same
 * {@link FailureIdentity} as the original and its choices are strictly simpler in shortlex order, so
 * shrinking always terminates and the result is the bug the run first hit.
 *
 * <p>Passes run in a fixed order, repeated until none makes progress or the budget is spent:
 * <ol>
 *   <li>cut the run short: at the moment the failure names as its cause's completion ({@link SpanPasses#cutAtCause},
 *       a history's first impossible operation), or keep only the draws before some point, found by exponential probing
 *       ({@link SpanPasses#cutTail}), or decline every fault and client operation from some point on
 *       ({@link SpanPasses#cutActions});</li>
 *   <li>remove injected faults as units, deleted or declined, in adaptive runs ({@link FaultPasses});</li>
 *   <li>delete whole spans with the draws every path made during them, in adaptive runs of one label
 *       found by exponential probing ({@link SpanPasses}, {@link FindInteger});</li>
 *   <li>delete chunks of 8, 4, 2 and 1 consecutive choices of one path;</li>
 *   <li>delete a span together with the nearby spans of another kind that consumed it; delete a span and
 *       move every later integer one step toward its target ({@link ValuePasses});</li>
 *   <li>lower equal values together; minimise each choice; lower two integers by a common offset; move
 *       value from one integer to a later one; zero a choice and pad with zeros;</li>
 *   <li>sort same-kind choices; swap adjacent spans of one kind;</li>
 *   <li>change two nearby choices at once, one down and one up ({@link ChoicePasses}).</li>
 * </ol>
 * A candidate that would only repeat a run already made is not run again ({@link OutcomeCache}), and a
 * candidate's run stops as soon as it can no longer be adopted ({@link ShrinkCutoff}); the result says
 * whether the passes converged or a budget ended the shrink ({@link ShrinkEnd}).
 *
 * <p>Failures of another identity met on the way are kept, the simplest of each; after the main
 * failure is shrunk, each of them (up to {@link #MAX_OTHER_FAILURES}) is shrunk from its simplest
 * sighting with a share of the budget that is left, and reported after the main one.
 */
final class Shrinker<T> {

    /** How many other failures shrinking goes on to shrink and report. */
    static final int MAX_OTHER_FAILURES = 3;

    private final TestCaseExecutor<T> executor;
    private final PropertySettings settings;
    private final long seed;
    private final boolean cached;
    private final boolean cutOff;

    Shrinker(TestCaseExecutor<T> executor, PropertySettings settings, long seed) {
        this(executor, settings, seed, true, true);
    }

    /**
     * A shrinker with or without the {@link OutcomeCache} and the {@link ShrinkCutoff}; without, only to show
     * what they change.
     */
    Shrinker(TestCaseExecutor<T> executor, PropertySettings settings, long seed, boolean cached, boolean cutOff) {
        this.executor = executor;
        this.settings = settings;
        this.seed = seed;
        this.cached = cached;
        this.cutOff = cutOff;
    }

    /** The shrunk failure, the other failures met while shrinking it, and what it cost. */
    record Result<T>(Outcome<T> shrunk, List<Outcome<T>> others, int steps, int attempts, ShrinkEnd end) {
    }

    Result<T> shrink(Outcome<T> original) {
        ShrinkState<T> main = run(original, settings.maxShrinkAttempts());
        List<Outcome<T>> others = new ArrayList<>();
        int attempts = main.attempts();
        List<Outcome<T>> sightings = new ArrayList<>(main.others().values());
        for (int i = 0; i < sightings.size() && others.size() < MAX_OTHER_FAILURES; i++) {
            int share = (settings.maxShrinkAttempts() - attempts) / (MAX_OTHER_FAILURES - others.size());
            ShrinkState<T> other = run(sightings.get(i), Math.max(0, share));
            attempts += other.attempts();
            others.add(other.best());
        }
        return new Result<>(main.best(), others, main.steps(), attempts, main.end());
    }

    private ShrinkState<T> run(Outcome<T> start, int budget) {
        ShrinkState<T> state = new ShrinkState<>(executor, settings, seed, start, budget, cached, cutOff);
        boolean improved = true;
        while (improved && !state.exhausted()) {
            ChoiceSequence before = state.best().choices();
            SpanPasses.cutAtCause(state);
            SpanPasses.cutTail(state);
            SpanPasses.cutActions(state);
            FaultPasses.deleteFaults(state);
            SpanPasses.deleteSpans(state);
            ChoicePasses.deleteChunks(state);
            SpanPasses.deletePairs(state);
            ValuePasses.deleteAndShiftDown(state);
            ChoicePasses.lowerDuplicates(state);
            ChoicePasses.minimiseEach(state);
            ValuePasses.lowerCommonOffset(state);
            ValuePasses.redistribute(state);
            ChoicePasses.zeroAndPad(state);
            ChoicePasses.sortSameKind(state);
            SpanPasses.swapAdjacent(state);
            ChoicePasses.tradePairs(state);
            improved = state.best().choices().isSimplerThan(before);
        }
        return state;
    }
}
