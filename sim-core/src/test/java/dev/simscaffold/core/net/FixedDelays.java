package dev.simscaffold.core.net;

import dev.simscaffold.core.random.RandomSource;
import dev.simscaffold.core.random.Xoshiro256StarStar;
import java.util.Iterator;
import java.util.List;

/**
 * A root random source that draws exactly what {@code SimRandom.seeded(seed)} draws, except on the
 * network's {@code "network.delay"} fork, which hands out given ordinary delays in order. A plain
 * {@link SimNetwork} on it (no tail delays) gives its messages exactly those delays, with every other
 * decision (loss, node randomness) unchanged.
 */
final class FixedDelays implements RandomSource {

    private final Xoshiro256StarStar root;
    private final long minDelay;
    private final List<Long> delays;

    FixedDelays(long seed, long minDelay, List<Long> delays) {
        this.root = new Xoshiro256StarStar(seed);
        this.minDelay = minDelay;
        this.delays = List.copyOf(delays);
    }

    @Override
    public long nextLong() {
        return root.nextLong();
    }

    @Override
    public long nextLong(long bound) {
        return root.nextLong(bound);
    }

    @Override
    public boolean nextBoolean(double probability) {
        return root.nextBoolean(probability);
    }

    @Override
    public RandomSource fork(String purpose) {
        return purpose.equals("network.delay") ? new Script(minDelay, delays.iterator()) : root.fork(purpose);
    }

    @Override
    public long seed() {
        return root.seed();
    }

    /** The delay stream: each bounded draw is the next delay above the minimum, checked against the bound. */
    private record Script(long minDelay, Iterator<Long> delays) implements RandomSource {

        @Override
        public long nextLong(long bound) {
            long offset = delays.next() - minDelay;
            if (offset < 0 || offset >= bound) {
                throw new AssertionError("delay " + (offset + minDelay) + " is outside the configured range");
            }
            return offset;
        }

        @Override
        public long nextLong() {
            throw new AssertionError("the delay stream draws only bounded values here");
        }

        @Override
        public boolean nextBoolean(double probability) {
            throw new AssertionError("the delay stream draws no tail decisions here");
        }

        @Override
        public RandomSource fork(String purpose) {
            throw new AssertionError("the delay stream is not forked");
        }

        @Override
        public long seed() {
            return 0;
        }
    }
}
