package org.acme.gossip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.acme.gossip.MembershipMessage.Ack;
import org.acme.gossip.MembershipMessage.Ack2;
import org.acme.gossip.MembershipMessage.Syn;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.Transmit;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.time.LogicalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Example-based tests of one node's message handling, one rule per test, without a network. */
class MembershipNodeTest {

    private static final MembershipConfig CONFIG = new MembershipConfig(10, 60, 2);
    private static final List<NodeId> CLUSTER = List.of(NodeId.of(0), NodeId.of(1), NodeId.of(2), NodeId.of(3), NodeId.of(4));
    private static final NodeId SELF = NodeId.of(0);
    private static final NodeId PEER = NodeId.of(1);
    private static final LogicalTime START = LogicalTime.of(100);

    private static MembershipNode node(MembershipDurable stored) {
        return MembershipNode.factory(CONFIG, CLUSTER).restore(SELF, SimRandom.seeded(7), stored, LogicalTime.ZERO);
    }

    private static Entry entry(String key, String value, long counter, int writer) {
        return new Entry(key, value, new Version(counter, NodeId.of(writer)));
    }

    private static List<Transmit<MembershipMessage>> drain(MembershipNode node) {
        List<Transmit<MembershipMessage>> sent = new ArrayList<>();
        for (Optional<Transmit<MembershipMessage>> next = node.pollTransmit(); next.isPresent(); next = node.pollTransmit()) {
            sent.add(next.get());
        }
        return sent;
    }

    @Test
    void aSynIsAnsweredWithWhatTheInitiatorLacksAndTheResponderDigest() {
        MembershipNode node = node(new MembershipDurable(List.of(entry("a", "new", 2, 0), entry("b", "same", 1, 0))));

        node.handleInput(PEER, new Syn(new TreeMap<>(Map.of("a", new Version(1, NodeId.of(3)), "b", new Version(1, SELF)))), START);

        Ack ack = (Ack) drain(node).get(0).message();
        assertThat(ack.entries()).containsExactly(entry("a", "new", 2, 0));
        assertThat(ack.digest()).containsOnlyKeys("a", "b");
    }

    @Test
    void anAckIsMergedAndAnsweredWithWhatThePeerLacks() {
        MembershipNode node = node(new MembershipDurable(List.of(entry("mine", "x", 1, 0))));

        node.handleInput(PEER, new Ack(List.of(entry("theirs", "y", 3, 1)), new TreeMap<>(Map.of("theirs", new Version(3, PEER)))), START);

        assertThat(node.entries()).containsOnlyKeys("mine", "theirs");
        List<Transmit<MembershipMessage>> sent = drain(node);
        assertThat(sent).extracting(Transmit::to).containsExactly(PEER);
        assertThat(sent.get(0).message()).isEqualTo(new Ack2(List.of(entry("mine", "x", 1, 0))));
    }

    @Test
    void aWriteMakesTheNodeItsOriginUntilAMessageCarriesIt() {
        MembershipNode node = node(MembershipDurable.EMPTY);
        assertThat(node.role()).as("before any write").isEqualTo(MembershipRole.REPLICA);

        node.put("a", "x");
        assertThat(node.role()).as("holding a write no message has carried").isEqualTo(MembershipRole.ORIGIN);
        node.handleInput(PEER, new Syn(new TreeMap<>()), START);

        assertThat(((Ack) drain(node).get(0).message()).entries()).containsExactly(node.entries().get("a"));
        assertThat(node.role()).as("once the write has left in an Ack").isEqualTo(MembershipRole.REPLICA);
    }

    @Test
    void aWriteReplacedByANewerOneIsNoLongerTheNodesAlone() {
        MembershipNode node = node(MembershipDurable.EMPTY);
        node.put("a", "x");

        node.handleInput(PEER, new Ack2(List.of(entry("a", "newer", 5, 1))), START);

        assertThat(node.role()).isEqualTo(MembershipRole.REPLICA);
    }

    @Test
    void anOlderEntryIsIgnoredAndCountedAsStale() {
        MembershipNode node = node(new MembershipDurable(List.of(entry("a", "new", 2, 0))));

        node.handleInput(PEER, new Ack2(List.of(entry("a", "old", 1, 4), entry("a", "new", 2, 0))), START);

        assertThat(node.entries().get("a")).isEqualTo(entry("a", "new", 2, 0));
        assertThat(node.staleArrivals()).isEqualTo(1);
    }

    @Test
    void equalCountersAreOrderedByWriterSoEveryNodeKeepsTheSameWinner() {
        MembershipNode node = node(new MembershipDurable(List.of(entry("a", "from-3", 2, 3))));

        node.handleInput(PEER, new Ack2(List.of(entry("a", "from-1", 2, 1))), START);
        assertThat(node.entries().get("a").value()).isEqualTo("from-3");
        node.handleInput(PEER, new Ack2(List.of(entry("a", "from-4", 2, 4))), START);
        assertThat(node.entries().get("a").value()).isEqualTo("from-4");
    }

    @Test
    void aPutWritesAVersionAboveEveryVersionOfTheKeySeen() {
        MembershipNode node = node(new MembershipDurable(List.of(entry("a", "old", 5, 3))));

        Entry written = node.put("a", "mine");

        assertThat(written).isEqualTo(entry("a", "mine", 6, 0));
        assertThat(node.durableState().entries()).containsExactly(written);
    }

    @Test
    void eachRoundSendsTheDigestToFanoutPeersAndACycleReachesEveryPeerOnce() {
        MembershipNode node = node(MembershipDurable.EMPTY);
        node.put("a", "x");
        node.handleTimeout(START);
        assertThat(drain(node)).as("the first event only starts the node").isEmpty();

        List<NodeId> contacted = new ArrayList<>();
        for (int round = 0; round < CONFIG.cycleRounds(CLUSTER.size() - 1); round++) {
            LogicalTime due = node.pollTimeout().orElseThrow();
            node.handleTimeout(due);
            List<Transmit<MembershipMessage>> sent = drain(node);
            assertThat(sent).hasSize(CONFIG.fanout()).allSatisfy(t -> assertThat(t.message()).isInstanceOf(Syn.class));
            sent.forEach(t -> contacted.add(t.to()));
            assertThat(node.pollTimeout()).contains(due.advance(CONFIG.gossipInterval()));
        }
        assertThat(contacted).containsExactlyInAnyOrderElementsOf(CLUSTER.subList(1, CLUSTER.size()));
    }

    @Test
    void aSilentPeerIsSuspectedAfterTheTimeoutAndTrustedOnceHeardAgain() {
        MembershipNode node = node(MembershipDurable.EMPTY);
        node.handleTimeout(START);
        LogicalTime late = START.advance(CONFIG.failureTimeout() + 1);
        for (NodeId peer : CLUSTER.subList(2, CLUSTER.size())) {
            node.handleInput(peer, new Ack2(List.of()), late);
        }

        node.handleTimeout(late);
        assertThat(node.suspected()).containsExactly(PEER);

        node.handleInput(PEER, new Ack2(List.of()), late.advance(1));
        node.handleTimeout(late.advance(2));
        assertThat(node.suspected()).isEmpty();
        assertThat(node.recoveries()).isEqualTo(1);
    }

    @Test
    void settingsThatCannotWorkAreRefusedNamingTheValue() {
        assertThatThrownBy(() -> new MembershipConfig(0, 60, 2)).hasMessage("gossipInterval must be at least 1 tick, got 0");
        assertThatThrownBy(() -> new MembershipConfig(10, 10, 2)).hasMessageStartingWith("failureTimeout must be longer than gossipInterval (10 ticks), got 10");
        assertThatThrownBy(() -> new MembershipConfig(10, 60, 0)).hasMessage("fanout must be at least 1, got 0");
        assertThatThrownBy(() -> new MembershipConfig(10, 60, 5).requireFits(4)).hasMessage("fanout 5 exceeds the 4 peers a node has");
        assertThatThrownBy(() -> new MembershipConfig(10, 30, 1).requireFits(4)).hasMessageStartingWith("failureTimeout 30 is shorter than");
    }

    @Test
    void theShortestFailureTimeoutIsTwoCyclesOfRoundsAndRequireFitsHoldsToIt() {
        assertThat(MembershipConfig.shortestFailureTimeout(4, 2, 10)).isEqualTo(40);
        assertThat(MembershipConfig.shortestFailureTimeout(5, 2, 10)).isEqualTo(60);
        assertThat(MembershipConfig.shortestFailureTimeout(63, 9, 10)).isEqualTo(140);
        assertThat(MembershipConfig.shortestFailureTimeout(1, 1, 1)).isEqualTo(2);

        new MembershipConfig(10, 40, 2).requireFits(4);
        assertThatThrownBy(() -> new MembershipConfig(10, 39, 2).requireFits(4))
                .hasMessage("failureTimeout 39 is shorter than 2 * ceil(4 peers / fanout 2) * gossipInterval 10 = 40 ticks: live peers would be suspected");
    }
}
