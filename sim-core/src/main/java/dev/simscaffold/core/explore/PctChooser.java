package dev.simscaffold.core.explore;

import dev.simscaffold.core.random.SimRandom;
import java.util.Arrays;

/**
 * One run of {@link PctStrategy}. Priorities live per chain ({@code kind}, {@code origin} and the touched
 * node, packed into one {@code long}); never-demoted chains draw theirs in {@code [depth, depth + RANGE)},
 * the i-th change point demotes to {@code depth - i}. A new chain draws its priority when a decision first
 * reads it, in the default order of the enabled events, so the draws are those of a table keyed by
 * anything else that tells chains apart.
 */
final class PctChooser implements Chooser {

    /** How many distinct initial priorities there are; large, so that two chains almost never tie. */
    private static final long RANGE = 1L << 40;

    private final int depth;
    private final long[] changePoints;
    private final SimRandom random;
    private final LongIntMap chains = new LongIntMap();
    private long[] priorities = new long[16];
    private int chainCount;
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
    public int choose(EnabledEvents enabled) {
        int size = enabled.size();
        if (size == 1) {
            return 0;
        }
        step++;
        int best = highest(enabled, size);
        for (int i = 0; i < changePoints.length; i++) {
            if (changePoints[i] == step) {
                int chain = chainOf(enabled, best);
                priorities[chain] = (long) depth - 1 - i;
                best = highest(enabled, size);
            }
        }
        return best;
    }

    /** The index of the first enabled event of the highest-priority chain, drawing priorities for new chains. */
    private int highest(EnabledEvents enabled, int size) {
        int best = 0;
        long bestPriority = Long.MIN_VALUE;
        for (int i = 0; i < size; i++) {
            int chain = chainOf(enabled, i);
            long priority = priorities[chain];
            if (priority > bestPriority) {
                best = i;
                bestPriority = priority;
            }
        }
        return best;
    }

    /** The chain of the event at {@code index}, numbered in the order chains were first read; new ones draw their priority. */
    private int chainOf(EnabledEvents enabled, int index) {
        long key = chainKey(enabled.kind(index), enabled.origin(index), enabled.touchedNode(index));
        int chain = chains.get(key);
        if (chain == LongIntMap.ABSENT) {
            chain = chainCount++;
            if (chain == priorities.length) {
                priorities = Arrays.copyOf(priorities, chain * 2);
            }
            priorities[chain] = depth + random.nextLong(RANGE);
            chains.put(key, chain);
        }
        return chain;
    }

    /** One {@code long} per chain: the origin and the touched node, each shifted past -1, and the kind. */
    static long chainKey(EnabledEvent.Kind kind, int origin, int touchedNode) {
        return ((long) (origin + 1) << 35) | ((long) (touchedNode + 1) << 4) | kind.ordinal();
    }
}
