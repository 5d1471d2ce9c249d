package dev.simscaffold.core.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.check.Falsified;
import dev.simscaffold.core.check.ForkPath;
import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.check.PropertyCheck;
import dev.simscaffold.core.check.PropertyResult;
import dev.simscaffold.core.check.PropertyRunner;
import dev.simscaffold.core.check.PropertySettings;
import dev.simscaffold.core.explore.Strategy;
import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.trace.EventKind;
import dev.simscaffold.core.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The property engine's strategy reaches a network a property builds on its stream, with no extra
 * argument: the stream carries the settings' strategy, the network's decisions are recorded choices on
 * the {@code network.order} path, and a shrunk counterexample replays from its recorded choices.
 */
class ExplorationPropertyTest {

    private static final ForkPath ORDER = ForkPath.ROOT.child("network.order");
    private static final NetworkFaults DELAYS = NetworkFaults.builder().minDelayTicks(1).maxDelayTicks(8).build();

    /** Fails when node-0 hears from node-3 before anyone else: whether it does depends on the schedule. */
    private static final PropertyCheck<SimRandom> NODE_3_IS_NOT_HEARD_FIRST = random -> {
        SimNetwork<Chatter.Note> net = SimNetwork.nodes(4, (id, nodeRandom, now) -> new Chatter(id, 4)).random(random).faults(DELAYS).build();
        net.run(30);
        List<String> heardBy0 = new ArrayList<>();
        for (TraceEvent event : net.trace().events()) {
            if (event.kind() == EventKind.DELIVER && event.peer().equals("node-0")) {
                heardBy0.add(event.actor());
            }
        }
        assertThat(heardBy0).first().isNotEqualTo("node-3");
    };

    @Test
    void aContextOverAPropertysStreamHasThePropertysStrategy() {
        List<Strategy> seen = new ArrayList<>();
        PropertyRunner.check(Gen.liveRandom(), PropertySettings.seeded(3).withTries(2).withStrategy(Strategy.randomWalk()),
                random -> seen.add(new SimContext(random).strategy()));
        assertThat(seen).containsExactly(Strategy.randomWalk(), Strategy.randomWalk());
    }

    @Test
    void aRandomWalkInsideAPropertyRecordsItsDecisionsAndItsCounterexampleReplays() {
        PropertySettings settings = PropertySettings.seeded(24).withStrategy(Strategy.randomWalk());
        PropertyResult<SimRandom> result = PropertyRunner.check(Gen.liveRandom(), settings, NODE_3_IS_NOT_HEARD_FIRST);

        assertThat(result).isInstanceOf(Falsified.class);
        Falsified<SimRandom> failure = (Falsified<SimRandom>) result;
        assertThat(failure.original().choices().stream(ORDER)).as("the walk's decisions, recorded").isNotEmpty();
        PropertyResult<SimRandom> replayed = PropertyRunner.recheck(Gen.liveRandom(), settings.withSeed(failure.failingSeed()),
                failure.shrunk().choices().encoded(), NODE_3_IS_NOT_HEARD_FIRST);
        assertThat(replayed).as("the shrunk case, replayed from its choices").isInstanceOf(Falsified.class);
        SimRandom value = PropertyRunner.replay(Gen.liveRandom(), failure.shrunk().choices(), failure.failingSeed(), Strategy.randomWalk());
        assertThatThrownBy(() -> NODE_3_IS_NOT_HEARD_FIRST.check(value)).as("the shrunk value, regenerated and run again")
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void theUniformStrategyMakesNoDecisionsToRecord() {
        PropertyResult<SimRandom> result = PropertyRunner.check(Gen.liveRandom(), PropertySettings.seeded(24), NODE_3_IS_NOT_HEARD_FIRST);

        assertThat(result).isInstanceOf(Falsified.class);
        assertThat(((Falsified<SimRandom>) result).original().choices().stream(ORDER)).isEmpty();
    }
}
