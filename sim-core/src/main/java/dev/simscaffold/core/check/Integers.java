package dev.simscaffold.core.check;

import dev.simscaffold.core.internal.Require;
import dev.simscaffold.core.random.SimRandom;

/**
 * Draws integers from a closed range so that the simplest choices give the target value and larger
 * choices move away from it: first a side (a boolean, false meaning "at or above the target"), then a
 * distance on that side. Both shrink toward zero, so the value shrinks toward the target, and a
 * distance can move between two draws without changing their sides.
 */
final class Integers {

    private Integers() {
    }

    static void validate(long min, long max, long target) {
        Require.ordered("min", min, "max", max);
        if (target < min || target > max) {
            throw new IllegalArgumentException("target must be in [min, max] = [" + min + ", " + max + "], got " + target);
        }
    }

    /** The value closest to zero in {@code [min, max]}: the default shrink target. */
    static long simplestIn(long min, long max) {
        return Math.max(min, Math.min(max, 0));
    }

    static long draw(SimRandom random, long min, long max, long target) {
        long width = max - min;
        if (width < 0 || width == Long.MAX_VALUE) {
            return drawFromHugeRange(random, min, max, target);
        }
        long below = target - min;
        long above = max - target;
        double belowShare = (double) below / ((double) width + 1);
        if (below > 0 && random.chance(belowShare)) {
            return target - 1 - random.nextLong(below);
        }
        return target + random.nextLong(above + 1);
    }

    /**
     * A range wider than {@code Long.MAX_VALUE}: 64 raw bits, zig-zag decoded around the target
     * (0, -1, +1, -2, ...), redrawn when outside the range (less than half the time).
     */
    private static long drawFromHugeRange(SimRandom random, long min, long max, long target) {
        while (true) {
            long bits = random.nextLong();
            long value = target + ((bits >>> 1) ^ -(bits & 1));
            if (value >= min && value <= max) {
                return value;
            }
        }
    }
}
