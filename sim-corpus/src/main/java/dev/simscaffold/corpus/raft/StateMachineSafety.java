package dev.simscaffold.corpus.raft;

import dev.simscaffold.core.net.NodeId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * State machine safety (Raft Figure 3): no two servers ever apply different entries at the same index. It
 * remembers the first entry applied at every index by any server (or any incarnation of one: a restarted
 * server applies its log again) and compares each newly applied entry with it. Create one per network.
 */
public final class StateMachineSafety implements RaftInvariant {

    /** The name failures carry. */
    public static final String NAME = "state machine safety";

    private record Applied(LogEntry entry, NodeId by) {
    }

    private record Cursor(RaftServer server, long through) {
    }

    private final TreeMap<Long, Applied> applied = new TreeMap<>();
    private final Map<NodeId, Cursor> cursors = new TreeMap<>();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> check(List<RaftServer> servers) {
        List<String> violations = new ArrayList<>();
        for (RaftServer server : servers) {
            Cursor cursor = cursors.get(server.id());
            long from = cursor != null && cursor.server() == server ? Math.min(cursor.through(), server.lastApplied()) : 0;
            for (long index = from + 1; index <= server.lastApplied(); index++) {
                LogEntry entry = server.appliedAt(index);
                Applied first = applied.putIfAbsent(index, new Applied(entry, server.id()));
                if (first != null && !first.entry().equals(entry)) {
                    violations.add(server.id() + " applied " + entry + " at index " + index + " where " + first.by()
                            + " applied " + first.entry());
                }
            }
            cursors.put(server.id(), new Cursor(server, server.lastApplied()));
        }
        return violations;
    }
}
