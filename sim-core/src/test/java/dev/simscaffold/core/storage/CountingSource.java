package dev.simscaffold.core.storage;

import dev.simscaffold.core.random.RandomSource;
import dev.simscaffold.core.random.SimRandom;
import java.util.Map;
import java.util.TreeMap;

/** Wraps a stream and counts the draws made on each fork by purpose, to prove what a disk draws. */
final class CountingSource implements RandomSource {
    private final RandomSource inner;
    private final String path;
    private final Map<String, Integer> draws;

    CountingSource(long seed) {
        this(SimRandom.seeded(seed).source(), "", new TreeMap<>());
    }

    private CountingSource(RandomSource inner, String path, Map<String, Integer> draws) {
        this.inner = inner;
        this.path = path;
        this.draws = draws;
    }

    Map<String, Integer> draws() {
        return draws;
    }

    private void count() {
        draws.merge(path, 1, Integer::sum);
    }

    @Override
    public long nextLong() {
        count();
        return inner.nextLong();
    }

    @Override
    public long nextLong(long bound) {
        count();
        return inner.nextLong(bound);
    }

    @Override
    public boolean nextBoolean(double probability) {
        count();
        return inner.nextBoolean(probability);
    }

    @Override
    public RandomSource fork(String purpose) {
        return new CountingSource(inner.fork(purpose), path.isEmpty() ? purpose : path + "/" + purpose, draws);
    }

    @Override
    public long seed() {
        return inner.seed();
    }
}
