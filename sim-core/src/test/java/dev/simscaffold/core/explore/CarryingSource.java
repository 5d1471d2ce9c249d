package dev.simscaffold.core.explore;

import dev.simscaffold.core.random.RandomSource;

/**
 * A random source that draws exactly what another draws and carries a strategy, as the property engine's
 * source does: a network built with {@code .random(new SimRandom(new CarryingSource(source, strategy)))}
 * explores with {@code strategy}. Its forks are the other source's, unchanged.
 *
 * @param source the source every draw goes to
 * @param strategy the strategy it carries
 */
public record CarryingSource(RandomSource source, Strategy strategy) implements RandomSource, StrategyCarrier {

    @Override
    public long nextLong() {
        return source.nextLong();
    }

    @Override
    public long nextLong(long bound) {
        return source.nextLong(bound);
    }

    @Override
    public boolean nextBoolean(double probability) {
        return source.nextBoolean(probability);
    }

    @Override
    public RandomSource fork(String purpose) {
        return source.fork(purpose);
    }

    @Override
    public long seed() {
        return source.seed();
    }
}
