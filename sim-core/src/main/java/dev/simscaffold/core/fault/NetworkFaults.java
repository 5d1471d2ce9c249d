package dev.simscaffold.core.fault;

import dev.simscaffold.core.internal.Require;

/**
 * Faults the simulated network injects into message delivery, and the random node faults it may start
 * on its own. Every field documents its unit; all default to off in {@link #NONE}.
 *
 * @param lossRate probability that a sent message is lost, in [0, 1]
 * @param duplicateRate probability that a sent message is delivered twice, in [0, 1]
 * @param minDelayTicks shortest one-way delay, in ticks, {@code >= 0}
 * @param maxDelayTicks longest ordinary one-way delay, in ticks, {@code >= minDelayTicks}; delays are
 *                      uniform in between, which also reorders messages
 * @param tailDelayRate probability that a message takes a heavy-tail delay instead, in [0, 1]
 * @param maxTailDelayTicks longest heavy-tail delay, in ticks, {@code >= maxDelayTicks}
 * @param partitionRate probability, per delivered message, that a random partition begins, in [0, 1]
 * @param crashRate probability, per delivered message, that a random live node crashes, in [0, 1]
 * @param restartAfterTicks how long a randomly crashed node stays down, in ticks, {@code >= 0}
 * @param pauseRate probability, per delivered message, that a random node pauses, in [0, 1]
 * @param maxPauseTicks longest pause, in ticks, {@code >= 0}
 */
public record NetworkFaults(
        double lossRate,
        double duplicateRate,
        long minDelayTicks,
        long maxDelayTicks,
        double tailDelayRate,
        long maxTailDelayTicks,
        double partitionRate,
        double crashRate,
        long restartAfterTicks,
        double pauseRate,
        long maxPauseTicks) {

    /** A perfect network: every message arrives once, one tick after it is sent. */
    public static final NetworkFaults NONE = new NetworkFaults(0, 0, 1, 1, 0, 1, 0, 0, 0, 0, 0);

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
     * @param crashRate the {@code crashRate} component
     * @param restartAfterTicks the {@code restartAfterTicks} component
     * @param pauseRate the {@code pauseRate} component
     * @param maxPauseTicks the {@code maxPauseTicks} component
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
        Require.rate("network.crashRate", crashRate);
        Require.nonNegative("network.restartAfterTicks", restartAfterTicks);
        Require.rate("network.pauseRate", pauseRate);
        Require.nonNegative("network.maxPauseTicks", maxPauseTicks);
    }
}
