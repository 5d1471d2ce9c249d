package dev.simscaffold.core.explore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.check.Falsified;
import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.check.PropertyRunner;
import dev.simscaffold.core.check.PropertySettings;
import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.harness.SimHarness;
import dev.simscaffold.core.harness.Step;
import dev.simscaffold.core.net.FaultSchedule;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.trace.EventKind;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A harness's effect faults and the entries of a drawn fault schedule are fault spans too: one per effect
 * dropped, delayed or duplicated, one per schedule entry, so the shrinker deletes each as a unit.
 */
class EffectAndScheduleSpansTest {

    private static final FaultConfig EFFECT_FAULTS = FaultConfig.builder()
            .effects(e -> e.dropRate(0.2).duplicateRate(0.2).delayRate(0.2).minDelayTicks(1).maxDelayTicks(3)).build();

    private static SortedMap<String, Integer> faultSpans(Map<String, Integer> spans) {
        SortedMap<String, Integer> faults = new TreeMap<>(spans);
        faults.keySet().removeIf(label -> !FaultSpans.isFault(label));
        return faults;
    }

    @Test
    void everyEffectFaultThatFiredIsOneSpan() {
        for (long seed = 1; seed <= 5; seed++) {
            long[] fired = new long[3];
            Falsified<SimRandom> run = (Falsified<SimRandom>) PropertyRunner.check(Gen.liveRandom(),
                    PropertySettings.seeded(seed).withMaxShrinkAttempts(0), random -> {
                        SimHarness<Integer, Integer, Integer> harness = SimHarness.<Integer, Integer, Integer>builder(
                                        (total, add, now) -> Step.of(total + add, total + add))
                                .context(new SimContext(random)).instances(2, 0).faults(EFFECT_FAULTS).build();
                        for (int i = 0; i < 40; i++) {
                            harness.apply(i % 2, 1);
                        }
                        fired[0] = harness.trace().count(EventKind.EFFECT_DROPPED);
                        fired[1] = harness.trace().count(EventKind.EFFECT_DELAYED);
                        fired[2] = harness.trace().count(EventKind.EFFECT_DUPLICATED);
                        throw new AssertionError("record the run");
                    });
            Map<String, Integer> expected = new TreeMap<>(Map.of(FaultSpans.EFFECT_DROP, (int) fired[0],
                    FaultSpans.EFFECT_DELAY, (int) fired[1], FaultSpans.EFFECT_DUPLICATE, (int) fired[2]));
            expected.values().removeIf(count -> count == 0);
            assertThat(expected).as("seed %d fired some effect faults", seed).isNotEmpty();
            assertThat(faultSpans(run.original().spanCounts())).as("seed %d", seed).isEqualTo(expected);
        }
    }

    @Test
    void everyEntryOfADrawnScheduleIsOneSpan() {
        List<NodeId> nodes = List.of(NodeId.of(0), NodeId.of(1), NodeId.of(2));
        for (long seed = 1; seed <= 5; seed++) {
            int[] entries = new int[1];
            Falsified<SimRandom> run = (Falsified<SimRandom>) PropertyRunner.check(Gen.liveRandom(),
                    PropertySettings.seeded(seed).withMaxShrinkAttempts(0), random -> {
                        entries[0] = FaultSchedule.random(random, nodes, 500, 8).events().size();
                        throw new AssertionError("record the run");
                    });
            int spans = faultSpans(run.original().spanCounts()).getOrDefault(FaultSpans.SCHEDULED, 0);
            assertThat(spans).as("seed %d: an entry whose kind was not valid there is drawn, then skipped", seed)
                    .isGreaterThanOrEqualTo(entries[0]);
            assertThat(spans).as("seed %d drew entries", seed).isPositive();
        }
    }
}
