package dev.simscaffold.core.fault;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.internal.Require;
import dev.simscaffold.core.random.SimRandom;

/**
 * Faults the harness applies to the effects a state machine emits: the outside world may never see an
 * effect, see it twice, or see it late.
 *
 * @param dropRate probability that an effect is lost, in [0, 1]
 * @param duplicateRate probability that a delivered effect is delivered a second time, in [0, 1]
 * @param delayRate probability that an effect is held back, in [0, 1]
 * @param minDelayTicks shortest hold-back of a delayed effect, in ticks, {@code >= 0}
 * @param maxDelayTicks longest hold-back of a delayed effect, in ticks, {@code >= minDelayTicks}
 */
@Api(Api.Status.STABLE)
public record EffectFaults(double dropRate, double duplicateRate, double delayRate, long minDelayTicks, long maxDelayTicks) {

    /** No effect faults: every effect is delivered once, at once. */
    public static final EffectFaults NONE = new Builder().build();

    /**
     * Validates the components; the message of any failure names the bad component and value.
     *
     * @param dropRate the {@code dropRate} component
     * @param duplicateRate the {@code duplicateRate} component
     * @param delayRate the {@code delayRate} component
     * @param minDelayTicks the {@code minDelayTicks} component
     * @param maxDelayTicks the {@code maxDelayTicks} component
     */
    public EffectFaults {
        Require.rate("effects.dropRate", dropRate);
        Require.rate("effects.duplicateRate", duplicateRate);
        Require.rate("effects.delayRate", delayRate);
        Require.nonNegative("effects.minDelayTicks", minDelayTicks);
        Require.nonNegative("effects.maxDelayTicks", maxDelayTicks);
        Require.ordered("effects.minDelayTicks", minDelayTicks, "effects.maxDelayTicks", maxDelayTicks);
    }

    /**
     * Tells whether any effect fault can happen.
     *
     * @return true if some rate is positive
     */
    public boolean enabled() {
        return dropRate > 0 || duplicateRate > 0 || delayRate > 0;
    }

    /**
     * Starts a builder with every effect fault off.
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
        return new Builder().dropRate(dropRate).duplicateRate(duplicateRate).delayRate(delayRate)
                .minDelayTicks(minDelayTicks).maxDelayTicks(maxDelayTicks);
    }

    /**
     * Draws random effect faults for swarm testing: each kind is on with probability one half, with a random
     * rate (and, for delays, range).
     *
     * @param random the stream to draw from
     * @return the drawn faults
     */
    public static EffectFaults swarm(SimRandom random) {
        Builder b = builder();
        Swarm.maybeRate(random, 0.3, b::dropRate);
        Swarm.maybeRate(random, 0.3, b::duplicateRate);
        Swarm.maybe(random, () -> {
            long min = random.between(0, 10);
            b.delayRate(Swarm.rate(random, 0.5)).minDelayTicks(min).maxDelayTicks(min + random.between(0, 100));
        });
        return b.build();
    }

    /** Builds {@link EffectFaults}; each method is named after the component it sets, whose Javadoc gives its unit. */
    public static final class Builder {
        private double dropRate;
        private double duplicateRate;
        private double delayRate;
        private long minDelayTicks;
        private long maxDelayTicks;

        private Builder() {
        }

        /**
         * Sets {@link EffectFaults#dropRate()}.
         *
         * @param rate in [0, 1]
         * @return this builder
         */
        public Builder dropRate(double rate) {
            dropRate = rate;
            return this;
        }

        /**
         * Sets {@link EffectFaults#duplicateRate()}.
         *
         * @param rate in [0, 1]
         * @return this builder
         */
        public Builder duplicateRate(double rate) {
            duplicateRate = rate;
            return this;
        }

        /**
         * Sets {@link EffectFaults#delayRate()}.
         *
         * @param rate in [0, 1]
         * @return this builder
         */
        public Builder delayRate(double rate) {
            delayRate = rate;
            return this;
        }

        /**
         * Sets {@link EffectFaults#minDelayTicks()}.
         *
         * @param ticks {@code >= 0}
         * @return this builder
         */
        public Builder minDelayTicks(long ticks) {
            minDelayTicks = ticks;
            return this;
        }

        /**
         * Sets {@link EffectFaults#maxDelayTicks()}.
         *
         * @param ticks {@code >= minDelayTicks}
         * @return this builder
         */
        public Builder maxDelayTicks(long ticks) {
            maxDelayTicks = ticks;
            return this;
        }

        /**
         * Validates and builds.
         *
         * @return the faults
         * @throws IllegalArgumentException naming the first bad field and its value
         */
        public EffectFaults build() {
            return new EffectFaults(dropRate, duplicateRate, delayRate, minDelayTicks, maxDelayTicks);
        }
    }
}
