package dev.simscaffold.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.harness.EffectFate;
import dev.simscaffold.core.harness.EffectRecord;
import dev.simscaffold.core.harness.SimHarness;
import dev.simscaffold.core.harness.Step;
import dev.simscaffold.core.random.SimRandom;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A planted bug in a harness run shrinks to the few inputs and the one fault that trigger it. The
 * faults are decided by the harness itself, from the same recorded stream as the inputs, so no code
 * here knows how to shrink a fault.
 *
 * <p>The toy system: a counter that acknowledges every increment to a client. The planted bug is the
 * assumption that acknowledgements are reliable: once the count reaches 3, the client must know it.
 * It breaks exactly when the third acknowledgement is lost or late.
 */
class HarnessShrinkingTest {

    enum Command { READ, INCREMENT }

    record Scenario(List<Command> commands, SimRandom random) {
    }

    static final FaultConfig FAULTS = FaultConfig.builder()
            .effects(e -> e.dropRate(0.1).delayRate(0.1).minDelayTicks(1).maxDelayTicks(5).duplicateRate(0.2))
            .clock(c -> c.jumpRate(0.1).maxJumpTicks(3))
            .build();

    static final Gen<Scenario> SCENARIOS = Gen.zip(
            Gen.lists(Gen.pick(Command.READ, Command.INCREMENT), 0, 40), Gen.liveRandom(), Scenario::new);

    /** Runs a scenario, copying the effect log into {@code log} even when the harness throws. */
    static void run(Scenario scenario, List<EffectRecord<Integer>> log) {
        run(scenario, log, 3);
    }

    /** Runs a scenario whose invariant asks the client to know the count once it reaches {@code threshold}. */
    static void run(Scenario scenario, List<EffectRecord<Integer>> log, int threshold) {
        int[] clientKnows = {0};
        SimHarness<Integer, Command, Integer> harness = SimHarness.<Integer, Command, Integer>builder(
                        (count, command, now) -> command == Command.INCREMENT ? Step.of(count + 1, count + 1) : Step.of(count))
                .context(new SimContext(scenario.random()))
                .instances(1, 0)
                .faults(FAULTS)
                .effectSink((instance, acked, at) -> clientKnows[0] = Math.max(clientKnows[0], acked))
                .expect(Expectation.always("the client knows the count once it reaches " + threshold, view ->
                        view.states().get(0) >= threshold && clientKnows[0] != view.states().get(0)
                                ? List.of("count is " + view.states().get(0) + " but the client knows " + clientKnows[0])
                                : List.of()))
                .build();
        try {
            for (Command command : scenario.commands()) {
                harness.apply(0, command);
            }
        } finally {
            log.addAll(harness.effectLog());
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 7, 42, 99})
    void aLostAcknowledgementShrinksToThreeIncrementsAndOneDrop(long seed) {
        PropertyResult<Scenario> result = PropertyRunner.check(SCENARIOS, PropertySettings.seeded(seed), scenario -> run(scenario, new ArrayList<>()));

        assertThat(result).isInstanceOf(Falsified.class);
        Falsified<Scenario> failure = (Falsified<Scenario>) result;
        Counterexample<Scenario> shrunk = failure.shrunk();
        assertThat(shrunk.failure()).isInstanceOf(InvariantViolationError.class);
        assertThat(shrunk.value().commands()).containsExactly(Command.INCREMENT, Command.INCREMENT, Command.INCREMENT);

        Scenario replayed = PropertyRunner.replay(SCENARIOS, shrunk.choices(), failure.failingSeed());
        List<EffectRecord<Integer>> log = new ArrayList<>();
        assertThatThrownBy(() -> run(replayed, log)).isInstanceOf(InvariantViolationError.class);
        assertThat(log).extracting(EffectRecord::fate).containsExactly(EffectFate.DELIVERED, EffectFate.DELIVERED, EffectFate.DROPPED);
        assertThat(failure.original().value().commands().size()).isGreaterThanOrEqualTo(3);

        ChoiceSequence choices = shrunk.choices();
        assertThat(choices.stream(ForkPath.ROOT)).hasSize(7);
        assertThat(choices.stream(new ForkPath(List.of("effects")))).hasSize(7);
        assertThat(choices.stream(new ForkPath(List.of("clock")))).hasSize(3).allMatch(Choice::isSimplest);
        assertThat(choices.nonSimplest()).isEqualTo(7);
        assertThat(choices.size()).isLessThan(failure.original().choices().size());
    }

    @Test
    void aBugThatNeedsFourInputsAndOneFaultShrinksToThatInNineteenOfTwentySeeds() {
        List<String> misses = new ArrayList<>();
        for (long seed = 1; seed <= 20; seed++) {
            Falsified<Scenario> failure = (Falsified<Scenario>) PropertyRunner.check(
                    SCENARIOS, PropertySettings.seeded(seed), scenario -> run(scenario, new ArrayList<>(), 4));
            List<EffectRecord<Integer>> log = new ArrayList<>();
            Scenario replayed = PropertyRunner.replay(SCENARIOS, failure.shrunk().choices(), failure.failingSeed());
            assertThatThrownBy(() -> run(replayed, log, 4)).isInstanceOf(InvariantViolationError.class);
            long faults = log.stream().filter(record -> record.fate() != EffectFate.DELIVERED).count();
            if (replayed.commands().size() != 4 || faults != 1) {
                misses.add("seed " + seed + ": " + replayed.commands() + " with fates " + log.stream().map(EffectRecord::fate).toList());
            }
        }
        assertThat(misses).as("seeds that did not shrink to 4 increments and 1 fault").hasSizeLessThanOrEqualTo(2);
    }
}
