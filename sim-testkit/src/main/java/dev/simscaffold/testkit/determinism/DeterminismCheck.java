package dev.simscaffold.testkit.determinism;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.trace.Trace;
import dev.simscaffold.core.trace.TraceEvent;
import dev.simscaffold.core.trace.TraceMode;
import dev.simscaffold.testkit.sweep.SeedSweep;
import java.util.List;
import java.util.Objects;
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
            return "(use TraceMode.FULL to see the first diverging event)";
        }
        List<TraceEvent> a = first.events();
        List<TraceEvent> b = second.events();
        int common = Math.min(a.size(), b.size());
        for (int i = 0; i < common; i++) {
            if (!a.get(i).equals(b.get(i))) {
                return "first divergence at event #" + i + ":\n  run 1: " + a.get(i).toLine() + "\n  run 2: " + b.get(i).toLine()
                        + (i > 0 ? "\n  after: " + a.get(i - 1).toLine() : "");
            }
        }
        return "the runs agree on their first " + common + " events; then run " + (a.size() > b.size() ? "1" : "2")
                + " continues with: " + (a.size() > b.size() ? a : b).get(common).toLine();
    }
}
