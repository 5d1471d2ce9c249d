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
        Map<String, Versioned> highest = new TreeMap<>();
        return NetworkInvariant.of("versions never go backwards", (nodes, now) -> {
            List<String> violations = new ArrayList<>();
            for (Map.Entry<NodeId, GossipNode> node : nodes.entrySet()) {
                for (Map.Entry<String, Versioned> entry : node.getValue().store().entrySet()) {
                    String where = node.getKey() + "/" + entry.getKey();
                    Versioned before = highest.get(where);
                    if (before != null && entry.getValue().compareTo(before) < 0) {
                        violations.add(where + " went from " + before + " back to " + entry.getValue());
                    } else {
                        highest.put(where, entry.getValue());
                    }
                }
                for (Map.Entry<String, Versioned> seen : highest.entrySet()) {
                    String prefix = node.getKey() + "/";
                    if (seen.getKey().startsWith(prefix)
                            && !node.getValue().store().containsKey(seen.getKey().substring(prefix.length()))) {
                        violations.add(seen.getKey() + " lost " + seen.getValue());
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
