package dev.simscaffold.core.check;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.random.Xoshiro256StarStar;

/**
 * Which {@link dev.simscaffold.core.random.RandomSource} primitive made a choice. The shrinker only
 * compares and edits values of the same kind, and replay uses the kind to bring a value back into range.
 */
@Api(Api.Status.EXPERIMENTAL)
public enum ChoiceKind {
    /** {@code nextLong()}: 64 raw bits, simpler when smaller as an unsigned number. */
    RAW,
    /** {@code nextLong(bound)}: a value in {@code [0, bound)}, simpler toward 0. */
    BOUNDED,
    /** {@code nextBoolean(p)}: 1 for true and 0 for false, simpler toward false. */
    BOOLEAN;

    /**
     * Brings a replayed value into a draw's range: modulo the bound (2 for booleans), which is deterministic and
     * never makes a value larger; a boolean of probability 0 or 1 is forced. The property engine's replay and a
     * guided try's plan both fit values here, so a guided try replays through the engine to the same run.
     *
     * @param bound the draw's bound ({@link #BOUNDED})
     * @param probability the draw's probability of true ({@link #BOOLEAN})
     * @param value the value to replay
     * @return the value the draw returns
     */
    public long fit(long bound, double probability, long value) {
        return switch (this) {
            case RAW -> value;
            case BOUNDED -> Long.remainderUnsigned(value, bound);
            case BOOLEAN -> probability <= 0 ? 0 : probability >= 1 ? 1 : value & 1;
        };
    }

    /**
     * Makes a fresh draw of this kind from a path's generator, as a run of the seed draws it: the one place that
     * says how each kind draws, for the property engine's fallback and for a guided try's fresh draws.
     *
     * @param generator the path's generator
     * @param bound the draw's bound ({@link #BOUNDED})
     * @param probability the draw's probability of true ({@link #BOOLEAN})
     * @return the value drawn
     */
    public long draw(Xoshiro256StarStar generator, long bound, double probability) {
        return switch (this) {
            case RAW -> generator.nextLong();
            case BOUNDED -> generator.nextLong(bound);
            case BOOLEAN -> generator.nextBoolean(probability) ? 1 : 0;
        };
    }
}
