package dev.simscaffold.core.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Inside a property, PCT's and the portfolio's decisions (priorities, change points, the member) are recorded
 * choices: the property finds {@link BurstRace}'s bug, and the shrunk counterexample replays from its choices
 * and from its regenerated value.
 */
class PctPropertyTest {

    private static final ForkPath ORDER = ForkPath.ROOT.child("network.order");
    private static final NetworkFaults DELAYS = NetworkFaults.builder().minDelayTicks(1).maxDelayTicks(8).build();

    private static final PropertyCheck<SimRandom> NOT_OVERTAKEN = random -> {
        SimNetwork<Integer> net = SimNetwork.nodes(3, (id, nodeRandom, now) -> new BurstRace(id)).random(random).faults(DELAYS).build();
        net.run(20);
        assertThat(net.node(NodeId.of(2), BurstRace.class).orElseThrow().overtaken()).as("node 1's burst overtook node 0's").isFalse();
    };

    @ParameterizedTest
    @ValueSource(strings = {"pct:3", "portfolio:pct:3,pos"})
    void theBugIsFoundAndItsShrunkCounterexampleReplays(String name) {
        Strategy strategy = Strategy.parse(name);
        PropertySettings settings = PropertySettings.seeded(5).withStrategy(strategy);
        PropertyResult<SimRandom> result = PropertyRunner.check(Gen.liveRandom(), settings, NOT_OVERTAKEN);

        assertThat(result).isInstanceOf(Falsified.class);
        Falsified<SimRandom> failure = (Falsified<SimRandom>) result;
        assertThat(failure.triesRun()).isLessThanOrEqualTo(50);
        assertThat(failure.original().choices().stream(ORDER)).as("the strategy's draws, recorded").isNotEmpty();
        PropertyResult<SimRandom> replayed = PropertyRunner.recheck(Gen.liveRandom(), settings.withSeed(failure.failingSeed()),
                failure.shrunk().choices().encoded(), NOT_OVERTAKEN);
        assertThat(replayed).as("the shrunk case, replayed from its choices").isInstanceOf(Falsified.class);
        SimRandom value = PropertyRunner.replay(Gen.liveRandom(), failure.shrunk().choices(), failure.failingSeed(), strategy);
        assertThatThrownBy(() -> NOT_OVERTAKEN.check(value)).as("the shrunk value, regenerated and run again")
                .isInstanceOf(AssertionError.class);
    }
}
