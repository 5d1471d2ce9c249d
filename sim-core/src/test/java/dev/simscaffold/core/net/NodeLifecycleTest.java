package dev.simscaffold.core.net;

import static dev.simscaffold.core.net.NetTestSupport.N0;
import static dev.simscaffold.core.net.NetTestSupport.N1;
import static dev.simscaffold.core.net.NetTestSupport.events;
import static dev.simscaffold.core.net.NetTestSupport.heardSomething;
import static dev.simscaffold.core.net.NetTestSupport.node;
import static dev.simscaffold.core.net.NetTestSupport.numbers;
import static dev.simscaffold.core.net.NetTestSupport.recorders;
import static dev.simscaffold.core.net.NetTestSupport.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.trace.EventKind;
import dev.simscaffold.core.trace.TraceEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Actions on paused nodes, messages to a new incarnation, and what a liveness failure shows. */
class NodeLifecycleTest {

    private static final NetworkFaults DELAY_3 = NetworkFaults.builder().minDelayTicks(3).maxDelayTicks(3).build();

    @Test
    void anActionOnAPausedNodeWaitsBehindItsMessagesUntilItResumes() {
        SimNetwork<Ping> net = recorders(2, NetworkFaults.NONE);
        net.pause(N1, 10);
        send(net, N0, N1, 1);
        net.run(1);
        send(net, N1, N0, 7);

        net.run(8);
        assertThat(node(net, N0).received()).as("the paused node sent nothing").isEmpty();
        assertThat(events(net, EventKind.INVOKE_QUEUED)).singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("send 7 to node-0"));

        net.run(2);
        assertThat(node(net, N0).received()).singleElement().satisfies(r -> {
            assertThat(r.ping().n()).isEqualTo(7);
            assertThat(r.at()).as("sent on resuming at t=10, one tick on the wire").isEqualTo(11);
        });
        assertThat(net.trace().events()).filteredOn(e -> e.time().ticks() == 10).extracting(TraceEvent::kind)
                .as("what waited runs in arrival order: the message, then the action")
                .containsExactly(EventKind.RESUME, EventKind.DELIVER, EventKind.STEP, EventKind.SEND);
    }

    @Test
    void anActionQueuedAtANodeThatCrashesIsLostWithIt() {
        SimNetwork<Ping> net = recorders(2, NetworkFaults.NONE);
        net.pause(N1, 10);
        send(net, N1, N0, 7);
        net.crash(N1);
        net.restart(N1);
        net.run(20);

        assertThat(node(net, N0).received()).isEmpty();
    }

    @Test
    void byDefaultMessagesInFlightToACrashedNodeNeverReachItsNextIncarnation() {
        SimNetwork<Ping> net = recorders(2, DELAY_3);
        send(net, N0, N1, 1);
        net.run(1);
        net.crash(N1);
        net.restart(N1);
        net.run(10);

        assertThat(node(net, N1).received()).isEmpty();
    }

    @Test
    void onRequestStaleMessagesReachTheRestartedNode() {
        SimNetwork<Ping> net = SimNetwork.nodes(2, (id, random, now) -> new RecorderNode(id)).seed(7).faults(DELAY_3).staleMessagesReachNewIncarnation(true).build();
        send(net, N0, N1, 1);
        net.run(1);
        net.crash(N1);
        net.restart(N1);
        send(net, N0, N1, 2);
        net.run(10);

        assertThat(numbers(node(net, N1))).containsExactly(1, 2);
        assertThat(events(net, EventKind.DELIVER)).extracting(TraceEvent::detail)
                .containsExactly("Ping[sentAt=0, n=1] (sent to incarnation 0)", "Ping[sentAt=1, n=2]");
    }

    @Test
    void aNodeCrashedAtDeliveryStillLosesTheMessageWhenStaleMessagesMayReachRestartedNodes() {
        SimNetwork<Ping> net = SimNetwork.nodes(2, (id, random, now) -> new RecorderNode(id)).seed(7).faults(DELAY_3).staleMessagesReachNewIncarnation(true).build();
        send(net, N0, N1, 1);
        net.crash(N1);
        net.run(10);

        assertThat(events(net, EventKind.DROP)).singleElement().satisfies(e -> assertThat(e.detail()).endsWith("(destination crashed)"));
    }

    @Test
    void aMissedLivenessDeadlineShowsEveryNodesState() {
        SimNetwork<Ping> net = recorders(3, NetworkFaults.NONE);
        send(net, N0, N1, 1);
        net.crash(NetTestSupport.N2);
        net.pause(N0, 1_000);

        assertThatThrownBy(() -> net.awaitLiveness(Expectation.eventually("node-1 hears twice", nodes -> List.of("node-1 heard once")), 5,
                        node -> "received " + numbers((RecorderNode) node)))
                .isInstanceOfSatisfying(InvariantViolationError.class, error -> assertThat(error.violations()).containsExactly(
                        "did not hold within 5 ticks (from t=0 to t=5, 1 events)",
                        "node-1 heard once (unmet since t=0)",
                        "node-0 (paused): received []",
                        "node-1: received [1]",
                        "node-2: crashed"));
    }

    @Test
    void withoutADescribeFunctionANodeWithoutToStringIsNamedByItsClass() {
        SimNetwork<Ping> net = recorders(1, NetworkFaults.NONE);

        assertThatThrownBy(() -> net.awaitLiveness(Expectation.eventually("never", nodes -> List.of("not yet")), 1))
                .isInstanceOfSatisfying(InvariantViolationError.class, error ->
                        assertThat(error.violations()).contains("node-0: RecorderNode (no toString() of its own)"));
    }

    @Test
    void sometimesConditionsAreCountedAfterEveryEvent() {
        SimNetwork<Ping> net = SimNetwork.nodes(2, (id, random, now) -> new RecorderNode(id)).seed(7)
                .expect(Expectation.sometimes("node-1 has heard something", nodes -> heardSomething(nodes, N1)))
                .expect(Expectation.sometimes("node-0 has heard something", nodes -> heardSomething(nodes, N0)))
                .build();
        send(net, N0, N1, 1);
        net.run(5);
        net.run(5);

        assertThat(net.coverage().sometimes()).containsEntry("node-1 has heard something", 1L)
                .containsEntry("node-0 has heard something", 0L);
        assertThat(net.coverage().unmet()).containsExactly("node-0 has heard something");
    }
}
