package dev.simscaffold.core.net;

import dev.simscaffold.core.Api;

/**
 * Counters for one node, part of {@link NetworkStats}; they survive crashes, so they describe the
 * address across all incarnations.
 *
 * @param sent messages the node handed to the network
 * @param delivered messages the node handled
 * @param timersFired timeouts the node handled
 * @param crashes how often the node crashed
 * @param restarts how often the node was re-created
 * @param pauses how often the node was paused
 */
@Api(Api.Status.STABLE)
public record NodeStats(long sent, long delivered, long timersFired, long crashes, long restarts, long pauses) {

    /**
     * Validates the components; the message of any failure names the bad component and value.
     *
     * @param sent the {@code sent} component
     * @param delivered the {@code delivered} component
     * @param timersFired the {@code timersFired} component
     * @param crashes the {@code crashes} component
     * @param restarts the {@code restarts} component
     * @param pauses the {@code pauses} component
     */
    public NodeStats {
        if (sent < 0 || delivered < 0 || timersFired < 0 || crashes < 0 || restarts < 0 || pauses < 0) {
            throw new IllegalArgumentException("node counters must be >= 0, got sent=" + sent + ", delivered=" + delivered
                    + ", timersFired=" + timersFired + ", crashes=" + crashes + ", restarts=" + restarts + ", pauses=" + pauses);
        }
    }
}
