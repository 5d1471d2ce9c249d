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
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DeterminismCheckTest {

    private static Trace run(long seed, int leakAtStep, int leak) {
        SimHarness<Total, Add, Reported> harness = Tally.harness(seed, FaultConfig.hostile(), Long.MAX_VALUE);
        SimRandom inputs = harness.context().fork("inputs");
        for (int step = 0; step < 50; step++) {
            long amount = inputs.between(1, 9) + (step == leakAtStep ? leak : 0);
            harness.apply(inputs.nextInt(2), new Add(amount));
            harness.advance(1);
        }
        return harness.trace();
    }

    @Test
    void aDeterministicSimulationPassesAndYieldsItsFingerprint() {
        long fingerprint = DeterminismCheck.assertDeterministic(42, seed -> run(seed, -1, 0));
        assertThat(fingerprint).isEqualTo(run(42, -1, 0).fingerprint());
    }

    /** Stands in for a HashMap iteration or clock read: state that leaks from one run into the next. */
    @Test
    void aLeakBetweenRunsIsReportedAtTheFirstDivergingEvent() {
        AtomicInteger runs = new AtomicInteger();
        assertThatThrownBy(() -> DeterminismCheck.assertDeterministic(7, seed -> run(seed, 5, runs.getAndIncrement())))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("not deterministic: seed 7")
                .hasMessageContaining("first divergence at event #")
                .hasMessageContaining("run 1: ")
                .hasMessageContaining("run 2: ")
                .hasMessageContaining("STEP");
    }

    @Test
    void runsOfDifferentLengthAreReported() {
        AtomicInteger runs = new AtomicInteger();
        assertThatThrownBy(() -> DeterminismCheck.assertDeterministic(3, seed -> {
            SimHarness<Total, Add, Reported> harness = Tally.harness(seed, FaultConfig.none(), Long.MAX_VALUE);
            for (int i = 0; i <= runs.get(); i++) {
                harness.apply(0, new Add(1));
            }
            runs.incrementAndGet();
            return harness.trace();
        })).hasMessageContaining("agree on their first 2 events").hasMessageContaining("run 2 continues with");
    }

    @Test
    void fingerprintOnlyTracesPointToFullMode() {
        AtomicInteger runs = new AtomicInteger();
        assertThatThrownBy(() -> DeterminismCheck.assertDeterministic(3, seed -> {
            SimHarness<Total, Add, Reported> harness = SimHarness.builder(Tally.MACHINE).seed(seed).instances(1, new Total(0))
                    .traceMode(TraceMode.FINGERPRINT_ONLY).build();
            harness.apply(0, new Add(runs.incrementAndGet()));
            return harness.trace();
        })).hasMessageContaining("use TraceMode.FULL");
    }

    @Test
    void returningTheSameTraceTwiceIsAMistake() {
        Trace shared = run(1, -1, 0);
        assertThatThrownBy(() -> DeterminismCheck.assertDeterministic(1, seed -> shared))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fresh simulation");
    }
}
