package dev.simscaffold.corpus.raft;

import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.SansIoNode;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

/**
 * Picks the servers out of a mixed cluster of servers and clients, the one place the invariants look at
 * node types.
 */
final class RaftServers {

    private RaftServers() {
    }

    /** The live servers that have finished recovery, in id order: a recovering server's memory is not its state yet. */
    static List<RaftServer> recovered(SortedMap<NodeId, ? extends SansIoNode<RaftMessage>> nodes) {
        List<RaftServer> servers = new ArrayList<>();
        for (SansIoNode<RaftMessage> node : nodes.values()) {
            if (node instanceof RaftServer server && server.role() != RaftRole.RECOVERING) {
                servers.add(server);
            }
        }
        return servers;
    }
}
