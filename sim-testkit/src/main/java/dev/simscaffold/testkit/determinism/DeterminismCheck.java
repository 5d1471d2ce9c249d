package dev.simscaffold.testkit.determinism;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.trace.Trace;
import dev.simscaffold.core.trace.TraceMode;
import dev.simscaffold.testkit.sweep.SeedSweep;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * The one-call self-check that a simulation is deterministic: run it twice with the same seed and compare
 * fingerprints. When they differ it reports the first event at which the two runs diverge, which is
 * usually one line away from the culprit (a {@code HashMap} iteration, a {@code toString()} with an
 * identity hash, a stray clock read).
 *
 * <pre>{@code
 * DeterminismCheck.assertDeterministic(42, seed -> {
 *     SimHarness<...> harness = ...seed(seed)...build();
 *     ... drive it ...
 *     return harness.trace();
 * });
 * }</pre>
 */
@Api(Api.Status.STABLE)
public final class DeterminismCheck {

    private DeterminismCheck() {
    }

    /**
     * Runs the simulation twice with {@code seed} and fails if the traces differ.
     *
     * @param seed the seed to run with
     * @param simulation builds and runs a simulation for a seed, returning its trace; it must build
     *                   everything afresh on each call
     * @return the fingerprint both runs produced
     * @throws AssertionError naming the seed and the first diverging event if the runs differ
     */
    public static long assertDeterministic(long seed, LongFunction<Trace> simulation) {
        Trace first = simulation.apply(seed);
        Trace second = simulation.apply(seed);
        if (first == second) {
            throw new IllegalArgumentException("the simulation returned the same Trace object twice: build a fresh simulation per call");
        }
        if (first.fingerprint() == second.fingerprint() && first.size() == second.size()) {
            return first.fingerprint();
        }
        throw new AssertionError("simulation is not deterministic: seed " + seed + " gave fingerprints "
                + first.fingerprintHex() + " and " + second.fingerprintHex() + "\n" + divergence(first, second));
    }

    /**
     * Runs the simulation twice with {@code seed}, keeping only fingerprints, and fails if they differ; on a
     * difference it re-runs the seed twice in {@link TraceMode#FULL} so the message names the first differing
     * event of each run (index, time, actor, kind, detail) and the events before it, not just two fingerprints.
     *
     * <pre>{@code
     * DeterminismCheck.assertDeterministic(42, (seed, mode) -> run(builder.seed(seed).traceMode(mode).build()));
     * }</pre>
     *
     * @param seed the seed to run with
     * @param simulation builds and runs a simulation for a seed in the given trace mode, afresh on each call
     * @return the fingerprint both runs produced
     * @throws AssertionError naming the seed and where the runs part if they differ
     */
    public static long assertDeterministic(long seed, BiFunction<Long, TraceMode, Trace> simulation) {
        Objects.requireNonNull(simulation, "simulation must not be null");
        Trace first = simulation.apply(seed, TraceMode.FINGERPRINT_ONLY);
        Trace second = simulation.apply(seed, TraceMode.FINGERPRINT_ONLY);
        if (first == second) {
            throw new IllegalArgumentException("the simulation returned the same Trace object twice: build a fresh simulation per call");
        }
        if (first.fingerprint() == second.fingerprint() && first.size() == second.size()) {
            return first.fingerprint();
        }
        Trace fullFirst = simulation.apply(seed, TraceMode.FULL);
        Trace fullSecond = simulation.apply(seed, TraceMode.FULL);
        String where = fullFirst.mode() == TraceMode.FULL && fullSecond.mode() == TraceMode.FULL
                ? "re-run in full-trace mode: " + Divergence.describe(fullFirst, fullSecond)
                : "(the simulation ignored TraceMode.FULL, so the first diverging event is unknown)";
        throw new AssertionError("simulation is not deterministic: seed " + seed + " gave fingerprints "
                + first.fingerprintHex() + " and " + second.fingerprintHex() + "\n" + where);
    }

    /**
     * Checks every seed of a sweep the way a user relies on seeds: running a seed again gives an equal
     * outcome, and the next seed gives a run with another fingerprint (a seed that changed nothing would
     * mean the simulation ignores its randomness, and every "replay" would pass vacuously).
     *
     * <pre>{@code
     * DeterminismCheck.assertSeedsReplay(SeedSweep.named("leases-replay").firstSeed(1).seeds(20),
     *         seed -> Simulation.run(seed, Scenario.faulty()), Outcome::fingerprint);
     * }</pre>
     *
     * @param <T> what a run returns; compared with {@code equals}, so a record of the fingerprint and the counts
     * @param sweep the seeds to check; each costs three runs
     * @param simulation builds and runs a simulation for a seed, afresh on each call
     * @param fingerprint the fingerprint of a run's trace, in whatever form the outcome keeps it
     * @throws AssertionError naming the seed whose replay differed, or whose next seed gave the same run
     */
    public static <T> void assertSeedsReplay(SeedSweep sweep, LongFunction<? extends T> simulation, Function<? super T, ?> fingerprint) {
        Objects.requireNonNull(simulation, "simulation must not be null");
        Objects.requireNonNull(fingerprint, "fingerprint must not be null");
        sweep.run(seed -> {
            T first = simulation.apply(seed);
            T again = simulation.apply(seed);
            if (!first.equals(again)) {
                throw new AssertionError("seed " + seed + " did not replay its run:\n  first run: " + first + "\n  replay:    " + again);
            }
            Object next = fingerprint.apply(simulation.apply(seed + 1));
            if (Objects.equals(next, fingerprint.apply(first))) {
                throw new AssertionError("seeds " + seed + " and " + (seed + 1) + " gave the same run (fingerprint " + next
                        + "): the simulation does not draw from its seed");
            }
        });
    }

    private static String divergence(Trace first, Trace second) {
        if (first.mode() != TraceMode.FULL || second.mode() != TraceMode.FULL) {
            return "(use TraceMode.FULL to see the first diverging event, or pass (seed, mode) -> trace so the check re-runs"
                    + " the seed in full-trace mode)";
        }
        return Divergence.describe(first, second);
    }
}
