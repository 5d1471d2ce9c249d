package dev.simscaffold.core.explore;

import dev.simscaffold.core.Api;

/**
 * A random source that knows the strategy of the run it draws for: the property engine's recording
 * source carries the strategy of its settings, so a {@code SimContext} built over a property's stream
 * (as a test does with {@code Gen.liveRandom()}) explores with the property's strategy, and a network or
 * harness built on that context needs no extra argument.
 */
@Api(Api.Status.EXPERIMENTAL)
public interface StrategyCarrier {

    /**
     * Returns the strategy of the run this source draws for.
     *
     * @return the strategy
     */
    Strategy strategy();
}
