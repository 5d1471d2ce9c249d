package dev.simscaffold.core.net;

import static dev.simscaffold.core.net.NetTestSupport.N0;
import static dev.simscaffold.core.net.NetTestSupport.N1;
import static dev.simscaffold.core.net.NetTestSupport.N2;
import static dev.simscaffold.core.net.NetTestSupport.events;
import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.trace.EventKind;
import dev.simscaffold.core.trace.TraceEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Random node faults end as configured (partitions heal, crashed nodes restart, pauses resume within
 * their bounds), clock drift is drawn per node, and scheduled faults that random ones overtook are
 * skipped with a note.
 */
class RandomNodeFaultsTest {

    private static SimNetwork<Ping> blasting(long seed, NetworkFaults faults) {
        return SimNetwork.nodes(1, RecorderNode.blaster(N1)).seed(seed).node(RecorderNode.blaster(N2)).node(RecorderNode.blaster(N0))
                .faults(faults).build();
    }

    @Test
    void randomPartitionsHealWithinTheirMaximumDuration() {
        SimNetwork<Ping> net = blasting(1, NetworkFaults.builder().partitionRate(0.02).maxPartitionTicks(20).build());
        net.run(3_000);
        net.run(25);

        List<TraceEvent> partitions = events(net, EventKind.PARTITION);
        List<TraceEvent> heals = events(net, EventKind.HEAL);
        assertThat(partitions).hasSizeGreaterThan(10);
        long startedLate = partitions.stream().filter(p -> p.time().ticks() > net.now().ticks() - 25).count();
        assertThat((long) heals.size()).isBetween(partitions.size() - startedLate, (long) partitions.size());
        for (TraceEvent heal : heals) {
            assertThat(partitions).anySatisfy(p -> {
                assertThat(p.detail()).isEqualTo(heal.detail());
                assertThat(heal.time().ticks() - p.time().ticks()).isBetween(0L, 20L);
            });
        }
    }

    @Test
    void randomlyCrashedNodesRestartAfterTheConfiguredTime() {
        SimNetwork<Ping> net = blasting(2, NetworkFaults.builder().crashRate(0.01).restartAfterTicks(30).build());
        net.run(3_000);

        List<TraceEvent> crashes = events(net, EventKind.CRASH);
        List<TraceEvent> restarts = events(net, EventKind.RESTART);
        assertThat(crashes).hasSizeGreaterThan(5);
        for (TraceEvent restart : restarts) {
            assertThat(crashes).anySatisfy(c -> {
                assertThat(c.actor()).isEqualTo(restart.actor());
                assertThat(restart.time().ticks() - c.time().ticks()).isEqualTo(30);
            });
        }
        assertThat(restarts.size()).isGreaterThanOrEqualTo(crashes.size() - 3);
    }

    @Test
    void randomPausesResumeWithinTheirMaximum() {
        SimNetwork<Ping> net = blasting(3, NetworkFaults.builder().pauseRate(0.01).maxPauseTicks(40).build());
        net.run(3_000);

        List<TraceEvent> pauses = events(net, EventKind.PAUSE);
        List<TraceEvent> resumes = events(net, EventKind.RESUME);
        assertThat(pauses).hasSizeGreaterThan(5);
        assertThat(resumes.size()).isBetween(pauses.size() - 3, pauses.size());
        assertThat(net.stats().pauses()).isEqualTo(pauses.size());
    }

    @Test
    void clockDriftIsDrawnPerNodeWithinTheConfiguredBound() {
        SimNetwork<Ping> net = SimNetwork.nodes(8, (id, random, now) -> new RecorderNode(id)).seed(4)
                .faults(FaultConfig.builder().network(n -> n.maxClockDriftPpm(50_000)).build())
                .clock(NodeId.of(7), new NodeClock(5, 0))
                .build();

        List<Long> drifts = net.nodeIds().subList(0, 7).stream().map(id -> net.clock(id).driftPpm()).toList();
        assertThat(drifts).allSatisfy(d -> assertThat(d).isBetween(-50_000L, 50_000L));
        assertThat(drifts.stream().distinct().count()).isGreaterThan(1);
        assertThat(net.clock(NodeId.of(7))).isEqualTo(new NodeClock(5, 0));
    }

    @Test
    void scheduledFaultsOvertakenByRandomOnesAreSkippedWithANote() {
        FaultSchedule schedule = FaultSchedule.of(List.of(N0, N1, N2), List.of(
                new FaultEvent.Crash(10, N1), new FaultEvent.Restart(20, N1)));
        SimNetwork<Ping> net = SimNetwork.nodes(3, (id, random, now) -> new RecorderNode(id)).seed(5).schedule(schedule).build();
        net.crash(N1);
        net.run(15);
        net.restart(N1);
        net.run(10);

        assertThat(events(net, EventKind.NOTE)).extracting(TraceEvent::detail).containsExactly(
                "skipped scheduled 't=10 crash node-1': node already crashed",
                "skipped scheduled 't=20 restart node-1': node already up");
    }
}
