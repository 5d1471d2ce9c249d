package dev.simscaffold.core.fault;

import dev.simscaffold.core.internal.Require;

/**
 * Faults the simulated network injects into message delivery, and the random node faults it may start
 * on its own. Every field documents its unit; all default to off in {@link #NONE}.
 *
 * <p>Message faults are decided when a message is sent; node faults (partition, crash, pause) are
 * started at random after a delivered message. Each kind draws from its own random stream, so turning
 * one on or off does not change the decisions of the others.
 *
 * @param lossRate probability that a sent message is lost, in [0, 1]
 * @param duplicateRate probability that a sent message is delivered twice, in [0, 1]
 * @param minDelayTicks shortest one-way delay, in ticks, {@code >= 0}
 * @param maxDelayTicks longest ordinary one-way delay, in ticks, {@code >= minDelayTicks}; delays are
 *                      uniform in between, which also reorders messages
 * @param tailDelayRate probability that a message (each copy of it) takes a heavy-tail delay instead,
 *                      in [0, 1]: a rare straggler that arrives long after messages sent later
 * @param maxTailDelayTicks longest heavy-tail delay, in ticks, {@code >= maxDelayTicks}; tail delays are
 *                          uniform in {@code [maxDelayTicks, maxTailDelayTicks]}
 * @param partitionRate probability, per delivered message, that a random partition begins, in [0, 1];
 *                      half of random partitions are one-way
 * @param maxPartitionTicks longest random partition, in ticks, {@code >= 0}; each heals after a uniform
 *                          duration in {@code [0, maxPartitionTicks]}
 * @param crashRate probability, per delivered message, that a random live node crashes, in [0, 1]
 * @param restartAfterTicks how long a randomly crashed node stays down before it is re-created, in
 *                          ticks, {@code >= 0}
 * @param pauseRate probability, per delivered message, that a random node pauses, in [0, 1]
 * @param maxPauseTicks longest pause, in ticks, {@code >= 0}; pauses are uniform in {@code [0, maxPauseTicks]}
 * @param maxClockDriftPpm largest per-node timer clock drift, in parts per million, in
 *                         {@code [0, 500000]}; each node's drift is drawn once, uniform in {@code [-max, +max]}
 */
public record NetworkFaults(
        double lossRate,
        double duplicateRate,
        long minDelayTicks,
        long maxDelayTicks,
        double tailDelayRate,
        long maxTailDelayTicks,
        double partitionRate,
        long maxPartitionTicks,
        double crashRate,
        long restartAfterTicks,
        double pauseRate,
        long maxPauseTicks,
        long maxClockDriftPpm) {

    /** A perfect network: every message arrives once, one tick after it is sent. */
    public static final NetworkFaults NONE = new NetworkFaults(0, 0, 1, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0);

    /** The largest allowed {@link #maxClockDriftPpm()}: a clock at most 50% fast or slow. */
    public static final long MAX_CLOCK_DRIFT_PPM = 500_000;

    /**
     * Validates the components; the message of any failure names the bad component and value.
     *
     * @param lossRate the {@code lossRate} component
     * @param duplicateRate the {@code duplicateRate} component
     * @param minDelayTicks the {@code minDelayTicks} component
     * @param maxDelayTicks the {@code maxDelayTicks} component
     * @param tailDelayRate the {@code tailDelayRate} component
     * @param maxTailDelayTicks the {@code maxTailDelayTicks} component
     * @param partitionRate the {@code partitionRate} component
     * @param maxPartitionTicks the {@code maxPartitionTicks} component
     * @param crashRate the {@code crashRate} component
     * @param restartAfterTicks the {@code restartAfterTicks} component
     * @param pauseRate the {@code pauseRate} component
     * @param maxPauseTicks the {@code maxPauseTicks} component
     * @param maxClockDriftPpm the {@code maxClockDriftPpm} component
     */
    public NetworkFaults {
        Require.rate("network.lossRate", lossRate);
        Require.rate("network.duplicateRate", duplicateRate);
        Require.nonNegative("network.minDelayTicks", minDelayTicks);
        Require.nonNegative("network.maxDelayTicks", maxDelayTicks);
        Require.ordered("network.minDelayTicks", minDelayTicks, "network.maxDelayTicks", maxDelayTicks);
        Require.rate("network.tailDelayRate", tailDelayRate);
        Require.nonNegative("network.maxTailDelayTicks", maxTailDelayTicks);
        Require.ordered("network.maxDelayTicks", maxDelayTicks, "network.maxTailDelayTicks", maxTailDelayTicks);
        Require.rate("network.partitionRate", partitionRate);
        Require.nonNegative("network.maxPartitionTicks", maxPartitionTicks);
        Require.atLeastOneTickWhenEnabled("network.partitionRate", partitionRate, "network.maxPartitionTicks", maxPartitionTicks);
        Require.rate("network.crashRate", crashRate);
        Require.nonNegative("network.restartAfterTicks", restartAfterTicks);
        Require.rate("network.pauseRate", pauseRate);
        Require.nonNegative("network.maxPauseTicks", maxPauseTicks);
        Require.atLeastOneTickWhenEnabled("network.pauseRate", pauseRate, "network.maxPauseTicks", maxPauseTicks);
        Require.nonNegative("network.maxClockDriftPpm", maxClockDriftPpm);
        if (maxClockDriftPpm > MAX_CLOCK_DRIFT_PPM) {
            throw new IllegalArgumentException(
                    "network.maxClockDriftPpm must be <= " + MAX_CLOCK_DRIFT_PPM + ", got " + maxClockDriftPpm);
        }
    }

    /**
     * Returns these faults with every random fault switched off but the delay range kept: what a
     * liveness phase runs under once "the faults stop".
     *
     * @return the fault-free variant with the same delays
     */
    public NetworkFaults withoutFaults() {
        return new NetworkFaults(0, 0, minDelayTicks, maxDelayTicks, 0, maxTailDelayTicks, 0, 0, 0, 0, 0, 0, 0);
    }

    /**
     * Tells whether any random node fault (partition, crash, pause) can start on its own.
     *
     * @return true if a node-fault rate is positive
     */
    public boolean injectsNodeFaults() {
        return partitionRate > 0 || crashRate > 0 || pauseRate > 0;
    }
}
