package dev.simscaffold.core.check;

import dev.simscaffold.core.internal.Require;
import dev.simscaffold.core.random.RandomSource;
import dev.simscaffold.core.random.SimRandom;
import java.util.List;

/**
 * Draws integers from a closed range the way bugs are found, and so that they shrink toward a target.
 *
 * <p>One integer is one choice: its <em>rank</em>, the value's place in the order
 * {@code target, target+1, target-1, target+2, target-2, ...} (values outside the range skipped). Rank 0
 * is the target, so shrinking the choice moves the value toward the target, and a binary search on the
 * rank is a binary search on the distance.
 *
 * <p>Uniform ranks from a wide range almost never hit the values where bugs live: two equal values, a
 * value next to an earlier one, 0 and 1, the ends of the range. So, like Hypothesis, the rank is picked
 * by a {@link Shape} first (small, medium, a repeat of an earlier integer of the same test case, a value
 * near one, a boundary, or uniform over the whole range), through {@link SimRandom#sample}, which records
 * only the picked rank: the bias costs shrinking nothing.
 */
final class Integers {

    /** The shapes a draw can take, with how often each is drawn (out of 100). */
    enum Shape {
        /** Within 15 of the target, half of the time within 1: 0, 1, -1 and their neighbours. */
        SMALL(20),
        /** Within 65,535 of the target. */
        MEDIUM(10),
        /** Exactly an integer drawn earlier in the same test case: finds {@code x == y} bugs. */
        REPEAT(10),
        /** Within 16 of the latest integer drawn in the same test case: finds off-by-a-little bugs. */
        NEAR(5),
        /** An end of the range or one or two inside it: {@code MIN_VALUE}, {@code MAX_VALUE - 1}, ... */
        BOUNDARY(10),
        /** Uniform over the range, so every value can be drawn. */
        UNIFORM(45);

        final int weight;

        Shape(int weight) {
            this.weight = weight;
        }
    }

    private static final List<Shape> SHAPES = List.of(Shape.values());
    private static final int TOTAL_WEIGHT = 100;
    private static final long SMALL_SPREAD = 15;
    private static final long MEDIUM_SPREAD = 65_535;
    private static final long NEAR_SPREAD = 16;
    private static final long BOUNDARY_NEIGHBOURS = 2;

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
        Ranking ranking = new Ranking(min, max, target);
        List<Long> earlier = earlierIntegers(random);
        long rank = random.sample(ranking.count(), source -> ranking.rankOf(pick(source, ranking, earlier)));
        long value = ranking.valueOf(rank);
        if (random.source() instanceof ChoiceSource choices) {
            choices.recorder().rememberInteger(value, choices.path(), choices.lastPosition(), ranking);
        }
        return value;
    }

    /** Picks a value of the range, biased by a shape drawn first. */
    private static long pick(RandomSource source, Ranking ranking, List<Long> earlier) {
        Shape shape = shapeOf(source.nextLong(TOTAL_WEIGHT));
        long target = ranking.target;
        return switch (shape) {
            case SMALL -> ranking.near(target, spread(source, source.nextBoolean(0.5) ? 1 : SMALL_SPREAD));
            case MEDIUM -> ranking.near(target, spread(source, MEDIUM_SPREAD));
            case REPEAT -> earlier.isEmpty()
                    ? ranking.near(target, spread(source, SMALL_SPREAD))
                    : ranking.clamp(earlier.get((int) source.nextLong(earlier.size())));
            case NEAR -> earlier.isEmpty()
                    ? ranking.near(target, spread(source, SMALL_SPREAD))
                    : ranking.near(earlier.get(earlier.size() - 1), spread(source, NEAR_SPREAD));
            case BOUNDARY -> boundary(source, ranking);
            case UNIFORM -> ranking.valueOf(source.nextLong(ranking.count(), s -> s.nextLong()));
        };
    }

    private static Shape shapeOf(long ticket) {
        long rest = ticket;
        for (Shape shape : SHAPES) {
            if (rest < shape.weight) {
                return shape;
            }
            rest -= shape.weight;
        }
        throw new IllegalStateException("ticket " + ticket + " outside total weight " + TOTAL_WEIGHT);
    }

    /** A signed offset in {@code [-spread, spread]}. */
    private static long spread(RandomSource source, long spread) {
        return source.nextLong(2 * spread + 1) - spread;
    }

    private static long boundary(RandomSource source, Ranking ranking) {
        long inside = source.nextLong(BOUNDARY_NEIGHBOURS + 1);
        return source.nextBoolean(0.5)
                ? ranking.clamp(ranking.max - inside)
                : ranking.clamp(ranking.min + inside);
    }

    private static List<Long> earlierIntegers(SimRandom random) {
        return random.source() instanceof ChoiceSource source ? source.recorder().integers() : List.of();
    }

    /**
     * The order {@code target, target+1, target-1, target+2, ...} over {@code [min, max]}, as ranks,
     * with unsigned arithmetic so that the whole range of {@code long} works.
     */
    static final class Ranking {

        final long min;
        final long max;
        final long target;
        private final long above;
        private final long below;
        private final long both;

        Ranking(long min, long max, long target) {
            this.min = min;
            this.max = max;
            this.target = target;
            this.above = max - target;
            this.below = target - min;
            this.both = Long.compareUnsigned(above, below) < 0 ? above : below;
        }

        /** How many values the range has, unsigned; 0 stands for all 2<sup>64</sup>. */
        long count() {
            return max - min + 1;
        }

        long valueOf(long rank) {
            if (rank == 0) {
                return target;
            }
            if (Long.compareUnsigned(rank, 2 * both) <= 0) {
                long distance = (rank >>> 1) + (rank & 1);
                return (rank & 1) == 1 ? target + distance : target - distance;
            }
            long distance = rank - both;
            return Long.compareUnsigned(above, below) > 0 ? target + distance : target - distance;
        }

        long rankOf(long value) {
            if (value >= target) {
                long distance = value - target;
                return Long.compareUnsigned(distance, both) <= 0 ? 2 * distance - (distance == 0 ? 0 : 1) : both + distance;
            }
            long distance = target - value;
            return Long.compareUnsigned(distance, both) <= 0 ? 2 * distance : both + distance;
        }

        long clamp(long value) {
            return Math.max(min, Math.min(max, value));
        }

        /** An anchor moved by a small offset, clamped into the range without overflowing. */
        long near(long anchor, long delta) {
            long moved = anchor + delta;
            if (((anchor ^ moved) & (delta ^ moved)) < 0) {
                return delta > 0 ? max : min;
            }
            return clamp(moved);
        }
    }
}
