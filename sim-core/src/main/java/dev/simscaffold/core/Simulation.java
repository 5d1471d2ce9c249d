package dev.simscaffold.core;

import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.core.trace.Coverage;
import dev.simscaffold.core.trace.Trace;
import java.util.LinkedHashMap;
import java.util.OptionalLong;

/**
 * What every simulation driver ({@link dev.simscaffold.core.harness.SimHarness},
 * {@link dev.simscaffold.core.net.SimNetwork}) shows of itself: the seed that replays it, its clock, the
 * context it draws chance from, its trace, what it covered and a {@link RunReport}. Reports and assertions are written once
 * against this view instead of once per driver.
 */
@Api(Api.Status.STABLE)
public interface Simulation {

    /**
     * Returns the seed that replays this run.
     *
     * @return the seed
     */
    long seed();

    /**
     * Returns the current simulated time.
     *
     * @return the time
     */
    LogicalTime now();

    /**
     * Returns the context the run draws time and chance from.
     *
     * @return the context
     */
    SimContext context();

    /**
     * Returns the trace of this run.
     *
     * @return the trace
     */
    Trace trace();

    /**
     * Returns what this run exercised so far: the fault kinds that fired and, where the driver supports
     * them, the sometimes conditions reached.
     *
     * @return the coverage
     */
    default Coverage coverage() {
        return Coverage.of(trace(), new LinkedHashMap<>());
    }

    /**
     * Returns how many events the run has handled: a harness's steps, a network's processed events.
     *
     * @return the count
     */
    long events();

    /**
     * Returns the wall time since the simulation was built, measured with the stopwatch its builder was
     * given; empty without one.
     *
     * @return the elapsed nanoseconds, if measured
     */
    OptionalLong elapsedNanos();

    /**
     * Returns what the run did so far: seed, events, time, coverage and, with a stopwatch, the rate.
     *
     * @return the report
     */
    default RunReport report() {
        return new RunReport(seed(), events(), now(), coverage(), elapsedNanos());
    }
}
