package dev.simscaffold.core.check;

import dev.simscaffold.core.Api;

/**
 * One recorded random decision: the primitive that made it, its bound and the value it produced.
 * Values are what the shrinker edits; a smaller value (unsigned) is always the simpler one.
 *
 * @param kind which primitive made the choice
 * @param bound the exclusive bound of a {@link ChoiceKind#BOUNDED} choice, 2 for a boolean, 0 for raw bits
 * @param value the value produced: in {@code [0, bound)}, 0 or 1 for a boolean, any bits for raw
 */
@Api(Api.Status.EXPERIMENTAL)
public record Choice(ChoiceKind kind, long bound, long value) {

    /**
     * Validates the components; the message of any failure names the bad component and value.
     *
     * @param kind the {@code kind} component
     * @param bound the {@code bound} component
     * @param value the {@code value} component
     */
    public Choice {
        if (kind == null) {
            throw new NullPointerException("kind must not be null");
        }
        long expectedBound = switch (kind) {
            case RAW -> 0;
            case BOOLEAN -> 2;
            case BOUNDED -> bound;
        };
        if (bound != expectedBound || (kind == ChoiceKind.BOUNDED && bound <= 0)) {
            throw new IllegalArgumentException("bound " + bound + " does not fit a " + kind + " choice");
        }
        if (kind != ChoiceKind.RAW && (value < 0 || value >= bound)) {
            throw new IllegalArgumentException("value must be in [0, " + bound + ") for a " + kind + " choice, got " + value);
        }
    }

    /**
     * Returns whether this choice is the simplest value of its kind.
     *
     * @return true when the value is 0 (or false)
     */
    public boolean isSimplest() {
        return value == 0;
    }

    /** Renders booleans as {@code T}/{@code F}, bounded values in decimal and raw bits in hex. */
    @Override
    public String toString() {
        return switch (kind) {
            case BOOLEAN -> value == 1 ? "T" : "F";
            case BOUNDED -> Long.toString(value);
            case RAW -> "#" + Long.toHexString(value);
        };
    }
}
