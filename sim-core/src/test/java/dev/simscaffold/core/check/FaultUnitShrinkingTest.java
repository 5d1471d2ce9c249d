package dev.simscaffold.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.explore.FaultSpans;
import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.harness.SimHarness;
import dev.simscaffold.core.harness.Step;
import dev.simscaffold.core.random.SimRandom;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Injected faults are removed as units ({@link FaultPasses}): a run with dozens of dropped, delayed and
 * duplicated acknowledgements, of which one matters, shrinks to the operations the bug needs and that one
 * fault, counted in {@link ActionCount}.
 *
 * <p>The toy system is {@link HarnessShrinkingTest}'s counter, with faults on almost every acknowledgement:
 * the client must know the count once it reaches {@value #THRESHOLD}, which breaks exactly when that
 * acknowledgement is lost or late.
 */
class FaultUnitShrinkingTest {

    private static final int THRESHOLD = 40;

    private static final FaultConfig NOISY = FaultConfig.builder()
            .effects(e -> e.dropRate(0.3).delayRate(0.3).minDelayTicks(1).maxDelayTicks(5).duplicateRate(0.3))
            .build();

    record Scenario(int increments, SimRandom random) {
    }

    static final Gen<Scenario> SCENARIOS = Gen.zip(Gen.ints(THRESHOLD, 120), Gen.liveRandom(), Scenario::new);

    static void run(Scenario scenario) {
        int[] clientKnows = {0};
        SimHarness<Integer, Boolean, Integer> harness = SimHarness.<Integer, Boolean, Integer>builder(
                        (count, increment, now) -> Step.of(count + 1, count + 1))
                .context(new SimContext(scenario.random()))
                .instances(1, 0)
                .faults(NOISY)
                .effectSink((instance, acked, at) -> clientKnows[0] = Math.max(clientKnows[0], acked))
                .expect(Expectation.always("the client knows the count once it reaches " + THRESHOLD, view ->
                        view.states().get(0) == THRESHOLD && clientKnows[0] != THRESHOLD
                                ? List.of("count is " + THRESHOLD + " but the client knows " + clientKnows[0])
                                : List.of()))
                .build();
        for (int i = 0; i < scenario.increments(); i++) {
            harness.apply(0, true);
        }
    }

    @Test
    void aRunWithDozensOfFaultsShrinksToTheOperationsAndTheOneFaultThatMatter() {
        List<String> misses = new ArrayList<>();
        int manyFaults = 0;
        for (long seed = 1; seed <= 10; seed++) {
            Falsified<Scenario> failure = (Falsified<Scenario>) PropertyRunner.check(SCENARIOS, PropertySettings.seeded(seed), FaultUnitShrinkingTest::run);
            if (failure.original().actions().faults() >= 10) {
                manyFaults++;
            }
            ActionCount shrunk = failure.shrunk().actions();
            if (!shrunk.equals(new ActionCount(THRESHOLD, 1))) {
                misses.add("seed " + seed + ": " + shrunk + " from " + failure.original().actions());
            }
        }
        assertThat(manyFaults).as("originals with at least 10 faults").isGreaterThanOrEqualTo(5);
        assertThat(misses).isEmpty();
    }

    @Test
    void faultsAreTheOutermostFaultSpansAndDecliningOneKeepsItsDecisionAsNo() {
        Falsified<Scenario> failure = (Falsified<Scenario>) PropertyRunner.check(SCENARIOS, PropertySettings.seeded(3), FaultUnitShrinkingTest::run);
        TestCaseExecutor<Scenario> executor = new TestCaseExecutor<>(SCENARIOS, FaultUnitShrinkingTest::run, PropertySettings.seeded(3));
        DrawLog log = executor.replay(failure.failingSeed(), ChoiceRecorder.valuesOf(failure.original().choices())).log();
        List<Span> faults = FaultPasses.faults(log);

        assertThat(faults).isNotEmpty().allMatch(span -> FaultSpans.isFault(span.label()));
        assertThat(faults).hasSize(failure.original().actions().faults());
        Span first = faults.get(0);
        int before = log.choices().size();
        int declinedSize = log.declined(List.of(first)).values().stream().mapToInt(List::size).sum();
        int deletedSize = log.without(List.of(first)).values().stream().mapToInt(List::size).sum();
        assertThat(declinedSize).isEqualTo(before - first.size() + 1);
        assertThat(deletedSize).isEqualTo(before - first.size());
    }
}
