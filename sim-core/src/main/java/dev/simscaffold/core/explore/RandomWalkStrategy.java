package dev.simscaffold.core.explore;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.random.SimRandom;

/**
 * A random walk, {@link Strategy#randomWalk()}: every decision picks uniformly among the enabled events.
 * Where the default order lets drawn delays decide, a random walk also takes events late within their
 * windows, which reaches interleavings that need one message to overtake many others. A decision with one
 * enabled event draws nothing, so shrinking sees only real decisions, and each shrinks toward the default
 * order's pick.
 */
@Api(Api.Status.EXPERIMENTAL)
public record RandomWalkStrategy() implements Strategy {

    @Override
    public String name() {
        return "random-walk";
    }

    @Override
    public Chooser chooser(SimRandom random) {
        return enabled -> enabled.size() == 1 ? 0 : random.nextInt(enabled.size());
    }
}
