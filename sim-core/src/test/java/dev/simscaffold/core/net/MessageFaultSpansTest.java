package dev.simscaffold.core.net;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.check.ActionCount;
import dev.simscaffold.core.check.Counterexample;
import dev.simscaffold.core.check.Falsified;
import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.check.PropertyRunner;
import dev.simscaffold.core.check.PropertySettings;
import dev.simscaffold.core.explore.FaultSpans;
import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.random.SimRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The network's message faults are injected actions: each drop, duplicate and heavy-tail delay the run chose
 * is one {@code fault.message.*} span (a decision that said no leaves none), so {@link Counterexample#actions()}
 * counts it and the shrinker removes it as a unit. Before, they were bare decisions inside a
 * {@code network.event} span, and a shrunk case with a dozen lost messages counted none of them.
 */
class MessageFaultSpansTest {

    private static final NetworkFaults FAULTS = NetworkFaults.builder().minDelayTicks(1).maxDelayTicks(4)
            .lossRate(0.05).duplicateRate(0.05).tailDelayRate(0.05).maxTailDelayTicks(30).build();

    private static SimNetwork<Chatter.Note> run(SimRandom random) {
        SimNetwork<Chatter.Note> net = SimNetwork.nodes(4, (id, nodeRandom, now) -> new Chatter(id, 4)).random(random).faults(FAULTS).build();
        net.run(200);
        return net;
    }

    private static SortedMap<String, Integer> faultSpans(Counterexample<?> counterexample) {
        SortedMap<String, Integer> counts = new TreeMap<>(counterexample.spanCounts());
        counts.keySet().removeIf(label -> !FaultSpans.isFault(label));
        return counts;
    }

    @Test
    void everyMessageFaultThatFiredIsOneCountedAction() {
        for (long seed = 1; seed <= 5; seed++) {
            List<NetworkStats> stats = new ArrayList<>();
            Falsified<SimRandom> run = (Falsified<SimRandom>) PropertyRunner.check(Gen.liveRandom(),
                    PropertySettings.seeded(seed).withMaxShrinkAttempts(0), random -> {
                        stats.add(run(random).stats());
                        throw new AssertionError("record the run");
                    });
            NetworkStats fired = stats.get(0);
            Map<String, Integer> expected = new TreeMap<>(Map.of(FaultSpans.MESSAGE_DROP, (int) fired.dropped(),
                    FaultSpans.MESSAGE_DUPLICATE, (int) fired.duplicated(), FaultSpans.MESSAGE_DELAY, (int) fired.tailDelayed()));
            expected.values().removeIf(count -> count == 0);

            assertThat(expected).as("seed %d fired every kind", seed).hasSize(3);
            assertThat(faultSpans(run.original())).as("seed %d", seed).isEqualTo(expected);
            assertThat(run.original().actions()).as("seed %d", seed)
                    .isEqualTo(new ActionCount(0, (int) (fired.dropped() + fired.duplicated() + fired.tailDelayed())));
        }
    }

    @Test
    void aRunThatNeedsOneLostMessageShrinksToThatOneDrop() {
        Falsified<SimRandom> failure = (Falsified<SimRandom>) PropertyRunner.check(Gen.liveRandom(), PropertySettings.seeded(3),
                random -> assertThat(run(random).stats().dropped()).isZero());

        assertThat(faultSpans(failure.original()).values().stream().mapToInt(Integer::intValue).sum()).isGreaterThan(10);
        assertThat(faultSpans(failure.shrunk())).isEqualTo(Map.of(FaultSpans.MESSAGE_DROP, 1));
        assertThat(failure.shrunk().actions()).isEqualTo(new ActionCount(0, 1));
    }
}
