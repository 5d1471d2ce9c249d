package dev.simscaffold.core.net;

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
    static NetworkInvariant<GossipNode> versionsNeverGoBackwards() {
        Map<NodeId, Map<String, Versioned>> highest = new TreeMap<>();
        return NetworkInvariant.of("versions never go backwards", (nodes, now) -> {
            List<String> violations = new ArrayList<>();
            for (Map.Entry<NodeId, GossipNode> node : nodes.entrySet()) {
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
    static Liveness<GossipNode> allLiveNodesAgree() {
        return Liveness.of("all live nodes agree", GossipChecks::agree);
    }

    static boolean agree(SortedMap<NodeId, GossipNode> nodes) {
        SortedMap<String, Versioned> first = null;
        for (GossipNode node : nodes.values()) {
            if (first == null) {
                first = node.store();
            } else if (!first.equals(node.store())) {
                return false;
            }
        }
        return true;
    }
}
