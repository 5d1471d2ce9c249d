package dev.simscaffold.core.internal;

import dev.simscaffold.core.Api;

/**
 * Argument checks whose messages always name the offending field and value, so that a bad
 * configuration is diagnosed from the exception alone.
 */
@Api(Api.Status.INTERNAL)
public final class Require {

    private Require() {
    }

    /**
     * Checks that a rate is a probability.
     *
     * @param field the name of the field being checked
     * @param value the value
     * @return the value
     * @throws IllegalArgumentException if it is NaN or outside [0, 1]
     */
    public static double rate(String field, double value) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(field + " must be in [0, 1], got " + value);
        }
        return value;
    }

    /**
     * Checks that a count or duration is not negative.
     *
     * @param field the name of the field being checked
     * @param value the value
     * @return the value
     * @throws IllegalArgumentException if it is negative
     */
    public static long nonNegative(String field, long value) {
        return atLeast(field, value, 0, ">= 0");
    }

    /**
     * Checks that a count or bound is strictly positive.
     *
     * @param field the name of the field being checked
     * @param value the value
     * @return the value
     * @throws IllegalArgumentException if it is zero or negative
     */
    public static long positive(String field, long value) {
        return atLeast(field, value, 1, "> 0");
    }

    /**
     * Checks that a count, size or duration is at least one: the bound where zero would make the setting
     * a silent no-op.
     *
     * @param field the name of the field being checked
     * @param value the value
     * @return the value
     * @throws IllegalArgumentException if it is below one
     */
    public static long atLeastOne(String field, long value) {
        return atLeast(field, value, 1, ">= 1");
    }

    /** The one lower-bound check; {@code bound} is how the message states {@code min}, such as {@code "> 0"}. */
    private static long atLeast(String field, long value, long min, String bound) {
        if (value < min) {
            throw new IllegalArgumentException(field + " must be " + bound + ", got " + value);
        }
        return value;
    }

    /**
     * Checks that a range is ordered.
     *
     * @param minField the name of the lower bound
     * @param min the lower bound
     * @param maxField the name of the upper bound
     * @param max the upper bound
     * @throws IllegalArgumentException if {@code min > max}
     */
    public static void ordered(String minField, long min, String maxField, long max) {
        if (min > max) {
            throw new IllegalArgumentException(
                    minField + " must be <= " + maxField + ", got " + minField + "=" + min + " > " + maxField + "=" + max);
        }
    }

    /**
     * Checks that a fault which can happen has a duration of at least one tick: a fault enabled with a
     * zero-tick maximum would be a silent no-op.
     *
     * @param rateField the name of the rate that enables the fault
     * @param rate the rate
     * @param field the name of the maximum duration
     * @param value the maximum duration
     * @throws IllegalArgumentException if the rate is positive and the duration below one tick
     */
    public static void atLeastOneTickWhenEnabled(String rateField, double rate, String field, long value) {
        if (rate > 0 && value < 1) {
            throw new IllegalArgumentException(field + " must be >= 1 when " + rateField + " > 0, got " + value);
        }
    }

    /**
     * Checks that a reference is present.
     *
     * @param <T> the type of the value
     * @param field the name of the field being checked
     * @param value the value
     * @return the value
     * @throws NullPointerException if it is null
     */
    public static <T> T present(String field, T value) {
        if (value == null) {
            throw new NullPointerException(field + " must not be null");
        }
        return value;
    }

    /**
     * Rejects a blank name of a named check, saying what kind of check it is.
     *
     * @param what the kind of check, such as {@code "an invariant"}
     * @param name the name given
     * @return the name
     */
    public static String name(String what, String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(what + " needs a name, got " + (name == null ? "null" : "\"" + name + "\""));
        }
        return name;
    }
}
