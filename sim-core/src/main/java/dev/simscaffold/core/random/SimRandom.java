package dev.simscaffold.core.random;

import dev.simscaffold.core.Api;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * The only source of chance in a simulation: a seeded stream of random draws with the conveniences
 * simulations need, and {@link #fork(String)} to give every consumer a stream of its own.
 *
 * <p>All draws go through a {@link RandomSource}; by default the portable {@link Xoshiro256StarStar},
 * so a seed replays the same run on every JDK. Give each purpose its own fork ({@code "effects"},
 * {@code "node-2"}, {@code "network.loss"}) rather than sharing one stream: then a change in how often
 * one consumer draws does not change what the others see.
 *
 * <p>Not thread-safe, by design: simulations are single-threaded.
 */
@Api(Api.Status.STABLE)
public final class SimRandom {

    private static final double DOUBLE_UNIT = 0x1.0p-53;

    private final RandomSource source;

    /**
     * Wraps a source of primitive draws, for example a recording or replaying one.
     *
     * @param source the source every draw goes to
     */
    public SimRandom(RandomSource source) {
        if (source == null) {
            throw new NullPointerException("source must not be null");
        }
        this.source = source;
    }

    /**
     * Creates the default portable stream for a seed.
     *
     * @param seed any 64-bit value
     * @return the stream
     */
    public static SimRandom seeded(long seed) {
        return new SimRandom(new Xoshiro256StarStar(seed));
    }

    /**
     * Returns this stream's seed (for a fork, its derived seed).
     *
     * @return the seed
     */
    public long seed() {
        return source.seed();
    }

    /**
     * Returns the source of primitive draws behind this stream.
     *
     * @return the source
     */
    public RandomSource source() {
        return source;
    }

    /**
     * Derives an independent stream for one purpose; this stream's sequence is not touched.
     *
     * @param purpose a non-empty name for the consumer
     * @return the derived stream (the same purpose always yields the same stream)
     */
    public SimRandom fork(String purpose) {
        return new SimRandom(source.fork(purpose));
    }

    /**
     * Runs a unit of work as a span: every draw it makes, on this stream or any fork of the same root,
     * belongs to it, so that shrinking can delete the unit together with all its decisions. Harness
     * steps, network events and list elements are spans; a test may mark its own units the same way.
     * The span is closed even if the work throws.
     *
     * @param <T> what the work returns
     * @param label what kind of unit this is, such as {@code "harness.step"}, not empty
     * @param work the unit of work
     * @return what the work returned
     */
    public <T> T span(String label, Supplier<T> work) {
        if (label == null || label.isEmpty()) {
            throw new IllegalArgumentException("a span label must be a non-empty name, got " + (label == null ? "null" : "\"\""));
        }
        source.startSpan(label);
        try {
            return work.get();
        } finally {
            source.endSpan();
        }
    }

    /**
     * Draws 64 uniformly distributed bits.
     *
     * @return the bits
     */
    public long nextLong() {
        return source.nextLong();
    }

    /**
     * Draws uniformly from {@code [0, bound)} without modulo bias.
     *
     * @param bound exclusive upper bound, strictly positive
     * @return the value
     * @throws IllegalArgumentException if {@code bound <= 0}
     */
    public long nextLong(long bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be > 0, got " + bound);
        }
        return source.nextLong(bound);
    }

    /**
     * Runs a unit of work that returns nothing as a span; see {@link #span(String, Supplier)}.
     *
     * @param label what kind of unit this is, such as {@code "request"}, not empty
     * @param work the unit of work
     */
    public void span(String label, Runnable work) {
        if (work == null) {
            throw new NullPointerException("work must not be null");
        }
        span(label, () -> {
            work.run();
            return null;
        });
    }

    /**
     * Draws a value in {@code [0, bound)} picked by a sampler with a distribution of its own. Under the
     * property engine only the picked value is recorded and shrunk, so a generator can bias its draws
     * (toward boundaries, toward earlier values) without making them harder to shrink.
     *
     * @param bound exclusive upper bound, unsigned; 0 means all 2<sup>64</sup> values
     * @param sampler picks the value
     * @return the value, reduced into range
     */
    public long sample(long bound, Sampler sampler) {
        if (sampler == null) {
            throw new NullPointerException("sampler must not be null");
        }
        return source.nextLong(bound, sampler);
    }

    /**
     * Draws uniformly from {@code [0, bound)} without modulo bias.
     *
     * @param bound exclusive upper bound, strictly positive
     * @return the value
     * @throws IllegalArgumentException if {@code bound <= 0}
     */
    public int nextInt(int bound) {
        return (int) nextLong(bound);
    }

    /**
     * Draws uniformly from the closed range {@code [min, max]}.
     *
     * @param min smallest value that may be drawn
     * @param max largest value that may be drawn
     * @return the value
     * @throws IllegalArgumentException if {@code min > max}
     */
    public long between(long min, long max) {
        if (min > max) {
            throw new IllegalArgumentException("min must be <= max, got min=" + min + " > max=" + max);
        }
        long span = max - min + 1;
        if (span > 0) {
            return min + source.nextLong(span);
        }
        // The range covers more than half of all longs, so rejection needs under two draws on average.
        long value;
        do {
            value = source.nextLong();
        } while (value < min || value > max);
        return value;
    }

    /**
     * Draws uniformly from {@code [0, 1)} with 53 bits of precision.
     *
     * @return the value
     */
    public double nextDouble() {
        return unitInterval(source.nextLong());
    }

    /**
     * Draws {@code true} with probability {@code p}.
     *
     * @param p the probability, in [0, 1]
     * @return the outcome
     * @throws IllegalArgumentException if {@code p} is NaN or outside [0, 1]
     */
    public boolean chance(double p) {
        if (!(p >= 0.0 && p <= 1.0)) {
            throw new IllegalArgumentException("probability must be in [0, 1], got " + p);
        }
        return source.nextBoolean(p);
    }

    /**
     * Decides whether a fault with the given rate happens: like {@link #chance(double)}, except that a zero
     * rate draws nothing. A fault that is switched off then leaves this stream, and every later decision
     * drawn from it, exactly as if the fault did not exist, and shrinking a rate's draws toward "no" cannot
     * shift the draws of anything else.
     *
     * @param rate the probability, in [0, 1]
     * @return the outcome; always false, without a draw, for a zero rate
     * @throws IllegalArgumentException if {@code rate} is NaN or outside [0, 1]
     */
    public boolean occurs(double rate) {
        return rate != 0.0 && chance(rate);
    }

    /**
     * Picks one element uniformly.
     *
     * @param <T> element type
     * @param options the elements to choose from, not empty
     * @return the chosen element
     * @throws IllegalArgumentException if {@code options} is empty
     */
    public <T> T pick(List<T> options) {
        if (options.isEmpty()) {
            throw new IllegalArgumentException("cannot pick from an empty list");
        }
        return options.get(nextInt(options.size()));
    }

    /**
     * Returns a uniformly shuffled copy (Fisher-Yates); the argument is not modified.
     *
     * @param <T> element type
     * @param elements the elements to shuffle
     * @return an unmodifiable shuffled copy
     */
    public <T> List<T> shuffle(List<T> elements) {
        List<T> copy = new ArrayList<>(elements);
        for (int i = copy.size() - 1; i > 0; i--) {
            Collections.swap(copy, i, nextInt(i + 1));
        }
        return Collections.unmodifiableList(copy);
    }

    /**
     * Maps 64 random bits to {@code [0, 1)} using the top 53 bits.
     *
     * @param bits random bits
     * @return a double in {@code [0, 1)}
     */
    static double unitInterval(long bits) {
        return (bits >>> 11) * DOUBLE_UNIT;
    }

    @Override
    public String toString() {
        return "SimRandom[seed=" + source.seed() + "]";
    }
}
