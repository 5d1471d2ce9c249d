package dev.simscaffold.core.check;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.explore.Strategy;
import dev.simscaffold.core.explore.StrategyCarrier;
import dev.simscaffold.core.internal.Require;
import dev.simscaffold.core.random.RandomSource;
import dev.simscaffold.core.random.Sampler;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.random.Xoshiro256StarStar;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A {@link RandomSource} that records every draw as a {@link Choice}, or replays a recorded
 * {@link ChoiceSequence}. Put it behind a {@link SimRandom} and every user of that stream (generators,
 * the harness's clock and effect faults, {@code FaultConfig.swarm}) becomes replayable and shrinkable
 * without knowing it.
 *
 * <p><b>Forks map to sub-sequences.</b> Each fork path ({@code root}, {@code sim/effects}, ...) has a
 * sub-sequence of its own, rather than all draws sharing one global sequence in draw order. Forks are
 * meant to be independent consumers; with one sub-sequence each, deleting a generated input does not
 * shift the fault decisions replayed to another fork, so a shrink in one place does not scramble the
 * others, and shrinking converges faster and more stably. Forking the same purpose twice gives streams
 * that replay the same choices, just as the default generator gives them the same numbers.
 *
 * <p>While recording, draws past the replayed prefix come from a {@link Xoshiro256StarStar} per fork
 * path, seeded exactly as {@code SimRandom.seeded(seed)} would seed it: a recorded run draws the same
 * numbers as an unrecorded run with the same seed. While replaying, draws past the prefix take the
 * simplest value (0, false). A replayed value out of range for the current draw is reduced modulo the
 * bound (2 for booleans), which is deterministic and never makes a value larger.
 *
 * <p>Every draw also gets a global index, the order it was made in across all paths, and
 * {@link #startSpan(String) spans} record which draws one unit of work made, on any path: the shrinker
 * deletes a harness step together with the clock and fault decisions that step drew from other forks.
 *
 * <p>A run may make at most {@code maxChoices} choices; the next draw abandons the test case, which the
 * property runner counts as discarded rather than as a failure.
 */
@Api(Api.Status.EXPERIMENTAL)
public final class ChoiceSource implements RandomSource, StrategyCarrier {

    private final ChoiceRecorder recorder;
    private final ForkPath path;
    private final long seed;
    private int position;

    private ChoiceSource(ChoiceRecorder recorder, ForkPath path, long seed) {
        this.recorder = recorder;
        this.path = path;
        this.seed = seed;
    }

    /**
     * Creates a source that draws fresh values for a seed and records them.
     *
     * @param seed the seed; the values equal those of {@code SimRandom.seeded(seed)}
     * @param maxChoices the most choices the run may make, {@code > 0}
     * @return the root source of the run
     */
    public static ChoiceSource recording(long seed, int maxChoices) {
        return recording(seed, maxChoices, PropertySettings.DEFAULT_MAX_DEPTH, Strategy.uniform());
    }

    static ChoiceSource recording(long seed, int maxChoices, int maxDepth, Strategy strategy) {
        Require.positive("maxChoices", maxChoices);
        return new ChoiceSource(new ChoiceRecorder(new TreeMap<>(), true, maxChoices, maxDepth, strategy), ForkPath.ROOT, seed);
    }

    /**
     * Creates a source that replays a sequence, then draws the simplest values.
     *
     * @param choices the sequence to replay
     * @param seed the seed reported by {@link #seed()} (and derived for forks)
     * @param maxChoices the most choices the run may make, {@code > 0}
     * @return the root source of the run
     */
    public static ChoiceSource replaying(ChoiceSequence choices, long seed, int maxChoices) {
        Require.present("choices", choices);
        return replayingValues(ChoiceRecorder.valuesOf(choices), seed, maxChoices, PropertySettings.DEFAULT_MAX_DEPTH, Strategy.uniform());
    }

    static ChoiceSource replayingValues(SortedMap<ForkPath, List<Long>> values, long seed, int maxChoices, int maxDepth, Strategy strategy) {
        Require.positive("maxChoices", maxChoices);
        return new ChoiceSource(new ChoiceRecorder(values, false, maxChoices, maxDepth, strategy), ForkPath.ROOT, seed);
    }

    /**
     * Returns the strategy of the property this run belongs to ({@link PropertySettings#strategy()}), so that
     * a {@code SimContext} over this source explores with it.
     *
     * @return the strategy
     */
    @Override
    public Strategy strategy() {
        return recorder.strategy();
    }

    /**
     * Returns every choice this run has made so far, through this source and all its forks.
     *
     * @return the recorded sequence
     */
    public ChoiceSequence choices() {
        return recorder.choices();
    }

    /** Returns the choices with their global order and spans. */
    DrawLog log() {
        return recorder.log();
    }

    ChoiceRecorder recorder() {
        return recorder;
    }

    /**
     * Returns the fork path this source draws for.
     *
     * @return the path, {@link ForkPath#ROOT} for the run's root source
     */
    public ForkPath path() {
        return path;
    }

    /** The position on this source's path of its latest draw, -1 before the first. */
    int lastPosition() {
        return position - 1;
    }

    @Override
    public long nextLong() {
        return recorder.draw(path, seed, position++, ChoiceKind.RAW, 0, 0);
    }

    @Override
    public long nextLong(long bound) {
        Require.positive("bound", bound);
        return recorder.draw(path, seed, position++, ChoiceKind.BOUNDED, bound, 0);
    }

    @Override
    public boolean nextBoolean(double probability) {
        Require.rate("probability", probability);
        return recorder.draw(path, seed, position++, ChoiceKind.BOOLEAN, 2, probability) == 1;
    }

    @Override
    public long nextLong(long bound, Sampler sampler) {
        return recorder.drawSampled(path, seed, position++, bound, sampler);
    }

    @Override
    public RandomSource fork(String purpose) {
        long childSeed = Xoshiro256StarStar.forkSeed(seed, purpose);
        return new ChoiceSource(recorder, path.child(purpose), childSeed);
    }

    @Override
    public void startSpan(String label) {
        recorder.startSpan(label);
    }

    @Override
    public void endSpan() {
        recorder.endSpan();
    }

    @Override
    public long seed() {
        return seed;
    }

    @Override
    public String toString() {
        return "ChoiceSource[" + path + ", seed=" + seed + "]";
    }
}
