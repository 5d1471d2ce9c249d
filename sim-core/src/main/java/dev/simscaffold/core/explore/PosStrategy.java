package dev.simscaffold.core.explore;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.random.SimRandom;

/**
 * Partial-order sampling, {@link Strategy#pos()} (Yuan, Yang and Gu, CAV 2018; Fray's POS): every event
 * gets a random priority when it is first enabled beside another, each decision takes the enabled event of
 * highest priority, and after an event runs every pending event that <em>races</em> with it, one that
 * touches a node in common ({@link EnabledEvent#touches()}), draws a new priority the next time it
 * competes. Independent events keep their priorities, so POS samples the orders of racing events close to
 * uniformly where a random walk favours schedules with many equivalent interleavings.
 *
 * <p>Priorities are drawn from the run's stream; a draw of 0 is the lowest and equal priorities fall back
 * to the default order, so shrinking every draw to 0 gives the default order.
 */
@Api(Api.Status.EXPERIMENTAL)
public record PosStrategy() implements Strategy {

    @Override
    public String name() {
        return "pos";
    }

    @Override
    public Chooser chooser(SimRandom random) {
        return new PosChooser(random);
    }
}
