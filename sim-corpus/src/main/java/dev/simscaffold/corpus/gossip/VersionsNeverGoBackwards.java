package dev.simscaffold.corpus.gossip;

import dev.simscaffold.core.net.NodeId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Per node and key, the version held only grows, across restarts too (a restarted node must come back with
 * what it had): a lost or rolled-back entry is a violation. It keeps the highest version seen; create one per
 * network ({@link GossipCluster} checks it after every event).
 */
public final class VersionsNeverGoBackwards {

    /** The name failures carry. */
    public static final String NAME = "versions never go backwards";

    private final Map<NodeId, Map<String, Versioned>> highest = new TreeMap<>();

    /**
     * Judges the live nodes now.
     *
     * @param liveNodes the live nodes by id
     * @return one message per lost or rolled-back entry
     */
    public List<String> check(SortedMap<NodeId, GossipNode> liveNodes) {
        List<String> violations = new ArrayList<>();
        liveNodes.forEach((id, node) -> {
            Map<String, Versioned> seen = highest.computeIfAbsent(id, key -> new TreeMap<>());
            seen.forEach((key, before) -> {
                Versioned current = node.store().get(key);
                if (current == null) {
                    violations.add(id + "/" + key + " lost " + before);
                } else if (current.compareTo(before) < 0) {
                    violations.add(id + "/" + key + " went from " + before + " back to " + current);
                }
            });
            node.store().forEach((key, current) -> seen.merge(key, current, (before, held) -> held.compareTo(before) > 0 ? held : before));
        });
        return violations;
    }
}
