package dev.simscaffold.corpus.raft;

import dev.simscaffold.core.net.NodeId;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Election safety (Raft Figure 3): at most one leader is ever elected in a term. It remembers the leader
 * of every term it has seen, so two leaders of one term are caught even when their reigns never overlap.
 * Create one per network.
 */
public final class ElectionSafety implements RaftInvariant {

    /** The name failures carry. */
    public static final String NAME = "election safety";

    private final TreeMap<Long, NodeId> leaders = new TreeMap<>();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> check(List<RaftServer> servers) {
        List<String> violations = new ArrayList<>();
        for (RaftServer server : servers) {
            if (server.role() == RaftRole.LEADER) {
                NodeId first = leaders.putIfAbsent(server.currentTerm(), server.id());
                if (first != null && !first.equals(server.id())) {
                    violations.add("term " + server.currentTerm() + " has two leaders: " + first + " and " + server.id());
                }
            }
        }
        return violations;
    }
}
