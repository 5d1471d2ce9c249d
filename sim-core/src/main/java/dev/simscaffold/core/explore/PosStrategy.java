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
 * <p><b>On a network</b> POS acts where messages enter the queue ({@link Placer}), so that a step costs about what
 * a step of the default order costs: a message's priority is its place in its delivery window, drawn when it is
 * queued (the earlier, the higher); when it comes due after its receiver handled another event since it was placed
 * (it raced with that event and lost), it draws a new place in its whole window and is taken now if that place is
 * not later than now, so a message that keeps losing races is taken the likelier, the further its window has run.
 * Messages to other receivers keep their places, as independent events keep their priorities. In a harness it
 * decides among the enabled events as above.
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
    public Placer placer(SimRandom random) {
        return new PosPlacer(random);
    }

    @Override
    public Chooser chooser(SimRandom random) {
        return new PosChooser(random);
    }
}
