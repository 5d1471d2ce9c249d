package org.acme.gossip;

import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.random.SimRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the peers of each round: a fresh random order of all peers per cycle, walked {@code fanout}
 * at a time. Peers are random, yet every peer is contacted once per cycle, which is what turns the
 * epidemic's "probably soon" into a bound a test can assert.
 */
final class PeerCycle {

    private final List<NodeId> peers;
    private final SimRandom random;
    private final int fanout;
    private List<NodeId> order = List.of();
    private int next;

    PeerCycle(List<NodeId> peers, int fanout, SimRandom random) {
        this.peers = List.copyOf(peers);
        this.fanout = fanout;
        this.random = random;
    }

    /** The peers to contact this round: the next {@code fanout} of the cycle, fewer at its end. */
    List<NodeId> nextRound() {
        if (next >= order.size()) {
            order = random.shuffle(peers);
            next = 0;
        }
        List<NodeId> round = new ArrayList<>(order.subList(next, Math.min(next + fanout, order.size())));
        next += round.size();
        return round;
    }

    /** A cycle at the same place, drawing its next orders from the same stream: for a copy of its node. */
    PeerCycle copy() {
        PeerCycle copy = new PeerCycle(peers, fanout, random);
        copy.order = order;
        copy.next = next;
        return copy;
    }

    /** Where the cycle stands, as a value: its order and how far it got (the shuffles to come are the random stream's). */
    List<Object> position() {
        return List.of(List.copyOf(order), next);
    }
}
