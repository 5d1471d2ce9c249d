package dev.simscaffold.core.net;

import static dev.simscaffold.core.net.NetTestSupport.N0;
import static dev.simscaffold.core.net.NetTestSupport.N1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.trace.EventKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Disks on a network are configured and scheduled with clear errors: bad sizes and counts, a disk node that
 * cannot receive completions, power losses naming unknown nodes; the schedule state treats a power loss as
 * a crash; random schedules draw power losses only when asked.
 */
class DiskNetworkValidationTest {

    private static final List<NodeId> TWO = List.of(N0, N1);

    @Test
    void impossibleDiskConfigurationIsRejectedNamingTheValue() {
        assertThatThrownBy(() -> SimNetwork.nodes(1, (id, random, now) -> new RecorderNode(id)).diskSectorBytes(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("diskSectorBytes must be >= 1, got 0");
        assertThatThrownBy(() -> SimNetwork.diskNodes(0, (id, random, now, disk, recovered) -> new IoLoadNode(disk, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("node count must be >= 1, got 0");
        assertThatThrownBy(() -> SimNetwork.nodes(1, (id, random, now) -> new RecorderNode(id)).storage(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("StorageFaults.none()");
    }

    @Test
    void aNodeWithoutADiskHasNoDiskAndAPowerLossJustCrashesIt() {
        SimNetwork<Ping> net = NetTestSupport.recorders(2, NetworkFaults.NONE);
        assertThat(net.disk(N0)).isEmpty();
        net.powerLoss(N0);
        assertThat(net.isUp(N0)).isFalse();
        assertThat(NetTestSupport.events(net, EventKind.CRASH)).singleElement()
                .satisfies(crash -> assertThat(crash.detail()).isEqualTo("power loss"));
        assertThat(net.trace().count(EventKind.POWER_LOSS)).isZero();
    }

    @Test
    void powerLossEntriesAreValidatedAndCountAsCrashes() {
        assertThatThrownBy(() -> new FaultEvent.PowerLoss(-1, N0)).hasMessage("PowerLoss.at must be >= 0, got -1");
        assertThatThrownBy(() -> new FaultEvent.PowerLoss(0, null)).hasMessage("PowerLoss.node must not be null");
        assertThatThrownBy(() -> FaultSchedule.of(TWO, List.of(new FaultEvent.PowerLoss(3, NodeId.of(5)))))
                .hasMessage("invalid fault schedule: unknown node node-5 in 't=3 power loss node-5': the schedule's nodes are [node-0, node-1]");
        assertThatThrownBy(() -> FaultSchedule.of(TWO, List.of(new FaultEvent.PowerLoss(3, N0), new FaultEvent.Crash(4, N0))))
                .hasMessage("invalid fault schedule: cannot crash node-0 at t=4: it is already crashed");

        FaultSchedule lossOfACrashedMachine = FaultSchedule.of(TWO,
                List.of(new FaultEvent.Crash(1, N0), new FaultEvent.PowerLoss(2, N0), new FaultEvent.Restart(3, N0)));
        assertThat(lossOfACrashedMachine.events()).hasSize(3);
        assertThat(FaultSchedule.of(TWO, List.of(new FaultEvent.PowerLoss(2, N1))).recoverAllAt(9).events())
                .containsExactly(new FaultEvent.PowerLoss(2, N1), new FaultEvent.Restart(9, N1));
    }

    @Test
    void aScheduledPowerLossOfACrashedNodeReachesItsDiskAndLeavesItDown() {
        SimNetwork<Ping> net = SimNetwork.diskNodes(1, (id, random, now, disk, recovered) -> new IoLoadNode(disk, 1)).seed(1)
                .schedule(FaultSchedule.of(List.of(N0), List.of(new FaultEvent.Crash(5, N0), new FaultEvent.PowerLoss(6, N0))))
                .build();
        net.run(5);
        assertThat(net.isUp(N0)).isFalse();
        net.run(2);
        assertThat(net.isUp(N0)).isFalse();
        assertThat(net.trace().count(EventKind.DISK_PROCESS_CRASH)).isEqualTo(1);
        assertThat(net.trace().count(EventKind.POWER_LOSS)).isEqualTo(1);
        assertThat(net.trace().count(EventKind.CRASH)).isEqualTo(1);
    }

    @Test
    void randomSchedulesDrawPowerLossesOnlyWhenAsked() {
        int withLoss = 0;
        for (long seed = 0; seed < 200; seed++) {
            FaultSchedule plain = FaultSchedule.random(SimRandom.seeded(seed), TWO, 500, 8);
            assertThat(plain.events()).noneMatch(FaultEvent.PowerLoss.class::isInstance);
            FaultSchedule lossy = Gen.faultSchedulesWithPowerLoss(TWO, 500, 8).draw(SimRandom.seeded(seed));
            withLoss += lossy.events().stream().anyMatch(FaultEvent.PowerLoss.class::isInstance) ? 1 : 0;
            assertThat(FaultSchedule.of(TWO, lossy.events())).isEqualTo(lossy);
        }
        assertThat(withLoss).isBetween(60, 200);
        assertThatThrownBy(() -> Gen.faultSchedulesWithPowerLoss(List.of(), 10, 1)).hasMessageContaining("at least one node");
    }
}
