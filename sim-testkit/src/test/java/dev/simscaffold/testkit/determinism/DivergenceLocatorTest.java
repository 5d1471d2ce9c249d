package dev.simscaffold.testkit.determinism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.harness.SimHarness;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.trace.Trace;
import dev.simscaffold.core.trace.TraceMode;
import dev.simscaffold.testkit.fixtures.Tally;
import dev.simscaffold.testkit.fixtures.Tally.Add;
import dev.simscaffold.testkit.fixtures.Tally.Reported;
import dev.simscaffold.testkit.fixtures.Tally.Total;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A planted nondeterministic simulation, run with fingerprints only: the check re-runs it in full-trace mode
 * and names the first event at which the runs part, with the events before it.
 */
class DivergenceLocatorTest {

    private static final int LEAK_STEP = 6;

    /** Stands in for a mutable static counter: every run after the first adds to the input at one step. */
    private static Trace leaky(long seed, TraceMode mode, AtomicInteger runs, List<TraceMode> modes) {
        modes.add(mode);
        int leak = runs.getAndIncrement();
        SimHarness<Total, Add, Reported> harness = SimHarness.builder(Tally.MACHINE).seed(seed).instances(2, new Total(0))
                .faults(FaultConfig.none()).traceMode(mode).build();
        SimRandom inputs = harness.context().fork("inputs");
        for (int step = 0; step < 20; step++) {
            harness.apply(inputs.nextInt(2), new Add(inputs.between(1, 9) + (step == LEAK_STEP ? leak * 100L : 0)));
            harness.advance(1);
        }
        return harness.trace();
    }

    @Test
    void fingerprintOnlyRunsThatDifferAreReRunInFullTraceAndLocated() {
        AtomicInteger runs = new AtomicInteger();
        List<TraceMode> modes = new ArrayList<>();
        assertThatThrownBy(() -> DeterminismCheck.assertDeterministic(11, (seed, mode) -> leaky(seed, mode, runs, modes)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("not deterministic: seed 11 gave fingerprints")
                .hasMessageContaining("re-run in full-trace mode: first divergence at event #")
                .hasMessageMatching("(?s).*run 1: event #\\d+ at t=\\d+, actor instance-\\d, kind \\w+, detail Add\\[amount=\\d+\\].*")
                .hasMessageMatching("(?s).*run 2: event #\\d+ at t=\\d+, actor instance-\\d, kind \\w+, detail Add\\[amount=\\d{3}\\].*")
                .hasMessageContaining("before it, in both runs:");
        assertThat(modes).containsExactly(TraceMode.FINGERPRINT_ONLY, TraceMode.FINGERPRINT_ONLY, TraceMode.FULL, TraceMode.FULL);
    }

    @Test
    void aDeterministicSimulationRunsOnlyWithFingerprints() {
        List<TraceMode> modes = new ArrayList<>();
        long fingerprint = DeterminismCheck.assertDeterministic(11, (seed, mode) -> leaky(seed, mode, new AtomicInteger(), modes));
        assertThat(modes).containsExactly(TraceMode.FINGERPRINT_ONLY, TraceMode.FINGERPRINT_ONLY);
        assertThat(fingerprint).isEqualTo(leaky(11, TraceMode.FULL, new AtomicInteger(), new ArrayList<>()).fingerprint());
    }

    @Test
    void fullTracesNameTheEventsBeforeTheDivergence() {
        Trace first = leaky(3, TraceMode.FULL, new AtomicInteger(0), new ArrayList<>());
        Trace second = leaky(3, TraceMode.FULL, new AtomicInteger(1), new ArrayList<>());
        String where = Divergence.describe(first, second);
        int at = Integer.parseInt(where.replaceAll("(?s)first divergence at event #(\\d+):.*", "$1"));
        assertThat(where).contains("  run 1: event #" + at + " at " + first.events().get(at).time());
        for (int before = at - Divergence.CONTEXT; before < at; before++) {
            assertThat(where).contains("    " + first.events().get(before).toLine());
        }
        assertThat(Divergence.describe(first, first)).startsWith("the full traces agree event for event");
    }

    /**
     * The public locator, for checks that hold two runs already made: where the leak's run parts from a clean
     * one (the event it changed, with its index, time, node, kind and detail), nothing for two runs that are
     * the same run, and a note instead of a guess when a trace kept fingerprints only.
     */
    @Test
    void theLocatorNamesTheFirstDifferingEventOfTwoRunsAlreadyMade() {
        Trace clean = leaky(3, TraceMode.FULL, new AtomicInteger(0), new ArrayList<>());
        Trace leaked = leaky(3, TraceMode.FULL, new AtomicInteger(1), new ArrayList<>());
        int leakEvent = 3 * LEAK_STEP;   // each step records its STEP, its EFFECT and the TIME_ADVANCED after it
        assertThat(leaked.events().get(leakEvent).detail()).isNotEqualTo(clean.events().get(leakEvent).detail());

        assertThat(DeterminismCheck.divergence(clean, leaked)).hasValueSatisfying(where -> assertThat(where)
                .startsWith("first divergence at event #" + leakEvent + ":")
                .contains("  run 1: event #" + leakEvent + " at " + clean.events().get(leakEvent).time() + ", actor "
                        + clean.events().get(leakEvent).actor() + ", kind STEP, detail " + clean.events().get(leakEvent).detail())
                .contains("  run 2: event #" + leakEvent + " at " + leaked.events().get(leakEvent).time() + ", actor "
                        + leaked.events().get(leakEvent).actor() + ", kind STEP, detail " + leaked.events().get(leakEvent).detail())
                .contains("before it, in both runs:\n    " + clean.events().get(leakEvent - Divergence.CONTEXT).toLine()));
        assertThat(DeterminismCheck.divergence(clean, leaky(3, TraceMode.FULL, new AtomicInteger(0), new ArrayList<>()))).isEmpty();
        assertThat(DeterminismCheck.divergence(clean, leaky(3, TraceMode.FINGERPRINT_ONLY, new AtomicInteger(1), new ArrayList<>())))
                .hasValueSatisfying(where -> assertThat(where).startsWith("(run 2 kept fingerprints only").contains("use TraceMode.FULL"));
    }
}
