package dev.simscaffold.core.explore.guided;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.random.SimRandom;

/**
 * One try of a guided search: build the simulation on the given stream (a network with {@code .random(random)},
 * a harness on {@code new SimContext(random)}), run it, and say whether it failed and what it reached. A try that
 * throws an {@link AssertionError} or a {@link RuntimeException} has failed, with that error as the reason.
 */
@Api(Api.Status.EXPERIMENTAL)
@FunctionalInterface
public interface GuidedTry {

    /**
     * Runs one try.
     *
     * @param random the try's root stream: every draw the simulation makes must come from it or its forks
     * @return the outcome, never null
     */
    TryOutcome run(SimRandom random);
}
