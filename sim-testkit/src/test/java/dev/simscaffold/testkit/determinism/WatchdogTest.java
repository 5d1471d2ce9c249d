package dev.simscaffold.testkit.determinism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.harness.SimHarness;
import dev.simscaffold.core.harness.StateMachine;
import dev.simscaffold.core.trace.Trace;
import dev.simscaffold.testkit.fixtures.Tally;
import dev.simscaffold.testkit.fixtures.Tally.Add;
import dev.simscaffold.testkit.fixtures.Tally.Reported;
import dev.simscaffold.testkit.fixtures.Tally.Total;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * The watchdog on a planted stuck step (a handler that spins until interrupted, as one looping over a
 * corrupted {@code TreeMap} would, minus the interrupt check) and on a slow run of fast steps, which it
 * must let through.
 */
class WatchdogTest {

    /** Spins at the amount 999 until the watchdog interrupts it; pauses {@code pauseNanos} at every other step. */
    private static StateMachine<Total, Add, Reported> machine(long pauseNanos) {
        return (total, add, now) -> {
            if (add.amount() == 999) {
                spinUntilInterrupted();
            }
            if (pauseNanos > 0) {
                LockSupport.parkNanos(pauseNanos);
            }
            return Tally.MACHINE.transition(total, add, now);
        };
    }

    private static void spinUntilInterrupted() {
        long spins = 0;
        while (!Thread.currentThread().isInterrupted()) {
            spins++;
        }
        if (spins < 0) {
            throw new IllegalStateException("unreachable");
        }
    }

    private static Trace run(Watchdog.Steps steps, long seed, int count, long stuckAt, long pauseNanos, boolean registerProgress) {
        SimHarness<Total, Add, Reported> harness = SimHarness.builder(machine(pauseNanos)).seed(seed).instances(2, new Total(0)).build();
        if (registerProgress) {
            steps.progress(() -> harness.trace().size());
        }
        for (int step = 0; step < count; step++) {
            harness.apply(step % 2, new Add(step == stuckAt ? 999 : 1));
        }
        return harness.trace();
    }

    @Test
    void aStuckStepFailsWithTheSeedAndTheStuckThreadsStack() {
        Watchdog watchdog = Watchdog.perStep(Duration.ofMillis(300));
        assertThatThrownBy(() -> watchdog.run(9, steps -> run(steps, 9, 20, 7, 0, true)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("seed 9: a simulation step ran longer than PT0.3S of wall-clock time (progress stayed at 15)")
                .hasMessageContaining("the stuck thread sim-watchdog-seed-9 is RUNNABLE at:")
                .hasMessageContaining("WatchdogTest.spinUntilInterrupted(WatchdogTest.java:")
                .satisfies(error -> assertThat(error.getStackTrace()[0].getMethodName()).isEqualTo("spinUntilInterrupted"));
    }

    @Test
    void aRunOfFastStepsMayTakeLongerThanTheBound() {
        Watchdog watchdog = Watchdog.perStep(Duration.ofSeconds(1));
        Trace trace = watchdog.run(4, steps -> run(steps, 4, 300, -1, 5_000_000, true));
        assertThat(trace.size()).isEqualTo(600);
    }

    @Test
    void aHealthyRunReturnsItsResult() {
        long seed = 12;
        // README:begin watchdog
        Trace trace = Watchdog.perStep(Duration.ofSeconds(30)).run(seed, steps -> {
            SimHarness<Total, Add, Reported> harness = Tally.harness(seed, FaultConfig.hostile(), Long.MAX_VALUE);
            steps.progress(() -> harness.trace().size());
            for (int i = 0; i < 100; i++) {
                harness.apply(i % 2, new Add(1));
            }
            return harness.trace();
        });
        // README:end
        assertThat(trace.fingerprint()).isEqualTo(Watchdog.perStep(Duration.ofSeconds(30)).run(seed, steps -> {
            SimHarness<Total, Add, Reported> harness = Tally.harness(seed, FaultConfig.hostile(), Long.MAX_VALUE);
            for (int i = 0; i < 100; i++) {
                harness.apply(i % 2, new Add(1));
            }
            return harness.trace();
        }).fingerprint());
    }

    @Test
    void withoutAProgressCounterTheBoundCoversTheWholeRun() {
        Watchdog watchdog = Watchdog.perStep(Duration.ofMillis(300));
        assertThatThrownBy(() -> watchdog.run(4, steps -> run(steps, 4, 300, -1, 5_000_000, false)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("no progress counter registered, so the bound covered the whole run");
    }

    @Test
    void whatTheRunThrowsReachesTheCallerUnchanged() {
        IllegalStateException planted = new IllegalStateException("planted");
        assertThatThrownBy(() -> Watchdog.perStep(Duration.ofSeconds(5)).run(1, steps -> {
            throw planted;
        })).isSameAs(planted);
        String done = Watchdog.perStep(Duration.ofSeconds(5)).run(1, steps -> "done");
        assertThat(done).isEqualTo("done");
    }

    @Test
    void aBoundMustBePositive() {
        assertThatThrownBy(() -> Watchdog.perStep(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT0S");
        assertThatThrownBy(() -> Watchdog.perStep(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT-1S");
    }
}
