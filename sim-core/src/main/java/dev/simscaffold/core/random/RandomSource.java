package dev.simscaffold.core.random;

import dev.simscaffold.core.Api;

/**
 * The primitive draws behind {@link SimRandom}: every random decision a simulation makes ends up as
 * one of these calls.
 *
 * <p>A fourth primitive, {@link #nextLong(long, Sampler)}, lets generators bias a draw without
 * adding choices. Keeping the primitive set this small is deliberate: a source that records or replays these
 * draws (the property engine's choice sequence) makes every user of {@code SimRandom} replayable and
 * shrinkable without any change on their side. Implementations must be deterministic functions of
 * their seed and the sequence of calls made on them.
 */
@Api(Api.Status.STABLE)
public interface RandomSource {

    /**
     * Draws 64 uniformly distributed bits.
     *
     * @return the bits
     */
    long nextLong();

    /**
     * Draws a value uniformly from {@code [0, bound)} without modulo bias.
     *
     * @param bound exclusive upper bound, strictly positive
     * @return the value
     */
    long nextLong(long bound);

    /**
     * Draws {@code true} with the given probability.
     *
     * @param probability in [0, 1]
     * @return the outcome
     */
    boolean nextBoolean(double probability);

    /**
     * Draws a value in {@code [0, bound)} (unsigned; a bound of 0 means all 2<sup>64</sup> values) whose
     * distribution a sampler chooses. This fourth primitive exists for shrinking: a recording source
     * records only the value, not the draws the sampler used to bias it, so shrinking edits the value
     * itself. By default the sampler draws from this stream.
     *
     * @param bound exclusive upper bound, unsigned, 0 for no bound
     * @param sampler picks the value
     * @return the value, reduced into range
     */
    default long nextLong(long bound, Sampler sampler) {
        long value = sampler.sample(this);
        return bound == 0 ? value : Long.remainderUnsigned(value, bound);
    }

    /**
     * Derives an independent stream for one purpose. Forking draws nothing from this stream, so adding
     * a new consumer does not shift the numbers that the existing consumers see.
     *
     * @param purpose a non-empty name for the consumer, such as {@code "network.loss"} or {@code "node-3"}
     * @return the derived stream; forking the same purpose twice yields the same stream
     */
    RandomSource fork(String purpose);

    /**
     * Returns the seed this stream was created from (for a fork, the derived seed).
     *
     * @return the stream's seed
     */
    long seed();

    /**
     * Marks the start of a span: a unit of work (a list element, a harness step, a network event) whose
     * draws, on this stream and on every stream forked from the same root, belong together. A recording
     * source uses spans so that shrinking can delete a step together with the fault decisions it made;
     * other sources ignore them. Spans nest and must be closed with {@link #endSpan()}.
     *
     * @param label what kind of unit this is, such as {@code "harness.step"}
     */
    default void startSpan(String label) {
    }

    /** Closes the innermost open span; see {@link #startSpan(String)}. */
    default void endSpan() {
    }
}
