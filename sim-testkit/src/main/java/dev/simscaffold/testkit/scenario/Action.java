package dev.simscaffold.testkit.scenario;

import dev.simscaffold.core.Api;

/**
 * One letter of the alphabet an exhaustive search draws from: apply an input to an instance, or let time
 * pass. Time is an action of its own so that timeouts and expiries are explored like any other input.
 *
 * @param <I> the input type
 */
@Api(Api.Status.STABLE)
public sealed interface Action<I> permits Action.Apply, Action.Advance {

    /**
     * Applies {@code input} to {@code instance}.
     *
     * @param <I> the input type
     * @param instance the instance, from 0
     * @param input the input
     */
    record Apply<I>(int instance, I input) implements Action<I> {

        /**
         * Validates the components; the message names a bad instance.
         *
         * @param instance the {@code instance} component
         * @param input the {@code input} component
         */
        public Apply {
            if (instance < 0) {
                throw new IllegalArgumentException("instance must be >= 0, got " + instance);
            }
            if (input == null) {
                throw new NullPointerException("input must not be null");
            }
        }

        @Override
        public String toString() {
            return "apply(" + instance + ", " + input + ")";
        }
    }

    /**
     * Lets {@code ticks} of time pass.
     *
     * @param <I> the input type
     * @param ticks how long, strictly positive
     */
    record Advance<I>(long ticks) implements Action<I> {

        /**
         * Validates the components; the message names a bad tick count.
         *
         * @param ticks the {@code ticks} component
         */
        public Advance {
            if (ticks <= 0) {
                throw new IllegalArgumentException("ticks must be > 0, got " + ticks);
            }
        }

        @Override
        public String toString() {
            return "advance(" + ticks + ")";
        }
    }

    /**
     * An input for one instance.
     *
     * @param <I> the input type
     * @param instance the instance
     * @param input the input
     * @return the action
     */
    static <I> Action<I> apply(int instance, I input) {
        return new Apply<>(instance, input);
    }

    /**
     * A passage of time.
     *
     * @param <I> the input type
     * @param ticks how long
     * @return the action
     */
    static <I> Action<I> advance(long ticks) {
        return new Advance<>(ticks);
    }
}
