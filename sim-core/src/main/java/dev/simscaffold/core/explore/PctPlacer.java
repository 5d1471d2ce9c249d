package dev.simscaffold.core.explore;

import dev.simscaffold.core.random.SimRandom;
import java.util.Arrays;

/**
 * One run of {@link PctStrategy} on a network: each chain (the messages one node sends another) draws a
 * <em>lateness</em> in {@code [0, RANGE)} with its first message, the inverse of PCT's priority, and every
 * message of the chain is placed that far through its window ({@code slack * lateness / RANGE}): the chain that
 * drew 0 runs first, in the default order, and a late chain's messages wait behind the others'. The i-th change
 * point demotes the chain whose message is being placed: from then on its messages go to the end of their
 * windows, behind every chain never demoted. Chains live in a table by sender and receiver, grown on demand, so
 * a placement costs two array reads and, for a chain's first message or at a change point, one draw.
 */
final class PctPlacer implements Placer {

    /** How many distinct latenesses there are; large, so that two chains almost never tie. */
    static final long RANGE = 1L << 40;
    /** A chain that has not drawn its lateness yet. */
    private static final long UNDRAWN = -1;

    private final SimRandom random;
    private final long[] changePoints;
    /** Lateness per sender, per receiver; {@link #UNDRAWN} until the chain's first message. */
    private long[][] lateness = new long[0][];
    private long placements;

    PctPlacer(int depth, long length, SimRandom random) {
        this.random = random;
        this.changePoints = new long[depth - 1];
        for (int i = 0; i < changePoints.length; i++) {
            changePoints[i] = length - random.nextLong(length);
        }
    }

    @Override
    public long place(int origin, int target, long slack) {
        placements++;
        long[] row = row(origin, target);
        long late = row[target];
        if (late == UNDRAWN) {
            late = random.nextLong(RANGE);
            row[target] = late;
        }
        for (int i = 0; i < changePoints.length; i++) {
            if (changePoints[i] == placements) {
                late = RANGE + i;
                row[target] = late;
            }
        }
        return late >= RANGE / 2 ? slack : 0;
    }

    /** {@code floor((slack + 1) * fraction / RANGE)}, at most {@code slack}: how far through a window a draw places. */
    static long through(long slack, long fraction) {
        return Math.min(slack, (long) ((slack + 1) * ((double) fraction / RANGE)));
    }

    /** The sender's row, grown to hold the receiver. */
    private long[] row(int origin, int target) {
        if (origin >= lateness.length) {
            int old = lateness.length;
            lateness = Arrays.copyOf(lateness, Math.max(origin + 1, old * 2));
        }
        long[] row = lateness[origin];
        if (row == null || target >= row.length) {
            int old = row == null ? 0 : row.length;
            row = row == null ? new long[Math.max(target + 1, 8)] : Arrays.copyOf(row, Math.max(target + 1, old * 2));
            Arrays.fill(row, old, row.length, UNDRAWN);
            lateness[origin] = row;
        }
        return row;
    }
}
