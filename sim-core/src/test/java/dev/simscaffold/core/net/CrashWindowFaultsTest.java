package dev.simscaffold.core.net;

import static dev.simscaffold.core.net.NetTestSupport.N0;
import static dev.simscaffold.core.net.NetTestSupport.N1;
import static dev.simscaffold.core.net.NetTestSupport.N2;
import static dev.simscaffold.core.net.NetTestSupport.events;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.trace.EventKind;
import dev.simscaffold.core.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fault-layer options that reach a crash's narrow windows: down times drawn over a range on a log scale
 * ({@link NetworkFaults#minRestartAfterTicks()}), crashes aimed at the node that has just handled a message
 * ({@link NetworkFaults#recipientCrashShare()}), and a per-run intensity drawn by {@link NetworkFaults#swarmAround}.
 */
class CrashWindowFaultsTest {

    private static SimNetwork<Ping> blasting(long seed, NetworkFaults faults) {
        return SimNetwork.nodes(1, RecorderNode.blaster(N1)).seed(seed).node(RecorderNode.blaster(N2)).node(RecorderNode.blaster(N0))
                .faults(faults).build();
    }

    private static List<Long> downTimes(SimNetwork<Ping> net) {
        List<Long> down = new ArrayList<>();
        List<TraceEvent> restarts = events(net, EventKind.RESTART);
        for (TraceEvent crash : events(net, EventKind.CRASH)) {
            restarts.stream().filter(r -> r.actor().equals(crash.actor()) && r.time().ticks() >= crash.time().ticks()).findFirst()
                    .ifPresent(r -> down.add(r.time().ticks() - crash.time().ticks()));
        }
        return down;
    }

    @Test
    void downTimesSpreadOverTheRangeWithShortOnesAsCommonAsLongOnes() {
        SimNetwork<Ping> net = blasting(2, NetworkFaults.builder().crashRate(0.01).restartAfterTicks(80).minRestartAfterTicks(0).build());
        net.run(20_000);

        List<Long> down = downTimes(net);
        assertThat(down).hasSizeGreaterThan(100).allSatisfy(t -> assertThat(t).isBetween(0L, 80L));
        long veryShort = down.stream().filter(t -> t <= 3).count();
        long long_ = down.stream().filter(t -> t >= 40).count();
        assertThat(veryShort).as("down times of at most 3 ticks among %s", down).isGreaterThan(down.size() / 5);
        assertThat(long_).as("down times of at least 40 ticks").isGreaterThan(down.size() / 20);
    }

    @Test
    void withoutARangeEveryDownTimeIsTheFixedOneAndNothingMoreIsDrawn() {
        NetworkFaults fixed = NetworkFaults.builder().crashRate(0.01).restartAfterTicks(30).build();
        assertThat(fixed.minRestartAfterTicks()).isEqualTo(30);
        assertThat(fixed.toBuilder().restartAfterTicks(10).build().minRestartAfterTicks()).isEqualTo(10);
        SimNetwork<Ping> a = blasting(5, fixed);
        SimNetwork<Ping> b = blasting(5, fixed.toBuilder().recipientCrashShare(0).build());
        a.run(5_000);
        b.run(5_000);
        assertThat(downTimes(a)).isNotEmpty().allSatisfy(t -> assertThat(t).isEqualTo(30L));
        assertThat(a.trace().fingerprint()).isEqualTo(b.trace().fingerprint());
    }

    @Test
    void aimedCrashesStrikeTheNodeThatHasJustHandledTheMessage() {
        NetworkFaults aimed = NetworkFaults.builder().crashRate(0.01).restartAfterTicks(20).recipientCrashShare(1).build();
        SimNetwork<Ping> net = blasting(3, aimed);
        net.run(10_000);

        List<TraceEvent> all = net.trace().events();
        int crashes = 0;
        for (int i = 1; i < all.size(); i++) {
            if (all.get(i).kind() == EventKind.CRASH) {
                crashes++;
                TraceEvent before = all.get(i - 1);
                assertThat(before.kind()).isEqualTo(EventKind.DELIVER);
                assertThat(before.peer()).isEqualTo(all.get(i).actor());
            }
        }
        assertThat(crashes).isGreaterThan(20);
        SimNetwork<Ping> unaimed = blasting(3, aimed.toBuilder().recipientCrashShare(0).build());
        unaimed.run(10_000);
        List<TraceEvent> u = unaimed.trace().events();
        boolean struckAnother = false;
        for (int i = 1; i < u.size(); i++) {
            if (u.get(i).kind() == EventKind.CRASH && u.get(i - 1).kind() == EventKind.DELIVER) {
                struckAnother |= !u.get(i - 1).peer().equals(u.get(i).actor());
            }
        }
        assertThat(struckAnother).as("an unaimed crash may strike a node other than the recipient").isTrue();
    }

    @Test
    void swarmAroundVariesTheIntensityPerRunAndReplaysFromItsStream() {
        NetworkFaults base = NetworkFaults.builder().lossRate(0.02).crashRate(0.004).restartAfterTicks(40).partitionRate(0.004)
                .maxPartitionTicks(80).build();
        List<NetworkFaults> drawn = new ArrayList<>();
        for (long seed = 1; seed <= 40; seed++) {
            NetworkFaults variant = base.swarmAround(SimRandom.seeded(seed));
            assertThat(variant).isEqualTo(base.swarmAround(SimRandom.seeded(seed)));
            assertThat(variant.lossRate()).isEqualTo(0.02);
            assertThat(variant.pauseRate()).isZero();
            assertThat(variant.minRestartAfterTicks()).isZero();
            assertThat(variant.restartAfterTicks()).isBetween(5L, 80L);
            drawn.add(variant);
        }
        assertThat(drawn.stream().map(NetworkFaults::crashRate).distinct().count()).isGreaterThan(4);
        assertThat(drawn).anySatisfy(v -> assertThat(v.crashRate()).isZero());
        assertThat(drawn).anySatisfy(v -> assertThat(v.recipientCrashShare()).isEqualTo(1.0));
        assertThat(drawn).anySatisfy(v -> assertThat(v.recipientCrashShare()).isZero());
        assertThat(NetworkFaults.NONE.swarmAround(SimRandom.seeded(1))).isEqualTo(NetworkFaults.NONE);
    }

    @Test
    void badRangesAndSharesAreRefusedNamingTheValue() {
        assertThatThrownBy(() -> NetworkFaults.builder().restartAfterTicks(10).minRestartAfterTicks(11).build())
                .hasMessageContaining("network.minRestartAfterTicks").hasMessageContaining("11");
        assertThatThrownBy(() -> NetworkFaults.builder().minRestartAfterTicks(-2))
                .hasMessageContaining("network.minRestartAfterTicks").hasMessageContaining("-2");
        assertThatThrownBy(() -> FaultConfig.builder().network(n -> n.recipientCrashShare(1.5)).build())
                .hasMessageContaining("network.recipientCrashShare").hasMessageContaining("1.5");
    }
}
