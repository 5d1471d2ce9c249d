package dev.simscaffold.core.explore;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.random.SimRandom;

/**
 * How a run decides among enabled events: a named, parameterised value, recorded beside the seed, that
 * makes a fresh {@link Chooser} for each run. A strategy never changes what a seed means for the draws of
 * the simulation itself: its choosers draw only from the stream they are given (the network's
 * {@code "network.order"} fork, the harness's {@code "routing"} fork).
 *
 * <p>Implementations are records, so that two strategies with the same parameters are equal and a
 * report can print one as it was configured.
 */
@Api(Api.Status.EXPERIMENTAL)
public interface Strategy {

    /**
     * Returns the strategy's name, such as {@code "uniform"} or {@code "random-walk"}.
     *
     * @return the name
     */
    String name();

    /**
     * Makes the chooser of one run.
     *
     * @param random the stream its decisions are drawn from, of that run
     * @return the chooser
     */
    Chooser chooser(SimRandom random);

    /**
     * The default: today's order, byte for byte. A network takes its events in (time, sequence) order of
     * the times their delays were drawn for; a harness delivers the oldest ready routed message before the
     * next external input with probability one half, again until it declines.
     *
     * @return the strategy
     */
    static Strategy uniform() {
        return UniformStrategy.INSTANCE;
    }

    /**
     * A random walk over the schedules: each decision picks uniformly among the enabled events.
     *
     * @return the strategy
     */
    static Strategy randomWalk() {
        return new RandomWalkStrategy();
    }
}
