package dev.simscaffold.core.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.trace.EventKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reference anti-entropy protocol, in narrated phases: it converges without faults, does not
 * converge across a partition, converges within a bound after the heal, survives random faults once
 * they stop, and a planted bug is caught by the safety invariant. Failures print the seed; rebuild the
 * network with that seed to replay.
 */
class GossipConvergenceTest {

    private static final int NODES = 5;
    private static final long PERIOD = 10;
    private static final List<NodeId> MINORITY = List.of(NodeId.of(0), NodeId.of(1));
    private static final List<NodeId> MAJORITY = List.of(NodeId.of(2), NodeId.of(3), NodeId.of(4));

    static SimNetwork<Sync> gossip(long seed, NetworkFaults faults, GossipNode.Bug bug) {
        return SimNetwork.durableNodes(NODES, GossipNode.factory(NODES, PERIOD, bug)).seed(seed)
                .faults(faults)
                .expect(GossipChecks.versionsNeverGoBackwards())
                .build();
    }

    static void write(SimNetwork<Sync> net, int node, String key, String value) {
        net.invoke(NodeId.of(node), GossipNode.class, "put " + key + "=" + value, n -> n.put(key, value));
    }

    @Test
    void convergesWithFaultsOff() {
        SimNetwork<Sync> net = gossip(1, NetworkFaults.NONE, GossipNode.Bug.NONE);
        write(net, 0, "a", "x");
        write(net, 3, "b", "y");

        RunResult result = net.awaitLiveness(GossipChecks.allLiveNodesAgree(), 100);

        assertThat(result.held()).isTrue();
        assertThat(net.view().all(GossipNode.class)).allSatisfy(node -> assertThat(node.store()).containsOnlyKeys("a", "b"));
    }

    @Test
    void doesNotConvergeWhileAPartitionHoldsAndConvergesAfterTheHeal() {
        SimNetwork<Sync> net = gossip(2, NetworkFaults.NONE, GossipNode.Bug.NONE);
        net.partition(MINORITY, MAJORITY);
        write(net, 0, "a", "minority");
        write(net, 4, "b", "majority");

        RunResult partitioned = net.runUntil(GossipChecks::agree, 2_000);
        assertThat(partitioned.held()).isFalse();
        assertThat(net.node(NodeId.of(1), GossipNode.class).orElseThrow().store()).containsOnlyKeys("a");
        assertThat(net.node(NodeId.of(2), GossipNode.class).orElseThrow().store()).containsOnlyKeys("b");
        assertThat(net.stats().partitionBlocked()).isPositive();

        net.heal();
        RunResult healed = net.awaitLiveness(GossipChecks.allLiveNodesAgree(), 20 * PERIOD);
        assertThat(healed.held()).isTrue();
        assertThat(healed.time().ticks() - partitioned.time().ticks()).isLessThanOrEqualTo(20 * PERIOD);
    }

    @Test
    void convergesAfterRandomFaultsStop() {
        SimNetwork<Sync> net = gossip(3, FaultConfig.hostile().network(), GossipNode.Bug.NONE);
        for (int i = 0; i < 20; i++) {
            int writer = i % NODES;
            if (net.isUp(NodeId.of(writer))) {
                write(net, writer, "k" + (i % 7), "v" + i);
            }
            net.run(25);
        }
        assertThat(net.stats().dropped()).isPositive();

        net.quiesce();
        net.awaitLiveness(GossipChecks.allLiveNodesAgree(), 1_000);

        assertThat(net.view().live()).hasSize(NODES);
    }

    @Test
    void missingALivenessDeadlineIsAViolationWithItsOwnMessage() {
        SimNetwork<Sync> net = gossip(4, NetworkFaults.NONE, GossipNode.Bug.NONE);
        net.partition(MINORITY, MAJORITY);
        write(net, 0, "a", "x");

        assertThatThrownBy(() -> net.awaitLiveness(GossipChecks.allLiveNodesAgree(), 300))
                .isInstanceOfSatisfying(InvariantViolationError.class, error -> {
                    assertThat(error.invariant()).isEqualTo("liveness: all live nodes agree");
                    assertThat(error.violations()).first().asString().contains("did not hold within 300 ticks");
                    assertThat(error.violations()).as("the nodes that disagree, and since when")
                            .anySatisfy(line -> assertThat(line).startsWith("node-").contains("holds").contains("(unmet since t="));
                    assertThat(error.violations()).contains("node-3: GossipNode[node-3, {}]");
                    assertThat(error.seed()).isEqualTo(4);
                    assertThat(error.time().ticks()).isEqualTo(300);
                });
    }

    @Test
    void aNodeThatForgetsVersionsIsCaughtBySafetyInvariant() {
        SimNetwork<Sync> net = gossip(5, NetworkFaults.NONE, GossipNode.Bug.FORGETS_VERSIONS);

        assertThatThrownBy(() -> {
            for (int i = 0; i < 10; i++) {
                write(net, i % NODES, "k", "v" + i);
                write(net, (i + 2) % NODES, "k", "w" + i);
                net.run(3);
            }
        }).isInstanceOfSatisfying(InvariantViolationError.class, error -> {
            assertThat(error.invariant()).isEqualTo("versions never go backwards");
            assertThat(error.getMessage()).contains("seed 5, step ").contains("last ");
            assertThat(error.recentEvents()).isNotEmpty();
            assertThat(error.recentEvents()).last().satisfies(e -> assertThat(e.kind()).isEqualTo(EventKind.VIOLATION));
        });
    }
}
