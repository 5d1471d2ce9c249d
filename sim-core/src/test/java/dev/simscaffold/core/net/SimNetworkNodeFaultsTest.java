package dev.simscaffold.core.net;

import static dev.simscaffold.core.net.NetTestSupport.N0;
import static dev.simscaffold.core.net.NetTestSupport.N1;
import static dev.simscaffold.core.net.NetTestSupport.N2;
import static dev.simscaffold.core.net.NetTestSupport.events;
import static dev.simscaffold.core.net.NetTestSupport.node;
import static dev.simscaffold.core.net.NetTestSupport.numbers;
import static dev.simscaffold.core.net.NetTestSupport.recorders;
import static dev.simscaffold.core.net.NetTestSupport.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.trace.EventKind;
import dev.simscaffold.core.trace.TraceEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Partitions, crashes, restarts, pauses and skewed clocks, each observed from the nodes' side. */
class SimNetworkNodeFaultsTest {

    private static final NetworkFaults DELAY_3 = NetworkFaults.builder().minDelayTicks(3).maxDelayTicks(3).build();

    @Test
    void aSymmetricPartitionDeliversNothingEitherWayUntilHealed() {
        SimNetwork<Ping> net = recorders(3, NetworkFaults.NONE);
        net.partition(List.of(N0), List.of(N1, N2));
        send(net, N0, N1, 1);
        send(net, N1, N0, 2);
        send(net, N1, N2, 3);
        net.run(10);

        assertThat(node(net, N1).received()).isEmpty();
        assertThat(node(net, N0).received()).isEmpty();
        assertThat(numbers(node(net, N2))).containsExactly(3);
        assertThat(net.stats().partitionBlocked()).isEqualTo(2);

        net.heal();
        send(net, N0, N1, 4);
        send(net, N1, N0, 5);
        net.run(10);
        assertThat(numbers(node(net, N1))).containsExactly(4);
        assertThat(numbers(node(net, N0))).containsExactly(5);
    }

    @Test
    void aOneWayPartitionBlocksOnlyItsDirection() {
        SimNetwork<Ping> net = recorders(2, NetworkFaults.NONE);
        net.partitionOneWay(List.of(N0), List.of(N1));
        send(net, N0, N1, 1);
        send(net, N1, N0, 2);
        net.run(10);

        assertThat(node(net, N1).received()).isEmpty();
        assertThat(numbers(node(net, N0))).containsExactly(2);
        assertThat(events(net, EventKind.PARTITION_BLOCKED)).extracting(TraceEvent::actor, TraceEvent::peer)
                .containsExactly(tuple("node-0", "node-1"));
    }

    @Test
    void aMessageInFlightWhenAPartitionStartsIsBlockedAtDelivery() {
        SimNetwork<Ping> net = recorders(2, DELAY_3);
        send(net, N0, N1, 1);
        net.run(1);
        net.partition(List.of(N0), List.of(N1));
        net.run(10);

        assertThat(node(net, N1).received()).isEmpty();
        assertThat(events(net, EventKind.PARTITION_BLOCKED)).singleElement()
                .satisfies(e -> assertThat(e.time().ticks()).isEqualTo(3));
    }

    @Test
    void aCrashedNodeReceivesNothingAndFiresNoTimer() {
        SimNetwork<Ping> net = recorders(2, DELAY_3);
        net.invoke(N1, RecorderNode.class, "timer", node -> node.setTimer(5));
        send(net, N0, N1, 1);
        net.run(1);
        net.crash(N1);
        send(net, N0, N1, 2);
        net.run(20);

        assertThat(net.isUp(N1)).isFalse();
        assertThat(net.node(N1)).isEmpty();
        assertThat(net.view().live()).containsOnlyKeys(N0);
        assertThat(net.stats().node(N1).delivered()).isZero();
        assertThat(net.stats().node(N1).timersFired()).isZero();
        assertThat(events(net, EventKind.TIMER)).isEmpty();
        assertThat(events(net, EventKind.DROP)).hasSize(2).allSatisfy(e -> assertThat(e.peer()).isEqualTo("node-1"));
    }

    @Test
    void messagesInFlightAtACrashAreLostEvenIfTheNodeIsBackBeforeTheyArrive() {
        SimNetwork<Ping> net = recorders(2, DELAY_3);
        send(net, N0, N1, 1);
        net.run(1);
        net.crash(N1);
        net.restart(N1);
        send(net, N0, N1, 2);
        net.run(10);

        assertThat(numbers(node(net, N1))).containsExactly(2);
    }

    @Test
    void aRestartedNodeStartsFromItsFactory() {
        SimNetwork<Ping> net = recorders(2, NetworkFaults.NONE);
        send(net, N0, N1, 1);
        net.run(5);
        RecorderNode before = node(net, N1);

        net.crash(N1);
        net.restart(N1);

        RecorderNode after = node(net, N1);
        assertThat(after).isNotSameAs(before);
        assertThat(after.received()).isEmpty();
        assertThat(after.restoredCount()).isZero();
        assertThat(net.incarnation(N1)).isEqualTo(1);
        assertThat(net.stats().node(N1).crashes()).isEqualTo(1);
        assertThat(net.stats().node(N1).restarts()).isEqualTo(1);
    }

    @Test
    void aRestartedDurableNodeStartsFromItsSnapshot() {
        SimNetwork<Ping> net = SimNetwork.durableNodes(2, RecorderNode.durableFactory()).seed(7).build();
        send(net, N0, N1, 1);
        send(net, N0, N1, 2);
        net.run(5);

        net.crash(N1);
        net.restart(N1);

        assertThat(node(net, N1).restoredCount()).isEqualTo(2);
        assertThat(events(net, EventKind.RESTART)).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("from durable state"));
    }

    @Test
    void aPausedNodeProcessesNothingUntilItResumesThenHandlesWhatQueued() {
        SimNetwork<Ping> net = recorders(2, NetworkFaults.NONE);
        net.invoke(N1, RecorderNode.class, "timer", node -> node.setTimer(3));
        net.pause(N1, 10);
        send(net, N0, N1, 1);
        send(net, N0, N1, 2);
        send(net, N0, N1, 3);

        net.run(9);
        assertThat(net.isPaused(N1)).isTrue();
        assertThat(node(net, N1).received()).isEmpty();
        assertThat(node(net, N1).timeouts()).isEmpty();

        net.run(1);
        assertThat(net.isPaused(N1)).isFalse();
        assertThat(numbers(node(net, N1))).containsExactly(1, 2, 3);
        assertThat(node(net, N1).received()).allSatisfy(r -> assertThat(r.at()).isEqualTo(10));
        assertThat(node(net, N1).timeouts()).containsExactly(10L);
        assertThat(events(net, EventKind.RESUME)).singleElement().satisfies(e -> assertThat(e.detail()).isEqualTo("3 queued"));
        assertThat(events(net, EventKind.PARKED)).hasSize(3)
                .allSatisfy(e -> assertThat(e.peer()).isEqualTo(N1.toString()))
                .allSatisfy(e -> assertThat(e.time().ticks()).isLessThan(10));
    }

    @Test
    void aSkewedClockFiresTimersAtTheFirstNetworkTickItsLocalTimeReachesTheDeadline() {
        SimNetwork<Ping> net = SimNetwork.nodes(2, (id, random, now) -> new RecorderNode(id)).seed(7)
                .clock(N1, new NodeClock(0, 100_000))
                .build();
        net.invoke(N0, RecorderNode.class, "timer", node -> node.setTimer(110));
        net.invoke(N1, RecorderNode.class, "timer", node -> node.setTimer(110));
        net.run(200);

        assertThat(node(net, N0).timeouts()).containsExactly(110L);
        assertThat(node(net, N1).timeouts()).containsExactly(110L);
        assertThat(events(net, EventKind.TIMER)).extracting(e -> e.actor() + "@" + e.time().ticks())
                .containsExactly("node-1@100", "node-0@110");
    }

    @Test
    void nodeClockConversionsAreInverse() {
        for (NodeClock clock : List.of(new NodeClock(0, 100_000), new NodeClock(7, -300_000), new NodeClock(3, 1))) {
            long previous = -1;
            for (long t = 0; t < 2_000; t++) {
                long local = clock.toLocal(t);
                assertThat(local).isGreaterThanOrEqualTo(previous);
                previous = local;
                long back = clock.toNetwork(local);
                assertThat(clock.toLocal(back)).isGreaterThanOrEqualTo(local);
                assertThat(back == 0 || clock.toLocal(back - 1) < local).isTrue();
            }
        }
    }

    @Test
    void quiesceHealsRestartsAndResumesEverything() {
        SimNetwork<Ping> net = recorders(3, FaultConfig.hostile().network());
        net.partition(List.of(N0), List.of(N1));
        net.crash(N2);
        net.pause(N1, 1_000);

        net.quiesce();
        net.run(1);

        assertThat(net.isUp(N2)).isTrue();
        assertThat(net.isPaused(N1)).isFalse();
        assertThat(net.faults().lossRate()).isZero();
        assertThat(net.faults().crashRate()).isZero();
        send(net, N0, N1, 1);
        net.run(100);
        assertThat(numbers(node(net, N1))).containsExactly(1);
    }
}
