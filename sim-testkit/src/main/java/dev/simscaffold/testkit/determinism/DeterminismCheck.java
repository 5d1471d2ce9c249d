package dev.simscaffold.testkit.determinism;

import dev.simscaffold.core.trace.Trace;
import dev.simscaffold.core.trace.TraceEvent;
import dev.simscaffold.core.trace.TraceMode;
import java.util.List;
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
