package dev.simscaffold.core.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.harness.Relay.In;
import dev.simscaffold.core.harness.Relay.Node;
import dev.simscaffold.core.harness.Relay.Out;
import dev.simscaffold.core.harness.Relay.Receive;
import dev.simscaffold.core.harness.Relay.Send;
import dev.simscaffold.core.trace.CoverageTally;
import dev.simscaffold.core.trace.EventKind;
import org.junit.jupiter.api.Test;

/** Sometimes conditions are counted per run, and a tally over runs fails on those never reached. */
class SometimesTest {

    static final Expectation<Transition<Node, In>> OUT_OF_ORDER = Expectation.sometimes("a token overtakes one sent before it",
            t -> t.input() instanceof Receive r && r.token().equals("first")
                    && t.before().log().stream().anyMatch(entry -> entry.startsWith("recv second")));

    static final Expectation<Transition<Node, In>> SELF_DELIVERY = Expectation.sometimes("a node receives its own token",
            t -> t.input() instanceof Receive r && r.from() == t.instance());

    private static SimHarness<Node, In, Out> run(long seed) {
        SimHarness<Node, In, Out> harness = SimHarness.builder(Relay.MACHINE).seed(seed).initialStates(Relay.nodes(2))
                .router(Relay.ROUTER).faults(FaultConfig.builder()
                        .effects(e -> e.delayRate(0.5).minDelayTicks(1).maxDelayTicks(5)).build())
                .expectStep(OUT_OF_ORDER).expectStep(SELF_DELIVERY).build();
        harness.apply(0, new Send(1, "first"));
        harness.apply(0, new Send(1, "second"));
        harness.advance(10);
        return harness;
    }

    @Test
    void eachRunCountsTheConditionsItReachedAndTheFaultsThatFired() {
        CoverageTally tally = new CoverageTally();
        for (long seed = 0; seed < 30; seed++) {
            tally.add(run(seed).coverage());
        }

        assertThat(tally.runs()).isEqualTo(30);
        assertThat(tally.coverage().sometimes().get(OUT_OF_ORDER.name())).as("delays reorder some runs").isPositive();
        assertThat(tally.coverage().sometimes()).containsEntry(SELF_DELIVERY.name(), 0L);
        assertThat(tally.coverage().faults().get(EventKind.EFFECT_DELAYED)).isPositive();
        assertThat(tally.coverage().faults()).containsEntry(EventKind.CRASH, 0L);
        assertThat(tally.coverage().unmet()).containsExactly(SELF_DELIVERY.name());
    }

    @Test
    void aConditionNeverReachedFailsTheTallyNamingIt() {
        CoverageTally tally = new CoverageTally();
        for (long seed = 0; seed < 5; seed++) {
            tally.add(run(seed).coverage());
        }

        assertThatThrownBy(tally::assertSometimesReached)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("never reached in 5 runs: 'a node receives its own token'")
                .hasMessageContaining("EFFECT_DELAYEDx");
    }

    @Test
    void aTallyWhoseConditionsWereAllReachedPasses() {
        CoverageTally tally = new CoverageTally();
        SimHarness<Node, In, Out> harness = SimHarness.builder(Relay.MACHINE).seed(1).initialStates(Relay.nodes(1))
                .router(Relay.ROUTER).expectStep(SELF_DELIVERY).build();
        harness.apply(0, new Send(0, "me"));
        harness.advance(0);

        assertThat(tally.add(harness.coverage()).assertSometimesReached().coverage().sometimes()).containsEntry(SELF_DELIVERY.name(), 1L);
    }

    @Test
    void twoConditionsWithOneNameAreRefused() {
        SimHarnessBuilder<Node, In, Out> builder = SimHarness.builder(Relay.MACHINE).expectStep(SELF_DELIVERY);
        assertThatThrownBy(() -> builder.expectStep(Expectation.sometimes(SELF_DELIVERY.name(), t -> true)))
                .hasMessageContaining("\"a node receives its own token\" was already added");
    }
}
