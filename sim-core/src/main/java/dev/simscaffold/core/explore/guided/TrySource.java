package dev.simscaffold.core.explore.guided;

import dev.simscaffold.core.check.ChoiceKind;
import dev.simscaffold.core.check.ForkPath;
import dev.simscaffold.core.explore.Strategy;
import dev.simscaffold.core.explore.StrategyCarrier;
import dev.simscaffold.core.internal.Require;
import dev.simscaffold.core.random.RandomSource;
import dev.simscaffold.core.random.Sampler;
import dev.simscaffold.core.random.Xoshiro256StarStar;

/**
 * The random source of one guided try: every draw, on the root and on every fork, goes through the try's
 * {@link TryRecorder}. Forks map to paths exactly as the property engine's {@code ChoiceSource} maps them.
 */
final class TrySource implements RandomSource, StrategyCarrier {

    private final TryRecorder recorder;
    private final ForkPath path;
    private final long seed;
    private final Strategy strategy;
    private int position;

    TrySource(TryRecorder recorder, ForkPath path, long seed, Strategy strategy) {
        this.recorder = recorder;
        this.path = path;
        this.seed = seed;
        this.strategy = strategy;
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
        return new TrySource(recorder, path.child(purpose), Xoshiro256StarStar.forkSeed(seed, purpose), strategy);
    }

    @Override
    public long seed() {
        return seed;
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
    public Strategy strategy() {
        return strategy;
    }
}
