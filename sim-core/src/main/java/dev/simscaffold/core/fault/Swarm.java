package dev.simscaffold.core.fault;

import dev.simscaffold.core.random.SimRandom;

/** The shared draws of the layers' {@code swarm} factories. */
final class Swarm {

    private Swarm() {
    }

    /** Whether a swarm switches one fault kind on: a fair coin, so every mix of kinds is as likely. */
    static boolean on(SimRandom random) {
        return random.chance(0.5);
    }

    /** A rate uniform in {@code [0, max)}. */
    static double rate(SimRandom random, double max) {
        return random.nextDouble() * max;
    }
}
