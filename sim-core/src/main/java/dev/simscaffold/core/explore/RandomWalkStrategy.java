package dev.simscaffold.core.explore;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.random.SimRandom;

/**
 * A random walk, {@link Strategy#randomWalk()}. On a network, every message is placed by one draw in
 * {@code [0, 2 * slack]} ({@link Placer}): at its drawn tick for the lower half, else that far past it, uniformly up
 * to the end of its window; in a harness each decision picks uniformly among the enabled events. A message with
 * no slack (and a decision with one enabled event) draws nothing, so shrinking sees only real decisions, and each
 * shrinks toward the default order.
 *
 * <p>Where the default order lets drawn delays decide, a random walk also takes messages late, which reaches
 * interleavings that need one message to overtake many others. Keeping half of them on time keeps request-reply
 * exchanges inside their timeouts: a uniform tick over a held window made the primary-backup bug rarer than under
 * the default order (0.4 % of runs against 4.4 %).
 */
@Api(Api.Status.EXPERIMENTAL)
public record RandomWalkStrategy() implements Strategy {

    @Override
    public String name() {
        return "random-walk";
    }

    @Override
    public Placer placer(SimRandom random) {
        return (origin, target, slack) -> Math.max(0, random.nextLong(2 * slack + 1) - slack);
    }

    @Override
    public Chooser chooser(SimRandom random) {
        return enabled -> enabled.size() == 1 ? 0 : random.nextInt(enabled.size());
    }
}
