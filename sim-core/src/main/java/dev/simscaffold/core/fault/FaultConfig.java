package dev.simscaffold.core.fault;

import dev.simscaffold.core.random.SimRandom;

/**
 * Every fault a simulation may inject, one validated record per layer: effects (for the harness), the
 * clock, and the network. Faults are off unless asked for: {@link #none()} is the default.
 *
 * <p>Construction validates every field and names the first bad one, so an impossible configuration
 * (a rate of 1.5, a negative delay, a minimum above its maximum) fails where it is written, not as a
 * puzzling simulation later. {@link #swarm(SimRandom)} draws a random configuration per seed: swarm
 * testing finds bugs that a single fixed mix of faults hides.
 *
 * @param effects faults applied to state-machine effects
 * @param clock faults in the passage of time
 * @param network faults applied to network messages and nodes
 */
public record FaultConfig(EffectFaults effects, ClockFaults clock, NetworkFaults network) {

    private static final FaultConfig NONE = new FaultConfig(EffectFaults.NONE, ClockFaults.NONE, NetworkFaults.NONE);

    /**
     * Validates the components; the message of any failure names the bad component and value.
     *
     * @param effects the {@code effects} component
     * @param clock the {@code clock} component
     * @param network the {@code network} component
     */
    public FaultConfig {
        if (effects == null || clock == null || network == null) {
            throw new NullPointerException("effects, clock and network faults must not be null (use their NONE)");
        }
    }

    /**
     * No faults at all.
     *
     * @return the fault-free configuration
     */
    public static FaultConfig none() {
        return NONE;
    }

    /**
     * Occasional faults, the kind a healthy production system sees every day.
     *
     * @return the mild configuration
     */
    public static FaultConfig mild() {
        return builder()
                .effectDropRate(0.01).effectDuplicateRate(0.01).effectDelayRate(0.05).effectDelay(1, 5)
                .clockJumpRate(0.01).maxClockJump(10)
                .networkLossRate(0.01).networkDuplicateRate(0.01).networkDelay(1, 5)
                .networkTailDelay(0.01, 50)
                .build();
    }

    /**
     * Frequent, overlapping faults of every kind: a bad day in a bad datacenter.
     *
     * @return the hostile configuration
     */
    public static FaultConfig hostile() {
        return builder()
                .effectDropRate(0.2).effectDuplicateRate(0.1).effectDelayRate(0.3).effectDelay(1, 50)
                .clockJumpRate(0.1).maxClockJump(100)
                .networkLossRate(0.2).networkDuplicateRate(0.1).networkDelay(1, 50)
                .networkTailDelay(0.05, 500)
                .networkPartitionRate(0.01).maxNetworkPartition(200)
                .networkCrashRate(0.005).networkRestartAfter(100)
                .networkPauseRate(0.01).maxNetworkPause(100)
                .networkClockDrift(1000)
                .build();
    }

    /**
     * Draws a random configuration: each fault kind is switched on with probability one half, and an
     * enabled one gets a random rate and range. Run many seeds and each exercises a different mix.
     *
     * @param random the stream to draw from (give it its own fork, such as {@code "swarm"})
     * @return the drawn configuration
     */
    public static FaultConfig swarm(SimRandom random) {
        Builder b = builder();
        if (random.chance(0.5)) {
            b.effectDropRate(rate(random, 0.3));
        }
        if (random.chance(0.5)) {
            b.effectDuplicateRate(rate(random, 0.3));
        }
        if (random.chance(0.5)) {
            long min = random.between(0, 10);
            b.effectDelayRate(rate(random, 0.5)).effectDelay(min, min + random.between(0, 100));
        }
        if (random.chance(0.5)) {
            b.clockJumpRate(rate(random, 0.2)).maxClockJump(random.between(1, 200));
        }
        if (random.chance(0.5)) {
            b.networkLossRate(rate(random, 0.3));
        }
        if (random.chance(0.5)) {
            b.networkDuplicateRate(rate(random, 0.3));
        }
        long minDelay = random.between(0, 5);
        long maxDelay = minDelay + (random.chance(0.5) ? random.between(0, 100) : 0);
        b.networkDelay(minDelay, maxDelay);
        if (random.chance(0.5)) {
            b.networkTailDelay(rate(random, 0.1), maxDelay + random.between(0, 1000));
        }
        if (random.chance(0.5)) {
            b.networkPartitionRate(rate(random, 0.02));
        }
        if (random.chance(0.5)) {
            b.networkCrashRate(rate(random, 0.01)).networkRestartAfter(random.between(0, 500));
        }
        if (random.chance(0.5)) {
            b.networkPauseRate(rate(random, 0.02)).maxNetworkPause(random.between(1, 500));
        }
        // Drawn last so that adding them did not change any configuration drawn before they existed.
        b.maxNetworkPartition(random.between(1, 500));
        if (random.chance(0.5)) {
            b.networkClockDrift(random.between(0, 10_000));
        }
        return b.build();
    }

    private static double rate(SimRandom random, double max) {
        return random.nextDouble() * max;
    }

    /**
     * Starts a builder with every fault off.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder(NONE);
    }

    /**
     * Starts a builder holding this configuration, to derive a variant.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds a {@link FaultConfig} one field at a time; {@link #build()} validates everything and names
     * the first bad field.
     */
    public static final class Builder {
        private double effectDropRate;
        private double effectDuplicateRate;
        private double effectDelayRate;
        private long effectMinDelay;
        private long effectMaxDelay;
        private double clockJumpRate;
        private long maxClockJump;
        private double lossRate;
        private double duplicateRate;
        private long minDelay;
        private long maxDelay;
        private double tailDelayRate;
        private long maxTailDelay;
        private boolean tailDelaySet;
        private double partitionRate;
        private long maxPartition;
        private double crashRate;
        private long restartAfter;
        private double pauseRate;
        private long maxPause;
        private long clockDrift;

        private Builder(FaultConfig from) {
            effectDropRate = from.effects.dropRate();
            effectDuplicateRate = from.effects.duplicateRate();
            effectDelayRate = from.effects.delayRate();
            effectMinDelay = from.effects.minDelayTicks();
            effectMaxDelay = from.effects.maxDelayTicks();
            clockJumpRate = from.clock.jumpRate();
            maxClockJump = from.clock.maxJumpTicks();
            NetworkFaults n = from.network;
            lossRate = n.lossRate();
            duplicateRate = n.duplicateRate();
            minDelay = n.minDelayTicks();
            maxDelay = n.maxDelayTicks();
            tailDelayRate = n.tailDelayRate();
            maxTailDelay = n.maxTailDelayTicks();
            tailDelaySet = n.tailDelayRate() > 0;
            partitionRate = n.partitionRate();
            maxPartition = n.maxPartitionTicks();
            crashRate = n.crashRate();
            restartAfter = n.restartAfterTicks();
            pauseRate = n.pauseRate();
            maxPause = n.maxPauseTicks();
            clockDrift = n.maxClockDriftPpm();
        }

        /**
         * Sets the probability that an effect is lost.
         *
         * @param rate in [0, 1]
         * @return this builder
         */
        public Builder effectDropRate(double rate) {
            effectDropRate = rate;
            return this;
        }

        /**
         * Sets the probability that an effect is delivered twice.
         *
         * @param rate in [0, 1]
         * @return this builder
         */
        public Builder effectDuplicateRate(double rate) {
            effectDuplicateRate = rate;
            return this;
        }

        /**
         * Sets the probability that an effect is delivered late.
         *
         * @param rate in [0, 1]
         * @return this builder
         */
        public Builder effectDelayRate(double rate) {
            effectDelayRate = rate;
            return this;
        }

        /**
         * Sets the range of effect delays.
         *
         * @param minTicks shortest delay, {@code >= 0}
         * @param maxTicks longest delay, {@code >= minTicks}
         * @return this builder
         */
        public Builder effectDelay(long minTicks, long maxTicks) {
            effectMinDelay = minTicks;
            effectMaxDelay = maxTicks;
            return this;
        }

        /**
         * Sets the probability, per step, of a forward clock jump.
         *
         * @param rate in [0, 1]
         * @return this builder
         */
        public Builder clockJumpRate(double rate) {
            clockJumpRate = rate;
            return this;
        }

        /**
         * Sets the largest clock jump.
         *
         * @param ticks {@code >= 1} when jumps are enabled
         * @return this builder
         */
        public Builder maxClockJump(long ticks) {
            maxClockJump = ticks;
            return this;
        }

        /**
         * Sets the probability that a message is lost.
         *
         * @param rate in [0, 1]
         * @return this builder
         */
        public Builder networkLossRate(double rate) {
            lossRate = rate;
            return this;
        }

        /**
         * Sets the probability that a message is delivered twice.
         *
         * @param rate in [0, 1]
         * @return this builder
         */
        public Builder networkDuplicateRate(double rate) {
            duplicateRate = rate;
            return this;
        }

        /**
         * Sets the range of ordinary one-way message delays. Unless a heavy tail was set, its maximum
         * follows this maximum, whatever the order of the calls.
         *
         * @param minTicks shortest delay, {@code >= 0}
         * @param maxTicks longest delay, {@code >= minTicks}
         * @return this builder
         */
        public Builder networkDelay(long minTicks, long maxTicks) {
            minDelay = minTicks;
            maxDelay = maxTicks;
            return this;
        }

        /**
         * Sets the heavy-tail delay: with probability {@code rate} a message takes up to {@code maxTicks}.
         *
         * @param rate in [0, 1]
         * @param maxTicks longest tail delay, not below the ordinary maximum
         * @return this builder
         */
        public Builder networkTailDelay(double rate, long maxTicks) {
            tailDelayRate = rate;
            maxTailDelay = maxTicks;
            tailDelaySet = true;
            return this;
        }

        /**
         * Sets the probability, per delivered message, that a random partition begins.
         *
         * @param rate in [0, 1]
         * @return this builder
         */
        public Builder networkPartitionRate(double rate) {
            partitionRate = rate;
            return this;
        }

        /**
         * Sets the longest random partition; each heals after a uniform duration up to this.
         *
         * @param ticks {@code >= 0}
         * @return this builder
         */
        public Builder maxNetworkPartition(long ticks) {
            maxPartition = ticks;
            return this;
        }

        /**
         * Sets the largest per-node drift of the clock that node timers run on.
         *
         * @param ppm parts per million, in [0, {@value NetworkFaults#MAX_CLOCK_DRIFT_PPM}]
         * @return this builder
         */
        public Builder networkClockDrift(long ppm) {
            clockDrift = ppm;
            return this;
        }

        /**
         * Sets the probability, per delivered message, that a random node crashes.
         *
         * @param rate in [0, 1]
         * @return this builder
         */
        public Builder networkCrashRate(double rate) {
            crashRate = rate;
            return this;
        }

        /**
         * Sets how long a randomly crashed node stays down.
         *
         * @param ticks {@code >= 0}
         * @return this builder
         */
        public Builder networkRestartAfter(long ticks) {
            restartAfter = ticks;
            return this;
        }

        /**
         * Sets the probability, per delivered message, that a random node pauses.
         *
         * @param rate in [0, 1]
         * @return this builder
         */
        public Builder networkPauseRate(double rate) {
            pauseRate = rate;
            return this;
        }

        /**
         * Sets the longest random pause.
         *
         * @param ticks {@code >= 0}
         * @return this builder
         */
        public Builder maxNetworkPause(long ticks) {
            maxPause = ticks;
            return this;
        }

        /**
         * Validates and builds the configuration.
         *
         * @return the configuration
         * @throws IllegalArgumentException naming the first bad field and its value
         */
        public FaultConfig build() {
            return new FaultConfig(
                    new EffectFaults(effectDropRate, effectDuplicateRate, effectDelayRate, effectMinDelay, effectMaxDelay),
                    new ClockFaults(clockJumpRate, maxClockJump),
                    new NetworkFaults(lossRate, duplicateRate, minDelay, maxDelay, tailDelayRate,
                            tailDelaySet ? maxTailDelay : Math.max(maxTailDelay, maxDelay),
                            partitionRate, maxPartition, crashRate, restartAfter, pauseRate, maxPause, clockDrift));
        }
    }
}
