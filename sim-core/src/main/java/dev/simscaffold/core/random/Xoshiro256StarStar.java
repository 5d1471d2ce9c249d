package dev.simscaffold.core.random;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.internal.StableHash;

/**
 * xoshiro256** 1.0 (Blackman and Vigna), seeded with SplitMix64: a small, fast generator with a 2^256
 * period that passes BigCrush. It is our own code rather than a JDK class so that a seed denotes the
 * same numbers on every JDK and platform, forever; known-answer tests pin its output.
 */
@Api(Api.Status.INTERNAL)
public final class Xoshiro256StarStar implements RandomSource {

    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private final long seed;
    private long s0;
    private long s1;
    private long s2;
    private long s3;

    /**
     * Creates the generator whose state is the first four SplitMix64 outputs for {@code seed}.
     *
     * @param seed any 64-bit value
     */
    public Xoshiro256StarStar(long seed) {
        this.seed = seed;
        long x = seed;
        x += GOLDEN_GAMMA;
        s0 = StableHash.mix64(x);
        x += GOLDEN_GAMMA;
        s1 = StableHash.mix64(x);
        x += GOLDEN_GAMMA;
        s2 = StableHash.mix64(x);
        x += GOLDEN_GAMMA;
        s3 = StableHash.mix64(x);
        if ((s0 | s1 | s2 | s3) == 0) {
            s0 = GOLDEN_GAMMA;
        }
    }

    @Override
    public long nextLong() {
        long result = Long.rotateLeft(s1 * 5, 7) * 9;
        long t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = Long.rotateLeft(s3, 45);
        return result;
    }

    /** Rejection sampling over 63 bits, the same unbiased method as {@code SplittableRandom}. */
    @Override
    public long nextLong(long bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be > 0, got " + bound);
        }
        long mask = bound - 1;
        long r = nextLong() >>> 1;
        if ((bound & mask) == 0) {
            return r & mask;
        }
        long u = r;
        while (u - (r = u % bound) + mask < 0) {
            u = nextLong() >>> 1;
        }
        return r;
    }

    @Override
    public boolean nextBoolean(double probability) {
        return SimRandom.unitInterval(nextLong()) < probability;
    }

    @Override
    public RandomSource fork(String purpose) {
        return new Xoshiro256StarStar(forkSeed(seed, purpose));
    }

    @Override
    public long seed() {
        return seed;
    }

    /**
     * The seed of the stream forked from {@code parentSeed} for {@code purpose}: a function of those
     * two values only, defined here so that it never changes between releases.
     *
     * @param parentSeed the parent stream's seed
     * @param purpose the purpose name
     * @return the derived seed
     */
    public static long forkSeed(long parentSeed, String purpose) {
        if (purpose == null || purpose.isEmpty()) {
            throw new IllegalArgumentException("fork purpose must be a non-empty name, got " + (purpose == null ? "null" : "\"\""));
        }
        return StableHash.mix64(StableHash.mix64(parentSeed + GOLDEN_GAMMA) ^ StableHash.of(purpose));
    }
}
