package dev.simscaffold.core.net;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.internal.Require;

/**
 * The local clock one node's timers run on: ahead of network time by a fixed offset and fast or slow by
 * a constant drift. Skewed clocks are how leases end early on one node and late on another, so a
 * protocol that trusts timers across nodes fails here as it would in production.
 *
 * <p>Local time is {@code offset + t + floor(t * driftPpm / 1_000_000)} for network time {@code t}: it
 * never runs backwards, and a node's deadline is fired at the first network tick whose local time
 * reaches it.
 *
 * @param offsetTicks how far the local clock is ahead, in ticks, {@code >= 0}
 * @param driftPpm how much faster (positive) or slower (negative) it runs, in parts per million, at
 *                 most {@value NetworkFaults#MAX_CLOCK_DRIFT_PPM} either way
 */
@Api(Api.Status.STABLE)
public record NodeClock(long offsetTicks, long driftPpm) {

    /** A perfect clock: local time equals network time. */
    public static final NodeClock EXACT = new NodeClock(0, 0);

    private static final long MILLION = 1_000_000;

    /**
     * Validates the components; the message of any failure names the bad component and value.
     *
     * @param offsetTicks the {@code offsetTicks} component
     * @param driftPpm the {@code driftPpm} component
     */
    public NodeClock {
        Require.nonNegative("NodeClock offsetTicks", offsetTicks);
        if (Math.abs(driftPpm) > NetworkFaults.MAX_CLOCK_DRIFT_PPM) {
            throw new IllegalArgumentException("NodeClock driftPpm must be within +-"
                    + NetworkFaults.MAX_CLOCK_DRIFT_PPM + ", got " + driftPpm);
        }
    }

    /**
     * Tells whether this clock is exact, so the network can skip conversions.
     *
     * @return true if offset and drift are zero
     */
    public boolean isExact() {
        return offsetTicks == 0 && driftPpm == 0;
    }

    /**
     * Converts network time to this node's local time.
     *
     * @param networkTicks network time, {@code >= 0}
     * @return local time in ticks
     */
    public long toLocal(long networkTicks) {
        return Math.addExact(Math.addExact(offsetTicks, networkTicks),
                Math.floorDiv(Math.multiplyExact(networkTicks, driftPpm), MILLION));
    }

    /**
     * Returns the first network time at which local time reaches {@code localTicks}.
     *
     * @param localTicks a local deadline
     * @return the network time, {@code >= 0}
     */
    public long toNetwork(long localTicks) {
        if (localTicks <= offsetTicks) {
            return 0;
        }
        long t = Math.multiplyExact(localTicks - offsetTicks, MILLION) / (MILLION + driftPpm);
        while (toLocal(t) < localTicks) {
            t++;
        }
        while (t > 0 && toLocal(t - 1) >= localTicks) {
            t--;
        }
        return t;
    }
}
