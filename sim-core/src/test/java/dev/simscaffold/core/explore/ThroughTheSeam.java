package dev.simscaffold.core.explore;

import dev.simscaffold.core.random.SimRandom;

/**
 * A strategy that makes the same decisions as another but is not recognised by the simulators' fast
 * paths: with {@code ThroughTheSeam(Strategy.uniform())} every decision goes through the enabled-event
 * computation and the uniform chooser, which is what the seam tests compare with the golden runs.
 *
 * @param inner the strategy whose chooser decides
 */
public record ThroughTheSeam(Strategy inner) implements Strategy {

    @Override
    public String name() {
        return inner.name() + " (through the seam)";
    }

    @Override
    public Chooser chooser(SimRandom random) {
        return inner.chooser(random);
    }
}
