package dev.simscaffold.testkit.campaign;

import dev.simscaffold.core.explore.guided.TryOutcome;
import dev.simscaffold.core.random.SimRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * A planted bug behind rarer and rarer situations, as a guided try: {@value #DELIVERIES} deliveries, each duplicated
 * with probability {@value #DUPLICATE_RATE}; the receiver (the planted bug) breaks at its fifth duplicate. A try
 * reports reaching one to four duplicates, so a guided shard keeps the try that first reached each and mutates it,
 * climbing towards the fifth, where fresh seeds need about one try in 1,700.
 */
final class DuplicateReceiver {

    static final int DELIVERIES = 40;
    static final double DUPLICATE_RATE = 0.02;
    static final int BREAKS_AT = 5;

    private DuplicateReceiver() {
    }

    /**
     * One try.
     *
     * @param random the try's stream
     * @param breaksAt the duplicate the receiver breaks at ({@code Integer.MAX_VALUE}: the correct receiver)
     * @param drawn receives every delivery's outcome, in order
     * @return what it reached
     */
    static TryOutcome run(SimRandom random, int breaksAt, List<Boolean> drawn) {
        int duplicates = 0;
        List<String> reached = new ArrayList<>();
        for (int i = 0; i < DELIVERIES; i++) {
            boolean duplicated = random.chance(DUPLICATE_RATE);
            drawn.add(duplicated);
            if (duplicated && ++duplicates >= breaksAt) {
                throw new AssertionError("the receiver broke at duplicate " + duplicates + " (delivery " + i + ")");
            }
            if (duplicated) {
                reached.add("sometimes: " + duplicates + " duplicates");
            }
        }
        return TryOutcome.passed(reached);
    }

    static TryOutcome planted(SimRandom random) {
        return run(random, BREAKS_AT, new ArrayList<>());
    }

    static TryOutcome correct(SimRandom random) {
        return run(random, Integer.MAX_VALUE, new ArrayList<>());
    }
}
