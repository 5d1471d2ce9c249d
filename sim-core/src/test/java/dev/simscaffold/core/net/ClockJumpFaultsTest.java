package dev.simscaffold.core.net;

import static dev.simscaffold.core.net.NetTestSupport.N0;
import static dev.simscaffold.core.net.NetTestSupport.N1;
import static dev.simscaffold.core.net.NetTestSupport.N2;
import static dev.simscaffold.core.net.NetTestSupport.events;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.check.Falsified;
import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.check.PropertyRunner;
import dev.simscaffold.core.check.PropertySettings;
import dev.simscaffold.core.explore.FaultSpans;
import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.trace.EventKind;
import dev.simscaffold.core.trace.TraceEvent;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Clock jumps ({@link NetworkFaults#clockJumpRate()}): the timer clocks of a random group of live nodes step
 * forward together, so timers that were apart fire at the same tick. The planted bug is a pair of "election"
 * timers that a protocol assumes never fire together (a split candidacy): found with clock jumps on, never without.
 */
class ClockJumpFaultsTest {

    private static final long FIRST_TIMEOUT = 300;
    private static final long SECOND_TIMEOUT = 340;
    private static final NetworkFaults JUMPS = NetworkFaults.builder().clockJumpRate(0.01).maxClockJumpTicks(80).build();

    /** Node 0 pings node 1 every tick (deliveries, after which random faults are decided); nodes 1 and 2 each arm one timer. */
    private static SimNetwork<Ping> twoTimers(SimRandom random, NetworkFaults faults) {
        SimNetwork<Ping> net = SimNetwork.nodes(1, RecorderNode.blaster(N1)).random(random).node((id, r, now) -> new RecorderNode(id))
                .node((id, r, now) -> new RecorderNode(id)).faults(faults).build();
        net.invoke(N1, RecorderNode.class, "timer", node -> node.setTimer(FIRST_TIMEOUT));
        net.invoke(N2, RecorderNode.class, "timer", node -> node.setTimer(SECOND_TIMEOUT));
        net.run(FIRST_TIMEOUT + 100);
        return net;
    }

    /** The planted bug: both timers fired, at the same network tick. */
    private static boolean timersCollided(SimNetwork<Ping> net) {
        List<TraceEvent> timers = events(net, EventKind.TIMER);
        List<Long> first = timers.stream().filter(e -> e.actor().equals("node-1")).map(e -> e.time().ticks()).toList();
        List<Long> second = timers.stream().filter(e -> e.actor().equals("node-2")).map(e -> e.time().ticks()).toList();
        return !first.isEmpty() && first.equals(second);
    }

    private static int collisions(NetworkFaults faults) {
        int found = 0;
        for (long seed = 1; seed <= 200; seed++) {
            found += timersCollided(twoTimers(SimRandom.seeded(seed), faults)) ? 1 : 0;
        }
        return found;
    }

    @Test
    void clockJumpsMakeTimersThatWereApartFireTogetherAndNothingElseDoes() {
        assertThat(collisions(JUMPS)).as("runs whose two timers fired at the same tick, jumps on").isGreaterThan(5);
        assertThat(collisions(NetworkFaults.NONE)).as("jumps off").isZero();
        assertThat(collisions(NetworkFaults.builder().crashRate(0.002).restartAfterTicks(5).pauseRate(0.01).maxPauseTicks(80).build()))
                .as("crashes and pauses without jumps").isZero();
    }

    @Test
    void aJumpStepsEveryClockOfItsGroupByTheSameAmountAndReplays() {
        for (long seed = 1; seed <= 20; seed++) {
            SimNetwork<Ping> net = twoTimers(SimRandom.seeded(seed), JUMPS);
            SimNetwork<Ping> again = twoTimers(SimRandom.seeded(seed), JUMPS);
            assertThat(again.trace().fingerprint()).isEqualTo(net.trace().fingerprint());
            long stepped = 0;
            for (TraceEvent jump : events(net, EventKind.CLOCK_JUMP)) {
                long ticks = Long.parseLong(jump.detail().substring(1, jump.detail().indexOf(' ')));
                assertThat(ticks).isBetween(1L, 80L);
                stepped += ticks;
            }
            long offsets = net.clock(N0).offsetTicks() + net.clock(N1).offsetTicks() + net.clock(N2).offsetTicks();
            assertThat(offsets).as("seed %d: the clocks moved by the jumps in the trace", seed).isEqualTo(stepped);
        }
    }

    @Test
    void aRunThatNeedsTheTimersToCollideShrinksToClockJumpSpansAlone() {
        Falsified<SimRandom> failure = (Falsified<SimRandom>) PropertyRunner.check(Gen.liveRandom(), PropertySettings.seeded(3),
                random -> assertThat(timersCollided(twoTimers(random, JUMPS))).isFalse());
        SortedMap<String, Integer> faultSpans = new TreeMap<>(failure.shrunk().spanCounts());
        faultSpans.keySet().removeIf(label -> !FaultSpans.isFault(label));
        assertThat(faultSpans).containsOnlyKeys(FaultSpans.CLOCK_JUMP);
        assertThat(faultSpans.get(FaultSpans.CLOCK_JUMP)).as("one jump of both nodes, or one of each").isBetween(1, 2);
    }

    @Test
    void withoutJumpsARunDrawsAndRecordsExactlyWhatItDidBefore() {
        NetworkFaults crashes = NetworkFaults.builder().crashRate(0.01).restartAfterTicks(20).build();
        SimNetwork<Ping> plain = twoTimers(SimRandom.seeded(9), crashes);
        SimNetwork<Ping> zeroRate = twoTimers(SimRandom.seeded(9), crashes.toBuilder().clockJumpRate(0).maxClockJumpTicks(50).build());
        assertThat(zeroRate.trace().fingerprint()).isEqualTo(plain.trace().fingerprint());
        assertThat(events(plain, EventKind.CLOCK_JUMP)).isEmpty();
        assertThat(crashes.swarmAround(SimRandom.seeded(4)).clockJumpRate()).isZero();
    }

    @Test
    void badRatesAndStepsAreRefusedNamingTheValue() {
        assertThatThrownBy(() -> FaultConfig.builder().network(n -> n.clockJumpRate(1.5).maxClockJumpTicks(10)).build())
                .hasMessageContaining("network.clockJumpRate").hasMessageContaining("1.5");
        assertThatThrownBy(() -> NetworkFaults.builder().clockJumpRate(-0.1).maxClockJumpTicks(10).build())
                .hasMessageContaining("network.clockJumpRate").hasMessageContaining("-0.1");
        assertThatThrownBy(() -> NetworkFaults.builder().maxClockJumpTicks(-3).build())
                .hasMessageContaining("network.maxClockJumpTicks").hasMessageContaining("-3");
        assertThatThrownBy(() -> NetworkFaults.builder().clockJumpRate(0.1).build())
                .hasMessageContaining("network.maxClockJumpTicks");
    }
}
