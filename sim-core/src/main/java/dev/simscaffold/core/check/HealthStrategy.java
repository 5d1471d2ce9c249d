package dev.simscaffold.core.check;

import dev.simscaffold.core.explore.Chooser;
import dev.simscaffold.core.explore.Placer;
import dev.simscaffold.core.explore.Strategy;
import dev.simscaffold.core.random.SimRandom;
import java.util.OptionalDouble;

/**
 * A strategy that chooses exactly as the one it wraps and counts, for {@link HealthTally}, how many of its
 * decisions had a choice (two or more enabled events) and how many took another event than the default
 * order's first. It draws nothing itself, so runs under it are the runs of the wrapped strategy.
 */
final class HealthStrategy implements Strategy {

    private final Strategy watched;
    private long decisions;
    private long changes;

    HealthStrategy(Strategy watched) {
        this.watched = watched;
    }

    @Override
    public String name() {
        return watched.name();
    }

    @Override
    public Chooser chooser(SimRandom random) {
        Chooser chooser = watched.chooser(random);
        return enabled -> {
            int pick = chooser.choose(enabled);
            if (enabled.size() > 1) {
                decisions++;
                if (pick != 0) {
                    changes++;
                }
            }
            return pick;
        };
    }

    /**
     * The watched strategy's placer, counting each message placed (a decision with a choice: it had slack) and
     * each placed past its drawn tick (a change of the default order); null if the watched strategy has none.
     */
    @Override
    public Placer placer(SimRandom random) {
        Placer placer = watched.placer(random);
        if (placer == null) {
            return null;
        }
        return new Placer() {
            @Override
            public long place(int origin, int target, long slack) {
                long offset = placer.place(origin, target, slack);
                decisions++;
                if (offset != 0) {
                    changes++;
                }
                return offset;
            }

            @Override
            public long holdTicks() {
                return placer.holdTicks();
            }

            @Override
            public boolean replacesRaced() {
                return placer.replacesRaced();
            }
        };
    }

    @Override
    public OptionalDouble bound(long chains, long decisions) {
        return watched.bound(chains, decisions);
    }

    long decisions() {
        return decisions;
    }

    long changes() {
        return changes;
    }

    @Override
    public String toString() {
        return watched.toString();
    }
}
