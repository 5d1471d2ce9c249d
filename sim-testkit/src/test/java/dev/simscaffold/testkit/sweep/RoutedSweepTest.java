package dev.simscaffold.testkit.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.harness.SimHarness;
import dev.simscaffold.core.harness.StateMachine;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.trace.Coverage;
import dev.simscaffold.core.trace.EventKind;
import dev.simscaffold.testkit.fixtures.Token;
import dev.simscaffold.testkit.fixtures.Token.Handoff;
import dev.simscaffold.testkit.fixtures.Token.Holder;
import dev.simscaffold.testkit.fixtures.Token.Input;
import dev.simscaffold.testkit.fixtures.Token.Pass;
import org.junit.jupiter.api.Test;

/** The token protocol that exhaustive search explores, run at random by the harness over many seeds. */
class RoutedSweepTest {

    private static SimHarness<Holder, Input, Handoff> run(StateMachine<Holder, Input, Handoff> machine, long seed) {
        SimHarness<Holder, Input, Handoff> harness = SimHarness.builder(machine).seed(seed).initialStates(Token.start(3))
                .router(Token.ROUTER).faults(FaultConfig.builder().effects(e -> e.duplicateRate(0.3)).build())
                .expect(Token.AT_MOST_ONE_HOLDER).expectStep(Token.STALE_GRANT_CHANGES_NOTHING)
                .expectStep(Token.STALE_GRANT_ARRIVES).build();
        SimRandom inputs = harness.context().fork("inputs");
        for (int i = 0; i < 30; i++) {
            harness.apply(inputs.nextInt(3), new Pass(inputs.nextInt(3)));
        }
        harness.advance(0);
        return harness;
    }

    @Test
    void theCorrectProtocolSurvivesEverySeedAndMeetsStaleGrants() {
        Coverage coverage = SeedSweep.named("token-correct").seeds(30).runSimulations(seed -> run(Token.CORRECT, seed));

        assertThat(coverage.sometimes().get(Token.STALE_GRANT_ARRIVES.name())).isPositive();
        assertThat(coverage.faults().get(EventKind.EFFECT_DUPLICATED)).isPositive();
    }

    @Test
    void thePlantedStaleGrantBugFailsSomeSeedsByTheFencingRule() {
        assertThatThrownBy(() -> SeedSweep.named("token-planted").seeds(30).runSimulations(seed -> run(Token.ACCEPTS_STALE_GRANT, seed)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("a grant with a stale epoch never changes the holder");
    }
}
