package dev.simscaffold.core.random;

import dev.simscaffold.core.Api;

/**
 * Picks a value with a distribution of its own, for {@link SimRandom#sample(long, Sampler)}: how a
 * generator biases a draw toward the values where bugs live (boundaries, repeats) while the choice that
 * gets recorded, and shrunk, is the value itself.
 */
@Api(Api.Status.STABLE)
@FunctionalInterface
public interface Sampler {

    /**
     * Picks a value.
     *
     * @param random the draws to pick it with; a recording source hands over a stream that is not
     *               recorded, so only the picked value lands in the choice sequence
     * @return the value, reduced by the caller into its range (unsigned)
     */
    long sample(RandomSource random);
}
