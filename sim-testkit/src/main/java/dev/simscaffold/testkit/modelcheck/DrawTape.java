package dev.simscaffold.testkit.modelcheck;

import java.util.Arrays;

/**
 * The draws of one step of a replayed run: the first ones forced from a recorded prefix, the rest (when
 * extending) taking their smallest value, each with the number of values it could have taken. The checker
 * enumerates a step's successors by incrementing the last draw that has another value, like an odometer, so
 * every combination of order, node randomness and fault outcomes is one successor.
 */
final class DrawTape {

    private final int maxBranching;
    /** Whether delay draws are branched on ({@link MessageDelays#DRAWN}) rather than forced to the shortest. */
    private final boolean drawnDelays;
    private int[] prefix = new int[0];
    private boolean extend;
    private int[] values = new int[16];
    private int[] bounds = new int[16];
    private int count;
    private int lossesLeft;
    private int duplicatesLeft;
    private int lossesTaken;
    private int duplicatesTaken;

    DrawTape(int maxBranching, MessageDelays delays) {
        this.maxBranching = maxBranching;
        this.drawnDelays = delays == MessageDelays.DRAWN;
    }

    /** Starts a step: draws follow {@code forced}, then (if {@code extendPast}) take their smallest value. */
    void begin(int[] forced, boolean extendPast, int lossBudget, int duplicateBudget) {
        prefix = forced;
        extend = extendPast;
        count = 0;
        lossesLeft = lossBudget;
        duplicatesLeft = duplicateBudget;
        lossesTaken = 0;
        duplicatesTaken = 0;
    }

    /** Ends a step; a replay that drew fewer values than were recorded has diverged. */
    void end() {
        if (count < prefix.length) {
            throw diverged("drew " + count + " values where the recorded step drew " + prefix.length);
        }
    }

    int[] values() {
        return Arrays.copyOf(values, count);
    }

    int[] bounds() {
        return Arrays.copyOf(bounds, count);
    }

    int lossesTaken() {
        return lossesTaken;
    }

    int duplicatesTaken() {
        return duplicatesTaken;
    }

    /** What the step's sends suffered, appended to its move's label: empty when nothing was lost or duplicated. */
    String sentFaults() {
        return (lossesTaken == 0 ? "" : ", " + lossesTaken + " sent lost")
                + (duplicatesTaken == 0 ? "" : ", " + duplicatesTaken + " sent duplicated");
    }

    /** A draw of a value in {@code [0, bound)} on a stream of {@code kind}. */
    long draw(StreamKind kind, String stream, long bound) {
        if (kind == StreamKind.REFUSED) {
            throw new IllegalStateException("stream '" + stream + "' drew a value: random node faults and clock skew"
                    + " are not modelled; switch them off and give the checker crash and partition budgets");
        }
        if (kind == StreamKind.DELAY && !drawnDelays) {
            return record(1);
        }
        if (bound > maxBranching) {
            throw new IllegalStateException("stream '" + stream + "' drew from " + bound + " values, more than maxBranching "
                    + maxBranching + ": narrow the draw (a shorter period, fewer peers) or raise maxBranching");
        }
        return record((int) bound);
    }

    /** A draw of an outcome with probability {@code p}; losses and duplicates only while their budget lasts. */
    boolean chance(StreamKind kind, String stream, double p) {
        boolean forcedShortest = kind == StreamKind.DELAY && !drawnDelays;
        if (p == 0.0 || p == 1.0 || forcedShortest) {
            record(1);
            return p == 1.0 && !forcedShortest;
        }
        if (kind == StreamKind.DISK) {
            throw new IllegalStateException("disk stream '" + stream + "' drew a chance of " + p + ": random disk faults"
                    + " are not modelled; set the storage fault rates to 0 and give the checker a crash budget (on a network"
                    + " with disks a crash is a process crash or a power loss that keeps only the fsynced image)");
        }
        boolean budgeted = kind == StreamKind.LOSS || kind == StreamKind.DUPLICATE;
        int left = kind == StreamKind.LOSS ? lossesLeft : duplicatesLeft;
        boolean outcome = draw(kind, stream, budgeted && left == 0 ? 1 : 2) == 1;
        if (outcome && kind == StreamKind.LOSS) {
            lossesLeft--;
            lossesTaken++;
        } else if (outcome && kind == StreamKind.DUPLICATE) {
            duplicatesLeft--;
            duplicatesTaken++;
        }
        return outcome;
    }

    /**
     * The prefix that forces a step's next sibling: the draws up to the last one with another value, that one
     * incremented; null when every combination has been taken.
     */
    static int[] next(int[] values, int[] bounds) {
        for (int i = values.length - 1; i >= 0; i--) {
            if (values[i] + 1 < bounds[i]) {
                int[] prefix = Arrays.copyOf(values, i + 1);
                prefix[i]++;
                return prefix;
            }
        }
        return null;
    }

    private int record(int bound) {
        int value;
        if (count < prefix.length) {
            value = prefix[count];
            if (value >= bound) {
                throw diverged("draw " + count + " was recorded as " + value + " but has " + bound + " values now");
            }
        } else if (extend) {
            value = 0;
        } else {
            throw diverged("drew more values than the " + prefix.length + " recorded");
        }
        if (count == values.length) {
            values = Arrays.copyOf(values, count * 2);
            bounds = Arrays.copyOf(bounds, count * 2);
        }
        values[count] = value;
        bounds[count] = bound;
        count++;
        return value;
    }

    private static IllegalStateException diverged(String what) {
        return new IllegalStateException("a replayed step " + what + ": the network is not a deterministic function of"
                + " its draws (a node reads a clock, a hash order or a static)");
    }
}
