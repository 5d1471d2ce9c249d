package dev.simscaffold.core.explore;

import dev.simscaffold.core.random.SimRandom;

/**
 * One run of {@link PosStrategy} on a network: every message draws its place in its window (its priority: the
 * earlier, the higher) when it is queued, on time for half of the draws as a random walk places it, and draws again each time it comes due after a race lost (its receiver handled another event since
 * it was placed): {@link #replacesRaced()}.
 */
final class PosPlacer implements Placer {

    private final SimRandom random;

    PosPlacer(SimRandom random) {
        this.random = random;
    }

    @Override
    public long place(int origin, int target, long slack) {
        return Math.max(0, random.nextLong(2 * slack + 1) - slack);
    }

    @Override
    public boolean replacesRaced() {
        return true;
    }
}
