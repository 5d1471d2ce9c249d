package dev.simscaffold.core.fault;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.internal.Require;
import dev.simscaffold.core.random.SimRandom;

/**
 * Faults in the passage of time seen by the harness: before a step the clock may jump forward, as
 * after a long GC pause or a suspended VM. This is what makes leases expire at awkward moments.
 *
 * @param jumpRate probability, per step, that the clock jumps before the step, in [0, 1]
 * @param maxJumpTicks largest jump, in ticks; a jump is uniform in [1, maxJumpTicks]; {@code >= 1}
 *                     when {@code jumpRate > 0}
 */
@Api(Api.Status.STABLE)
public record ClockFaults(double jumpRate, long maxJumpTicks) {

    /** No clock faults. */
    public static final ClockFaults NONE = new Builder().build();

    /**
     * Validates the components; the message of any failure names the bad component and value.
     *
     * @param jumpRate the {@code jumpRate} component
     * @param maxJumpTicks the {@code maxJumpTicks} component
     */
    public ClockFaults {
        Require.rate("clock.jumpRate", jumpRate);
        Require.nonNegative("clock.maxJumpTicks", maxJumpTicks);
        Require.atLeastOneTickWhenEnabled("clock.jumpRate", jumpRate, "clock.maxJumpTicks", maxJumpTicks);
    }

    /**
     * Tells whether the clock can jump.
     *
     * @return true if jumps are enabled
     */
    public boolean enabled() {
        return jumpRate > 0;
    }

    /**
     * Starts a builder with clock faults off.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder holding these faults, to derive a variant.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        return new Builder().jumpRate(jumpRate).maxJumpTicks(maxJumpTicks);
    }

    /**
     * Draws random clock faults for swarm testing: jumps are on with probability one half.
     *
     * @param random the stream to draw from
     * @return the drawn faults
     */
    public static ClockFaults swarm(SimRandom random) {
        Builder b = builder();
        Swarm.maybe(random, () -> b.jumpRate(Swarm.rate(random, 0.2)).maxJumpTicks(random.between(1, 200)));
        return b.build();
    }

    /** Builds {@link ClockFaults}; each method is named after the component it sets. */
    public static final class Builder {
        private double jumpRate;
        private long maxJumpTicks;

        private Builder() {
        }

        /**
         * Sets {@link ClockFaults#jumpRate()}.
         *
         * @param rate in [0, 1]
         * @return this builder
         */
        public Builder jumpRate(double rate) {
            jumpRate = rate;
            return this;
        }

        /**
         * Sets {@link ClockFaults#maxJumpTicks()}.
         *
         * @param ticks {@code >= 1} when jumps are enabled
         * @return this builder
         */
        public Builder maxJumpTicks(long ticks) {
            maxJumpTicks = ticks;
            return this;
        }

        /**
         * Validates and builds.
         *
         * @return the faults
         * @throws IllegalArgumentException naming the first bad field and its value
         */
        public ClockFaults build() {
            return new ClockFaults(jumpRate, maxJumpTicks);
        }
    }
}
