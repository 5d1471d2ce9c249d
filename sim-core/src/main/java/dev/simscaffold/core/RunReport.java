package dev.simscaffold.core;

import dev.simscaffold.core.internal.Require;
import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.core.trace.Coverage;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * What one run did, for a test to print: its seed first (so any run can be replayed), how many events it
 * handled, how far simulated time went, what it covered and, when the caller gave the simulation a
 * stopwatch, how long it took and the rate. sim-core never reads a clock itself.
 *
 * @param seed the seed that replays the run
 * @param events the events handled: a harness's steps, a network's processed events
 * @param time the simulated time reached
 * @param coverage the fault kinds that fired and the sometimes conditions reached
 * @param elapsedNanos the wall time since the simulation was built, if it was given a stopwatch
 */
@Api(Api.Status.STABLE)
public record RunReport(long seed, long events, LogicalTime time, Coverage coverage, OptionalLong elapsedNanos) {

    /**
     * Rejects null parts and a negative event count.
     *
     * @param seed the seed
     * @param events the events handled
     * @param time the simulated time reached
     * @param coverage what was covered
     * @param elapsedNanos the wall time, if measured
     */
    public RunReport {
        Objects.requireNonNull(time, "time must not be null");
        Objects.requireNonNull(coverage, "coverage must not be null");
        Objects.requireNonNull(elapsedNanos, "elapsedNanos must not be null (use OptionalLong.empty())");
        Require.nonNegative("events", events);
    }

    /**
     * Renders the report: a first line with seed, events, time and rate, then the coverage.
     *
     * @return the text
     */
    public String describe() {
        String rate = elapsedNanos.isPresent()
                ? String.format(Locale.ROOT, " in %d ms (%.0f events/s)", elapsedNanos.getAsLong() / 1_000_000,
                        events * 1e9 / Math.max(1, elapsedNanos.getAsLong()))
                : "";
        return "seed " + seed + ": " + events + " events to " + time + rate + "\n" + coverage.describe();
    }
}
