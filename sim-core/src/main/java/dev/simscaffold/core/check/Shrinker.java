package dev.simscaffold.core.check;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Shrinks a failing test case by editing its choice sequence and replaying it; it knows nothing about
 * the values the choices turn into. A candidate is accepted only if it fails with the same
 * {@link FailureIdentity} as the original and is strictly simpler (fewer client operations and injected
 * actions, then simpler choices in shortlex order: {@link ShrinkState#isSimpler}), so shrinking always
 * terminates and the result is the bug the run first hit.
 *
 * <p>Passes run in a fixed order, repeated until none makes progress or the budget is spent. Each round
 * starts with the passes that remove whole units (client operations and injected actions, the unit a reader
 * counts), repeated until they stop removing any; for a failure that marks its cause ({@link MarkedCause}) they
 * include the mixed unit deletion ({@link UnitPasses}) and the shrink goes back to them whenever a later pass
 * removed a unit (lowering a timeout often moves the failure earlier, and the cut at its cause then takes most
 * of the run):
 * <ol>
 *   <li>units: cut the run short at the moment the failure names as its cause's completion
 *       ({@link SpanPasses#cutAtCause}, a history's first impossible operation), or keep only the draws before
 *       some point, found by exponential probing ({@link SpanPasses#cutTail}), or decline every fault and client
 *       operation from some point on ({@link SpanPasses#cutActions}); remove injected faults, deleted or declined,
 *       in adaptive runs ({@link FaultPasses}); remove operations and faults together the same way ({@link UnitPasses});</li>
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
 * One pass may spend at most an eighth of the budget in a round ({@link #PASS_SHARE}): on a protocol run a
 * chunk deletion or a pair trade walks thousands of choices and finds little, and without a cap it would eat
 * the attempts the passes after it put to better use. A pass stopped by its cap goes on in the next round
 * where it stopped (the candidates it already tried are not run again), and the shrink has converged only
 * after a round in which no pass was stopped and none made progress.
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

    /** What share of the budget one pass may spend in one round: an eighth. */
    static final int PASS_SHARE = 8;

    /** The passes after the unit phase, in the order one round runs them. */
    private static final List<Consumer<ShrinkState<?>>> PASSES = List.of(
            SpanPasses::deleteSpans,
            ChoicePasses::deleteChunks,
            SpanPasses::deletePairs,
            ValuePasses::deleteAndShiftDown,
            ChoicePasses::lowerDuplicates,
            ChoicePasses::minimiseEach,
            ValuePasses::lowerCommonOffset,
            ValuePasses::redistribute,
            ChoicePasses::zeroAndPad,
            ChoicePasses::sortSameKind,
            SpanPasses::swapAdjacent,
            ChoicePasses::tradePairs);

    /**
     * The passes that remove whole units, repeated until they stop removing any, for a failure that marks its
     * cause ({@link MarkedCause}): a later pass that removed a unit (lowering a timeout) often moved the cause
     * earlier, and the cut at the cause then takes most of the run, so the shrink comes back to these passes.
     */
    private static final List<Consumer<ShrinkState<?>>> UNIT_PASSES = List.of(
            SpanPasses::cutAtCause,
            SpanPasses::cutTail,
            SpanPasses::cutActions,
            FaultPasses::deleteFaults,
            UnitPasses::deleteUnits);

    /**
     * The cuts and fault removal that start each round for other failures, without the mixed unit deletion and
     * without coming back to them mid-round: on the lease without fencing (a harness run whose invariant breaks
     * mid-run) those two took the 20-seed median from 4.5 to 5 units, and either alone did too.
     */
    private static final List<Consumer<ShrinkState<?>>> CUT_PASSES = List.of(
            SpanPasses::cutAtCause,
            SpanPasses::cutTail,
            SpanPasses::cutActions,
            FaultPasses::deleteFaults);

    private ShrinkState<T> run(Outcome<T> start, int budget) {
        ShrinkState<T> state = new ShrinkState<>(executor, settings, seed, start, budget, cached, cutOff);
        int cap = Math.max(1, budget / PASS_SHARE);
        List<Consumer<ShrinkState<?>>> unitPasses = marksItsCause(start) ? UNIT_PASSES : CUT_PASSES;
        while (!state.exhausted()) {
            Outcome<T> before = state.best();
            boolean capped = removeUnits(state, unitPasses, cap);
            for (Consumer<ShrinkState<?>> pass : PASSES) {
                int units = ShrinkState.units(state.best());
                capped |= runCapped(state, pass, cap);
                if (unitPasses == UNIT_PASSES && ShrinkState.units(state.best()) < units) {
                    capped |= removeUnits(state, unitPasses, cap);
                }
            }
            if (!capped && !ShrinkState.isSimpler(state.best(), before)) {
                break;
            }
        }
        return state;
    }

    /** Whether a failure names the moment its cause was complete ({@link MarkedCause}), where the run can be cut. */
    private static boolean marksItsCause(Outcome<?> failing) {
        return failing.failure() instanceof MarkedCause cause && cause.causeMark().isPresent();
    }

    /** Runs the unit passes until a round of them removes no unit; returns whether a cap stopped one. */
    private static boolean removeUnits(ShrinkState<?> state, List<Consumer<ShrinkState<?>>> unitPasses, int cap) {
        boolean capped = false;
        int units;
        do {
            units = ShrinkState.units(state.best());
            for (Consumer<ShrinkState<?>> pass : unitPasses) {
                capped |= runCapped(state, pass, cap);
            }
        } while (ShrinkState.units(state.best()) < units && !state.exhausted());
        return capped;
    }

    /** Runs one pass with at most {@code cap} attempts; returns whether the cap stopped it. */
    private static boolean runCapped(ShrinkState<?> state, Consumer<ShrinkState<?>> pass, int cap) {
        state.capPass(cap);
        pass.accept(state);
        return state.uncapPass();
    }
}
