package dev.simscaffold.runtime;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.time.LogicalTime;

/**
 * The stated mapping from a node's ticks to wall time: tick {@code t} is {@code t * millisPerTick}
 * milliseconds after the runtime started, measured on {@link System#nanoTime()} (monotonic, so time never
 * runs backwards as it never does in a simulation). A node's {@code now} is the number of whole ticks
 * elapsed, so a deadline of tick {@code d} is handed to {@code handleTimeout} at the first moment at least
 * {@code d * millisPerTick} ms have passed: late by the scheduler's jitter, never early, which is the
 * contract {@link dev.simscaffold.core.net.SansIoNode#handleTimeout} states.
 *
 * <p>Each runtime's clock starts at 0 when it starts, so two processes' clocks differ by a fixed offset,
 * the skew the simulator models with {@link dev.simscaffold.core.net.NodeClock}.
 *
 * @param millisPerTick how many milliseconds one tick lasts, {@code >= 1}
 */
@Api(Api.Status.EXPERIMENTAL)
public record TickMapping(long millisPerTick) {

    /** One hour: a longer tick is a configuration mistake. */
    public static final long MAX_MILLIS_PER_TICK = 3_600_000;

    private static final long NANOS_PER_MILLI = 1_000_000;

    /**
     * Validates the component; a failure names the value.
     *
     * @param millisPerTick the {@code millisPerTick} component
     */
    public TickMapping {
        if (millisPerTick < 1 || millisPerTick > MAX_MILLIS_PER_TICK) {
            throw new IllegalArgumentException("millisPerTick must be within 1.." + MAX_MILLIS_PER_TICK + ", got " + millisPerTick);
        }
    }

    /**
     * The node time after {@code elapsedNanos} of wall time.
     *
     * @param elapsedNanos nanoseconds since the runtime started, {@code >= 0}
     * @return the whole ticks elapsed
     */
    public LogicalTime ticksAfter(long elapsedNanos) {
        return LogicalTime.of(Math.max(0, elapsedNanos) / (millisPerTick * NANOS_PER_MILLI));
    }

    /**
     * How long to wait, from {@code elapsedNanos}, until tick {@code deadline} has begun.
     *
     * @param deadline the tick
     * @param elapsedNanos nanoseconds since the runtime started
     * @return milliseconds, rounded up, {@code 0} if the tick has begun ({@link Long#MAX_VALUE} for a tick
     *         too far to express in nanoseconds)
     */
    public long millisUntil(LogicalTime deadline, long elapsedNanos) {
        long nanosPerTick = millisPerTick * NANOS_PER_MILLI;
        if (deadline.ticks() > Long.MAX_VALUE / nanosPerTick) {
            return Long.MAX_VALUE;
        }
        long due = deadline.ticks() * nanosPerTick;
        long wait = due - elapsedNanos;
        return wait <= 0 ? 0 : (wait + NANOS_PER_MILLI - 1) / NANOS_PER_MILLI;
    }
}
