package dev.simscaffold.core.net;

import dev.simscaffold.core.expect.Expectation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** The safety invariant and liveness property of the test gossip protocol. */
final class GossipChecks {

    private GossipChecks() {
    }

    /** "Versions never go backwards": per node and key, the version seen only grows (fresh per network). */
    static Expectation<NetworkView<Sync>> versionsNeverGoBackwards() {
        Map<NodeId, Map<String, Versioned>> highest = new TreeMap<>();
        return Expectation.always("versions never go backwards", nodes -> {
            List<String> violations = new ArrayList<>();
            for (Map.Entry<NodeId, GossipNode> node : nodes.byId(GossipNode.class).entrySet()) {
                Map<String, Versioned> seen = highest.computeIfAbsent(node.getKey(), id -> new TreeMap<>());
                SortedMap<String, Versioned> store = node.getValue().store();
                for (Map.Entry<String, Versioned> entry : store.entrySet()) {
                    Versioned before = seen.get(entry.getKey());
                    if (before != null && entry.getValue().compareTo(before) < 0) {
                        violations.add(node.getKey() + "/" + entry.getKey() + " went from " + before + " back to " + entry.getValue());
                    } else if (before != entry.getValue()) {
                        seen.put(entry.getKey(), entry.getValue());
                    }
                }
                if (seen.size() > store.size()) {
                    for (Map.Entry<String, Versioned> lost : seen.entrySet()) {
                        if (!store.containsKey(lost.getKey())) {
                            violations.add(node.getKey() + "/" + lost.getKey() + " lost " + lost.getValue());
                        }
                    }
                }
            }
            return violations;
        });
    }

    /** "All live nodes agree": every live node holds the same store. */
    static Expectation<NetworkView<Sync>> allLiveNodesAgree() {
        return Expectation.eventually("all live nodes agree", GossipChecks::disagreements);
    }

    /** Every live node whose store differs from the first live node's, named with both stores. */
    static List<String> disagreements(NetworkView<Sync> nodes) {
        List<String> disagreements = new ArrayList<>();
        Map.Entry<NodeId, GossipNode> first = null;
        for (Map.Entry<NodeId, GossipNode> node : nodes.byId(GossipNode.class).entrySet()) {
            if (first == null) {
                first = node;
            } else if (!first.getValue().store().equals(node.getValue().store())) {
                disagreements.add(node.getKey() + " holds " + node.getValue().store() + ", " + first.getKey() + " holds "
                        + first.getValue().store());
            }
        }
        return disagreements;
    }

    static boolean agree(NetworkView<Sync> nodes) {
        return disagreements(nodes).isEmpty();
    }
}
