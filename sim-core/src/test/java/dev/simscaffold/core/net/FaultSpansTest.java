package dev.simscaffold.core.net;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.check.Falsified;
import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.check.PropertyRunner;
import dev.simscaffold.core.check.PropertySettings;
import dev.simscaffold.core.explore.FaultSpans;
import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.trace.EventKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Random node faults are spans in the choice sequence, one per fault that fired (a decision that said no
 * leaves none), so the shrinker deletes a fault with its details as a unit.
 */
class FaultSpansTest {

    private static final NetworkFaults FAULTS = NetworkFaults.builder().minDelayTicks(1).maxDelayTicks(4)
            .partitionRate(0.02).maxPartitionTicks(20).crashRate(0.02).restartAfterTicks(15).pauseRate(0.02).maxPauseTicks(10)
            .build();

    private static SimNetwork<Chatter.Note> run(SimRandom random) {
        SimNetwork<Chatter.Note> net = SimNetwork.nodes(4, (id, nodeRandom, now) -> new Chatter(id, 4)).random(random).faults(FAULTS).build();
        net.run(300);
        return net;
    }

    @Test
    void everyRandomFaultThatFiredIsOneSpanAndNoOtherDecisionIs() {
        for (long seed = 1; seed <= 5; seed++) {
            List<Map<String, Integer>> fired = new ArrayList<>();
            Falsified<SimRandom> run = (Falsified<SimRandom>) PropertyRunner.check(Gen.liveRandom(),
                    PropertySettings.seeded(seed).withMaxShrinkAttempts(0), random -> {
                        SimNetwork<Chatter.Note> net = run(random);
                        fired.add(Map.of(FaultSpans.PARTITION, (int) net.trace().count(EventKind.PARTITION),
                                FaultSpans.CRASH, (int) net.trace().count(EventKind.CRASH),
                                FaultSpans.PAUSE, (int) net.trace().count(EventKind.PAUSE)));
                        throw new AssertionError("record the run");
                    });
            SortedMap<String, Integer> faultSpans = new TreeMap<>(run.original().spanCounts());
            faultSpans.keySet().removeIf(label -> !FaultSpans.isFault(label));
            Map<String, Integer> expected = new TreeMap<>(fired.get(0));
            expected.values().removeIf(count -> count == 0);
            assertThat(expected).as("seed %d fired some faults", seed).isNotEmpty();
            assertThat(faultSpans).as("seed %d", seed).isEqualTo(expected);
        }
    }

    @Test
    void aRunThatNeedsOneCrashShrinksToOneCrashSpan() {
        Falsified<SimRandom> failure = (Falsified<SimRandom>) PropertyRunner.check(Gen.liveRandom(), PropertySettings.seeded(7),
                random -> assertThat(run(random).trace().count(EventKind.CRASH)).isZero());
        SortedMap<String, Integer> faultSpans = new TreeMap<>(failure.shrunk().spanCounts());
        faultSpans.keySet().removeIf(label -> !FaultSpans.isFault(label));
        assertThat(faultSpans).isEqualTo(Map.of(FaultSpans.CRASH, 1));
    }
}
