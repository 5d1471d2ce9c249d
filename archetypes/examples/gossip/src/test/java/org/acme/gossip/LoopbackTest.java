package org.acme.gossip;

import static org.assertj.core.api.Assertions.assertThat;

import org.acme.gossip.runtime.MembershipMain;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.runtime.NodeRuntime;
import dev.simscaffold.runtime.NodeRuntimeBuilder;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The nodes for real, narrated: three nodes on UDP sockets on 127.0.0.1, at ports the system chooses, started
 * the way {@code MembershipMain} starts one. A client writes through one node, and every node must hold the
 * write within the simulation's convergence bound, judged by the expectations the simulation uses: the
 * safety invariants after every event, {@code allAgree} at the end. A crashed node is suspected and, restarted,
 * trusted again within the simulation's bounds. Each test stops what it started: no runtime thread outlives
 * it, and every port it bound can be bound again.
 */
class LoopbackTest {

    private static final int NODES = 3;
    /** Short ticks keep the test quick; every bound below is counted in them. */
    private static final long MILLIS_PER_TICK = 5;
    /** A datagram on loopback takes microseconds: one tick is its longest delay. */
    private static final MembershipBounds BOUNDS = new MembershipBounds(MembershipMain.config(NODES), NODES, 1);
    /** What a busy machine adds to a bound in ticks: a scheduler's delay, a garbage collection, the JIT warming up. */
    private static final Duration SLACK = Duration.ofSeconds(2);
    private static final NodeId WRITER = NodeId.of(0);
    private static final NodeId VICTIM = NodeId.of(2);

    @Test
    void aWriteThroughOneNodeReachesEveryNodeWithinTheBound() throws IOException {
        WriteLedger ledger = new WriteLedger();
        NodeRuntime<MembershipMessage> runtime = start(ledger);
        List<InetSocketAddress> bound = addresses(runtime);
        try (runtime) {
            runtime.invoke(WRITER, MembershipNode.class, node -> ledger.record(node.put("k0", "v1")));

            assertThat(runtime.await(MembershipInvariants.allAgree(ledger), within(BOUNDS.convergence()))).as("unmet at the bound").isEmpty();
            for (int i = 0; i < NODES; i++) {
                assertThat(runtime.stats(NodeId.of(i)).delivered()).as("datagrams node-%d received", i).isPositive();
            }
        }
        assertThat(runtime.failure()).as("an invariant broken on the way").isEmpty();
        assertStoppedAndReleased(runtime, bound);
    }

    @Test
    void aCrashedNodeIsSuspectedInTimeAndTrustedAgainAfterItsRestart() throws IOException {
        WriteLedger ledger = new WriteLedger();
        NodeRuntime<MembershipMessage> runtime = start(ledger);
        List<InetSocketAddress> bound = addresses(runtime);
        try (runtime) {
            runtime.invoke(VICTIM, MembershipNode.class, node -> ledger.record(node.put("k0", "v1")));
            assertThat(runtime.await(MembershipInvariants.allAgree(ledger), within(BOUNDS.convergence()))).as("unmet at the bound").isEmpty();

            runtime.crash(VICTIM);
            assertThat(runtime.await(MembershipInvariants.suspectedByAll(VICTIM), within(BOUNDS.suspicion()))).as("unmet at the bound").isEmpty();
            runtime.restart(VICTIM);
            assertThat(runtime.await(MembershipInvariants.trustedByAll(VICTIM), within(BOUNDS.recovery()))).as("unmet at the bound").isEmpty();
            Set<String> restored = runtime.query(view -> view.node(VICTIM, MembershipNode.class).orElseThrow().entries().keySet());
            assertThat(restored).as("what the restarted node got back from its durable state").containsExactly("k0");
        }
        assertThat(runtime.failure()).as("an invariant broken on the way").isEmpty();
        assertStoppedAndReleased(runtime, bound);
    }

    /** Every node of the cluster in one runtime, checked after every event by the simulation's safety invariants. */
    private static NodeRuntime<MembershipMessage> start(WriteLedger ledger) {
        NodeRuntimeBuilder<MembershipMessage> cluster = MembershipMain.runtime().millisPerTick(MILLIS_PER_TICK);
        for (int i = 0; i < NODES; i++) {
            cluster.node(NodeId.of(i), "127.0.0.1", 0);
        }
        MembershipInvariants.standard(ledger).forEach(cluster::expect);
        return MembershipMain.start(cluster, NODES);
    }

    private static Duration within(long ticks) {
        return Duration.ofMillis(ticks * MILLIS_PER_TICK).plus(SLACK);
    }

    private static List<InetSocketAddress> addresses(NodeRuntime<MembershipMessage> runtime) {
        List<InetSocketAddress> addresses = new ArrayList<>();
        for (int i = 0; i < NODES; i++) {
            addresses.add(runtime.address(NodeId.of(i)));
        }
        return addresses;
    }

    private static void assertStoppedAndReleased(NodeRuntime<MembershipMessage> runtime, List<InetSocketAddress> bound) throws IOException {
        assertThat(runtime.isRunning()).as("the runtime's loop").isFalse();
        assertThat(Thread.getAllStackTraces().keySet()).as("threads alive after the test")
                .noneMatch(thread -> thread.isAlive() && thread.getName().startsWith("sim-runtime"));
        for (InetSocketAddress address : bound) {
            try (DatagramChannel again = DatagramChannel.open()) {
                again.bind(address);
                assertThat(again.getLocalAddress()).as("%s bound again", address).isEqualTo(address);
            }
        }
    }
}
