package dev.simscaffold.testkit.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.harness.SimHarness;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.testkit.fixtures.Tally;
import dev.simscaffold.testkit.fixtures.Tally.Add;
import dev.simscaffold.testkit.fixtures.Tally.Reported;
import dev.simscaffold.testkit.fixtures.Tally.Total;
import dev.simscaffold.testkit.property.Properties;
import dev.simscaffold.testkit.property.PropertyFailedError;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class ActionSequencesTest {

    private static final Gen<Add> ADDS = Gen.longs(1, 20).map(Add::new);

    @Test
    void aFailingScenarioShrinksToTheTwoInputsThatBreakTheInvariant() {
        Gen<List<Action<Add>>> scenarios = ActionSequences.<Add>forInstances(3).input(4, ADDS).advance(1, 1, 10).lists(0, 60);

        PropertyFailedError error = catchThrowableOfType(PropertyFailedError.class, () -> Properties.forAll(scenarios).seed(3)
                .check(actions -> ActionSequences.applyAll(Tally.harness3(FaultConfig.none(), 25), actions)));

        @SuppressWarnings("unchecked")
        List<Action<Add>> shrunk = (List<Action<Add>>) error.result().shrunk().value();
        assertThat(shrunk).hasSize(2).allSatisfy(action -> assertThat(action).isInstanceOf(Action.Apply.class));
        assertThat(shrunk).extracting(a -> ((Action.Apply<Add>) a).instance()).containsOnly(0);
        assertThat(shrunk.stream().mapToLong(a -> ((Action.Apply<Add>) a).input().amount()).sum()).isEqualTo(25);
    }

    @Test
    void instanceWeightsSteerTheTargeting() {
        Gen<List<Action<Add>>> scenarios = ActionSequences.<Add>forInstances(2).instanceWeights(3, 1).input(1, ADDS).lists(200, 200);
        List<Action<Add>> actions = scenarios.draw(SimRandom.seeded(11));
        long toZero = actions.stream().filter(a -> ((Action.Apply<Add>) a).instance() == 0).count();
        assertThat((double) toZero).isCloseTo(150, Offset.offset(5 * Math.sqrt(200 * 0.75 * 0.25)));
    }

    @Test
    void targetedInputsAlwaysGoToTheirInstanceAndTimeAdvances() {
        Gen<List<Action<Add>>> scenarios = ActionSequences.<Add>forInstances(3).inputTo(2, 1, ADDS).advance(1, 5, 5).lists(50, 50);
        List<Action<Add>> actions = scenarios.draw(SimRandom.seeded(5));
        assertThat(actions).filteredOn(Action.Apply.class::isInstance).isNotEmpty()
                .allSatisfy(a -> assertThat(((Action.Apply<Add>) a).instance()).isEqualTo(2));
        long advances = actions.stream().filter(Action.Advance.class::isInstance).count();

        SimHarness<Total, Add, Reported> harness = Tally.harness3(FaultConfig.none(), Long.MAX_VALUE);
        ActionSequences.applyAll(harness, actions);
        assertThat(harness.now()).isEqualTo(LogicalTime.of(5 * advances));
        assertThat(harness.steps()).isEqualTo(50 - advances);
        assertThat(harness.state(0)).isEqualTo(new Total(0));
    }

    @Test
    void badConfigurationIsRejectedClearly() {
        assertThatThrownBy(() -> ActionSequences.forInstances(0)).hasMessageContaining("got 0");
        assertThatThrownBy(() -> ActionSequences.<Add>forInstances(2).instanceWeights(1)).hasMessageContaining("one weight per instance (2), got 1");
        assertThatThrownBy(() -> ActionSequences.<Add>forInstances(2).instanceWeights(1, 0)).hasMessageContaining("instance 1 must be >= 1, got 0");
        assertThatThrownBy(() -> ActionSequences.<Add>forInstances(2).inputTo(2, 1, ADDS)).hasMessageContaining("[0, 2), got 2");
        assertThatThrownBy(() -> ActionSequences.<Add>forInstances(2).advance(1, 0, 3)).hasMessageContaining("0..3");
        assertThatThrownBy(() -> ActionSequences.<Add>forInstances(2).lists(0, 5)).hasMessageContaining("no actions");
    }
}
