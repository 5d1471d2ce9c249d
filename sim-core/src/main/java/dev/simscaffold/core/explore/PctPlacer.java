package dev.simscaffold.core.explore;

import dev.simscaffold.core.random.SimRandom;
import java.util.Arrays;

/**
 * One run of {@link PctStrategy} on a network: each chain (the messages one node sends another) draws its
 * priority with its first message, high or low with probability one half each. A high chain's messages arrive at
 * their drawn ticks, as in the default order (the draw shrunk to 0 is high); a low chain's messages wait to the
 * end of their windows, which is what a strict priority scheduler does to a low chain while higher ones have
 * events (placing each chain's messages proportionally through their windows by a drawn fraction instead needed
 * up to 63 tries for {@code PlantedRaceTest}'s burst, this up to 31). The i-th change point demotes the chain
 * whose message is being placed to low from then on. Chains live in a table by sender
 * and receiver, grown on demand, so a placement costs two array reads and, for a chain's first message, one draw.
 */
final class PctPlacer implements Placer {

    /** A chain that has not drawn its priority yet. */
    private static final byte UNDRAWN = -1;
    private static final byte HIGH = 0;
    private static final byte LOW = 1;

    private final SimRandom random;
    private final long[] changePoints;
    /** Priority per sender, per receiver; {@link #UNDRAWN} until the chain's first message. */
    private byte[][] priorities = new byte[0][];
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
        byte[] row = row(origin, target);
        if (row[target] == UNDRAWN) {
            row[target] = (byte) random.nextLong(2);
        }
        for (long changePoint : changePoints) {
            if (changePoint == placements) {
                row[target] = LOW;
            }
        }
        return row[target] == HIGH ? 0 : slack;
    }

    /** The sender's row, grown to hold the receiver. */
    private byte[] row(int origin, int target) {
        if (origin >= priorities.length) {
            priorities = Arrays.copyOf(priorities, Math.max(origin + 1, priorities.length * 2));
        }
        byte[] row = priorities[origin];
        if (row == null || target >= row.length) {
            int old = row == null ? 0 : row.length;
            row = row == null ? new byte[Math.max(target + 1, 8)] : Arrays.copyOf(row, Math.max(target + 1, old * 2));
            Arrays.fill(row, old, row.length, UNDRAWN);
            priorities[origin] = row;
        }
        return row;
    }
}
