package dev.simscaffold.testkit.assertions;

import static dev.simscaffold.testkit.assertions.SimAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.harness.SimHarness;
import dev.simscaffold.core.trace.EventKind;
import dev.simscaffold.testkit.fixtures.Tally;
import dev.simscaffold.testkit.fixtures.Tally.Add;
import dev.simscaffold.testkit.fixtures.Tally.Reported;
import dev.simscaffold.testkit.fixtures.Tally.Total;
import org.junit.jupiter.api.Test;

class SimAssertionsTest {

    @Test
    void passingAssertionsOnAHealthyRun() {
        SimHarness<Total, Add, Reported> harness = Tally.harness(5, FaultConfig.none(), 100);
        harness.apply(0, new Add(3));
        harness.apply(1, new Add(4));

        assertThat(harness).hasNoViolations().hasSteps(2).hasState(0, new Total(3)).delivered(new Reported(4))
                .hasFingerprint(harness.trace().fingerprintHex());
        assertThat(harness.trace()).hasNoViolations().containsEvent(EventKind.STEP, "Add[amount=3]").hasEventCount(EventKind.EFFECT, 2);
    }

    @Test
    void failuresNameTheSeedAndShowWhatHappened() {
        SimHarness<Total, Add, Reported> harness = Tally.harness(5, FaultConfig.builder()
                .effects(e -> e.dropRate(1.0)).build(), 100);
        harness.apply(0, new Add(3));

        assertThat(harness).dropped(new Reported(3));
        assertThatThrownBy(() -> assertThat(harness).delivered(new Reported(3)))
                .hasMessageContaining("expected Reported[total=3] to have been delivered")
                .hasMessageContaining("DROPPED Reported[total=3]")
                .hasMessageContaining("-Dtest='SimAssertionsTest#failuresNameTheSeedAndShowWhatHappened' -Dsim.seed=5");
        assertThatThrownBy(() -> assertThat(harness).hasState(0, new Total(4)))
                .hasMessageContaining("Total[value=4]").hasMessageContaining("Total[value=3]").hasMessageContaining("seed 5");
        assertThatThrownBy(() -> assertThat(harness).hasSteps(3)).hasMessageContaining("expected 3 steps but the harness ran 1");
        assertThatThrownBy(() -> assertThat(harness).hasFingerprint("0000000000000000")).hasMessageContaining("expected fingerprint 0000000000000000");
        assertThatThrownBy(() -> assertThat(harness.trace()).containsEvent(EventKind.EFFECT, "Reported"))
                .hasMessageContaining("expected a EFFECT event containing \"Reported\"");
    }

    @Test
    void aRecordedViolationFailsHasNoViolations() {
        SimHarness<Total, Add, Reported> harness = Tally.harness(9, FaultConfig.none(), 5);
        assertThatThrownBy(() -> harness.apply(1, new Add(7))).isInstanceOf(InvariantViolationError.class);

        assertThatThrownBy(() -> assertThat(harness).hasNoViolations())
                .hasMessageContaining("VIOLATION totals stay below 5 total 7")
                .hasMessageContaining("-Dsim.seed=9");
        assertThatThrownBy(() -> assertThat(harness.trace()).hasNoViolations()).hasMessageContaining("expected no invariant violations");
    }

    @Test
    void coverageAssertionsNameWhatTheRunNeverReached() {
        SimHarness<Total, Add, Reported> harness = SimHarness.builder(Tally.MACHINE).seed(6).instances(1, new Total(0))
                .faults(FaultConfig.builder().effects(e -> e.dropRate(1.0)).build())
                .expectStep(Expectation.sometimes("a total passes 10", t -> t.after().value() > 10))
                .expectStep(Expectation.sometimes("a total goes negative", t -> t.after().value() < 0))
                .build();
        harness.apply(0, new Add(11));

        assertThat(harness).reached("a total passes 10").fired(EventKind.EFFECT_DROPPED);
        assertThatThrownBy(() -> assertThat(harness).reached("a total goes negative"))
                .hasMessageContaining("expected the run to reach 'a total goes negative' but it never did")
                .hasMessageContaining("'a total goes negative' NEVER")
                .hasMessageContaining("-Dsim.seed=6");
        assertThatThrownBy(() -> assertThat(harness).reached("typo")).hasMessageContaining("no such condition was declared");
        assertThatThrownBy(() -> assertThat(harness).fired(EventKind.EFFECT_DUPLICATED))
                .hasMessageContaining("expected EFFECT_DUPLICATED to fire at least once");
        assertThatThrownBy(() -> assertThat(harness).fired(EventKind.STEP)).hasMessageContaining("STEP is not a fault kind");
    }
}
