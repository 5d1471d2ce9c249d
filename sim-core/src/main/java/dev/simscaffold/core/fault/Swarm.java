package dev.simscaffold.core.fault;

import dev.simscaffold.core.random.SimRandom;
import java.util.function.DoubleConsumer;

/**
 * The shared draws of the layers' {@code swarm} factories: every fault kind is switched on by a fair coin,
 * so every mix of kinds is as likely, and only a kind that is on draws its settings. Each layer lists its
 * kinds in a fixed order; the order is part of what a seed means, so new kinds go last.
 */
final class Swarm {

    private Swarm() {
    }

    /** Whether a swarm switches one fault kind on: a fair coin. */
    static boolean on(SimRandom random) {
        return random.chance(0.5);
    }

    /** Flips the coin for one fault kind and, if it comes up on, lets {@code drawSettings} draw the kind's settings. */
    static void maybe(SimRandom random, Runnable drawSettings) {
        if (on(random)) {
            drawSettings.run();
        }
    }

    /** Flips the coin for a kind that is a single rate and, if it comes up on, sets a rate uniform in {@code [0, max)}. */
    static void maybeRate(SimRandom random, double max, DoubleConsumer set) {
        maybe(random, () -> set.accept(rate(random, max)));
    }

    /** A rate uniform in {@code [0, max)}. */
    static double rate(SimRandom random, double max) {
        return random.nextDouble() * max;
    }
}
