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
 *   <li>delete whole spans with the draws every path made during them ({@link SpanPasses});</li>
 *   <li>delete chunks of 8, 4, 2 and 1 consecutive choices of one path;</li>
 *   <li>delete a span together with the nearby spans of another kind that consumed it;</li>
 *   <li>lower equal values together; minimise each choice; zero a choice and pad with zeros;</li>
 *   <li>sort same-kind choices; swap adjacent spans of one kind;</li>
 *   <li>change two nearby choices at once, one down and one up ({@link ChoicePasses}).</li>
 * </ol>
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

    Shrinker(TestCaseExecutor<T> executor, PropertySettings settings, long seed) {
        this.executor = executor;
        this.settings = settings;
        this.seed = seed;
    }

    /** The shrunk failure, the other failures met while shrinking it, and what it cost. */
    record Result<T>(Outcome<T> shrunk, List<Outcome<T>> others, int steps, int attempts) {
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
        return new Result<>(main.best(), others, main.steps(), attempts);
    }

    private ShrinkState<T> run(Outcome<T> start, int budget) {
        ShrinkState<T> state = new ShrinkState<>(executor, settings, seed, start, budget);
        boolean improved = true;
        while (improved && !state.exhausted()) {
            ChoiceSequence before = state.best().choices();
            SpanPasses.deleteSpans(state);
            ChoicePasses.deleteChunks(state);
            SpanPasses.deletePairs(state);
            ChoicePasses.lowerDuplicates(state);
            ChoicePasses.minimiseEach(state);
            ChoicePasses.zeroAndPad(state);
            ChoicePasses.sortSameKind(state);
            SpanPasses.swapAdjacent(state);
            ChoicePasses.tradePairs(state);
            improved = state.best().choices().isSimplerThan(before);
        }
        return state;
    }
}
