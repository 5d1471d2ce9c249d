package dev.simscaffold.core.explore;

import dev.simscaffold.core.random.SimRandom;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One run of {@link PctStrategy}. Priorities live per chain key ({@code kind}, {@code origin} and {@code touches}); never-demoted
 * chains draw theirs in {@code [depth, depth + RANGE)}, the i-th change point demotes to {@code depth - i}.
 */
final class PctChooser implements Chooser {

    /** How many distinct initial priorities there are; large, so that two chains almost never tie. */
    private static final long RANGE = 1L << 40;

    private final int depth;
    private final long[] changePoints;
    private final SimRandom random;
    private final Map<String, Long> priorities = new TreeMap<>();
    private long step;

    PctChooser(int depth, long length, SimRandom random) {
        this.depth = depth;
        this.random = random;
        this.changePoints = new long[depth - 1];
        for (int i = 0; i < changePoints.length; i++) {
            changePoints[i] = length - random.nextLong(length);
        }
    }

    @Override
    public int choose(List<EnabledEvent> enabled) {
        if (enabled.size() == 1) {
            return 0;
        }
        step++;
        int best = highest(enabled);
        for (int i = 0; i < changePoints.length; i++) {
            if (changePoints[i] == step) {
                priorities.put(chain(enabled.get(best)), (long) depth - 1 - i);
                best = highest(enabled);
            }
        }
        return best;
    }

    /** The index of the first enabled event of the highest-priority chain, drawing priorities for new chains. */
    private int highest(List<EnabledEvent> enabled) {
        int best = 0;
        long bestPriority = Long.MIN_VALUE;
        for (int i = 0; i < enabled.size(); i++) {
            long priority = priorities.computeIfAbsent(chain(enabled.get(i)), key -> depth + random.nextLong(RANGE));
            if (priority > bestPriority) {
                best = i;
                bestPriority = priority;
            }
        }
        return best;
    }

    static String chain(EnabledEvent event) {
        return event.kind() + " " + event.origin() + "->" + event.touches();
    }
}
