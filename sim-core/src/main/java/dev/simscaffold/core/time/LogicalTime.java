package dev.simscaffold.core.time;

import dev.simscaffold.core.Api;

/**
 * A point in simulated time, counted in abstract ticks from {@link #ZERO}.
 *
 * <p>Simulated code receives a {@code LogicalTime} on every call instead of reading a clock, which is
 * what lets a simulator jump time, replay it and keep it identical across runs. What a tick means
 * (a millisecond, a round) is the user's choice; the kernel only counts.
 *
 * @param ticks ticks since the start of the simulation, never negative
 */
@Api(Api.Status.STABLE)
public record LogicalTime(long ticks) implements Comparable<LogicalTime> {

    /** The start of every simulation. */
    public static final LogicalTime ZERO = new LogicalTime(0);

    /**
     * Validates the components; the message of any failure names the bad component and value.
     *
     * @param ticks the {@code ticks} component
     */
    public LogicalTime {
        if (ticks < 0) {
            throw new IllegalArgumentException("LogicalTime ticks must be >= 0, got " + ticks);
        }
    }

    /**
     * Returns the time {@code ticks} after the start.
     *
     * @param ticks non-negative tick count
     * @return the time
     */
    public static LogicalTime of(long ticks) {
        return ticks == 0 ? ZERO : new LogicalTime(ticks);
    }

    /**
     * Returns the time {@code ticks} later than this one.
     *
     * @param ticks how far to move forward; negative values are rejected because time never goes back
     * @return the later time
     * @throws IllegalArgumentException if {@code ticks} is negative
     * @throws ArithmeticException if the result would overflow a {@code long}
     */
    public LogicalTime advance(long ticks) {
        if (ticks < 0) {
            throw new IllegalArgumentException("cannot advance time by a negative amount: " + ticks + " ticks");
        }
        return of(addExact(this.ticks, ticks));
    }

    /**
     * Returns this time shifted by a duration expressed as a {@code LogicalTime} (for example a lease
     * TTL held as a tick count).
     *
     * @param duration the amount to add
     * @return the later time
     * @throws ArithmeticException if the result would overflow a {@code long}
     */
    public LogicalTime plus(LogicalTime duration) {
        return advance(duration.ticks);
    }

    /**
     * Returns the number of ticks from this time until {@code later}.
     *
     * @param later a time not before this one
     * @return the non-negative distance in ticks
     * @throws IllegalArgumentException if {@code later} is before this time
     */
    public long ticksUntil(LogicalTime later) {
        if (later.ticks < ticks) {
            throw new IllegalArgumentException(later + " is before " + this);
        }
        return later.ticks - ticks;
    }

    /**
     * Tells whether this time is strictly before {@code other}.
     *
     * @param other the time to compare with
     * @return true if this time comes first
     */
    public boolean isBefore(LogicalTime other) {
        return ticks < other.ticks;
    }

    /**
     * Tells whether this time is strictly after {@code other}.
     *
     * @param other the time to compare with
     * @return true if this time comes later
     */
    public boolean isAfter(LogicalTime other) {
        return ticks > other.ticks;
    }

    /**
     * Returns the later of two times.
     *
     * @param a one time
     * @param b another time
     * @return {@code a} if it is not before {@code b}, otherwise {@code b}
     */
    public static LogicalTime max(LogicalTime a, LogicalTime b) {
        return a.ticks >= b.ticks ? a : b;
    }

    @Override
    public int compareTo(LogicalTime other) {
        return Long.compare(ticks, other.ticks);
    }

    /** Renders as {@code t=42}, the form used in traces and failure reports. */
    @Override
    public String toString() {
        return "t=" + ticks;
    }

    private static long addExact(long a, long b) {
        long sum = a + b;
        if (sum < 0) {
            throw new ArithmeticException("logical time overflow: t=" + a + " + " + b + " ticks exceeds " + Long.MAX_VALUE);
        }
        return sum;
    }
}
