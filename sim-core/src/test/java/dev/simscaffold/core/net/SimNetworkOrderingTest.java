package dev.simscaffold.core.net;

import static dev.simscaffold.core.net.NetTestSupport.N0;
import static dev.simscaffold.core.net.NetTestSupport.N1;
import static dev.simscaffold.core.net.NetTestSupport.N2;
import static dev.simscaffold.core.net.NetTestSupport.N3;
import static dev.simscaffold.core.net.NetTestSupport.events;
import static dev.simscaffold.core.net.NetTestSupport.node;
import static dev.simscaffold.core.net.NetTestSupport.numbers;
import static dev.simscaffold.core.net.NetTestSupport.received;
import static dev.simscaffold.core.net.NetTestSupport.recorders;
import static dev.simscaffold.core.net.NetTestSupport.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.trace.EventKind;
import dev.simscaffold.core.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Event order and delays: equal-time events run in creation order, delays respect their bounds, and
 * every run loop is bounded. Replay any failure by re-running: these tests use fixed seeds.
 */
class SimNetworkOrderingTest {

    @Test
    void equalTimeDeliveriesRunInInsertionOrder() {
        SimNetwork<Ping> net = recorders(4, NetworkFaults.NONE);
        send(net, N0, N3, 1);
        send(net, N0, N3, 2);
        send(net, N1, N3, 3);
        send(net, N2, N3, 4);
        send(net, N0, N3, 5);

        net.run(1);

        assertThat(numbers(node(net, N3))).containsExactly(1, 2, 3, 4, 5);
        assertThat(node(net, N3).received()).allSatisfy(r -> assertThat(r.at()).isEqualTo(1));
    }

    @Test
    void equalTimeTimersFireInTheOrderTheyWereSet() {
        SimNetwork<Ping> net = recorders(3, NetworkFaults.NONE);
        net.invoke(N2, RecorderNode.class, "timer", node -> node.setTimer(5));
        net.invoke(N0, RecorderNode.class, "timer", node -> node.setTimer(5));
        net.invoke(N1, RecorderNode.class, "timer", node -> node.setTimer(5));

        net.run(10);

        assertThat(events(net, EventKind.TIMER)).extracting(TraceEvent::actor).containsExactly("node-2", "node-0", "node-1");
        assertThat(events(net, EventKind.TIMER)).allSatisfy(e -> assertThat(e.time().ticks()).isEqualTo(5));
    }

    @Test
    void deliveryNeverHappensBeforeSendTimePlusMinDelayAndTailDelaysReorder() {
        NetworkFaults faults = NetworkFaults.builder().minDelayTicks(3).maxDelayTicks(10).tailDelayRate(0.2).maxTailDelayTicks(100).build();
        SimNetwork<Ping> net = recorders(2, faults);
        net.invoke(N0, RecorderNode.class, "blast", node -> node.blast(N1, 1, net.now()));

        net.run(5_000);

        List<RecorderNode.Received> received = node(net, N1).received();
        assertThat(received).hasSizeGreaterThan(4_900);
        assertThat(received).allSatisfy(r -> assertThat(r.at() - r.ping().sentAt()).isBetween(3L, 100L));
        assertThat(received).anySatisfy(r -> assertThat(r.at() - r.ping().sentAt()).isGreaterThan(10));
        assertThat(outOfOrder(received)).isPositive();
        assertThat(net.stats().tailDelayed()).isPositive();
    }

    @Test
    void fixedDelayKeepsFifoOrderPerLink() {
        NetworkFaults faults = NetworkFaults.builder().minDelayTicks(4).maxDelayTicks(4).build();
        SimNetwork<Ping> net = recorders(2, faults);
        net.invoke(N0, RecorderNode.class, "blast", node -> node.blast(N1, 1, net.now()));

        net.run(1_000);

        assertThat(outOfOrder(node(net, N1).received())).isZero();
        assertThat(node(net, N1).received()).allSatisfy(r -> assertThat(r.at() - r.ping().sentAt()).isEqualTo(4));
    }

    @Test
    void stepProcessesOneEventAtATime() {
        SimNetwork<Ping> net = recorders(2, NetworkFaults.NONE);
        send(net, N0, N1, 1);
        send(net, N0, N1, 2);

        assertThat(net.step()).isTrue();
        assertThat(numbers(node(net, N1))).containsExactly(1);
        assertThat(net.step()).isTrue();
        assertThat(numbers(node(net, N1))).containsExactly(1, 2);
        assertThat(net.step()).isFalse();
        assertThat(net.now().ticks()).isEqualTo(1);
    }

    @Test
    void aRunThatExceedsItsEventBoundFailsLoudly() {
        SimNetwork<Ping> net = SimNetwork.nodes(2, (id, random, now) -> new RecorderNode(id)).seed(3).maxEventsPerRun(1_000).build();
        net.invoke(N0, RecorderNode.class, "spin", node -> node.blast(N1, 0, net.now()));

        assertThatThrownBy(() -> net.run(10))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("exceeded its bound of 1000 events")
                .hasMessageContaining("seed 3");
    }

    @Test
    void runUntilReportsWhetherAndWhenTheConditionHeld() {
        SimNetwork<Ping> net = recorders(2, NetworkFaults.builder().minDelayTicks(5).maxDelayTicks(5).build());
        send(net, N0, N1, 1);

        RunResult reached = net.runUntil(nodes -> !received(nodes, N1).isEmpty(), 100);
        RunResult missed = net.runUntil(nodes -> received(nodes, N1).size() > 1, 50);

        assertThat(reached.held()).isTrue();
        assertThat(reached.time().ticks()).isEqualTo(5);
        assertThat(missed.held()).isFalse();
        assertThat(missed.time().ticks()).isEqualTo(55);
        assertThat(net.now().ticks()).isEqualTo(55);
    }

    private static int outOfOrder(List<RecorderNode.Received> received) {
        List<Integer> order = new ArrayList<>();
        received.forEach(r -> order.add(r.ping().n()));
        int inversions = 0;
        for (int i = 1; i < order.size(); i++) {
            if (order.get(i) < order.get(i - 1)) {
                inversions++;
            }
        }
        return inversions;
    }
}
