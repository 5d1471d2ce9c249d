package dev.simscaffold.corpus.raft;

import dev.simscaffold.core.net.NodeId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Leader completeness (Raft Figure 3): an entry committed in some term is in the log of every leader of a
 * later term. It records each entry the first time any server counts it committed, with that server's term
 * at the time (the entry was committed in that term or earlier, so leaders of later terms must hold it), and
 * checks each leader once per committed entry: a leader only appends to its log, so what it held stays.
 * Create one per network.
 */
public final class LeaderCompleteness implements RaftInvariant {

    /** The name failures carry. */
    public static final String NAME = "leader completeness";

    private record Committed(LogEntry entry, long seenInTerm, NodeId seenAt) {
    }

    private record Cursor(RaftServer server, long term, long through) {
    }

    private final TreeMap<Long, Committed> committed = new TreeMap<>();
    private final Map<NodeId, Cursor> observed = new TreeMap<>();
    private final Map<NodeId, Cursor> leadersChecked = new TreeMap<>();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> check(List<RaftServer> servers) {
        for (RaftServer server : servers) {
            recordCommitted(server);
        }
        List<String> violations = new ArrayList<>();
        for (RaftServer server : servers) {
            if (server.role() == RaftRole.LEADER) {
                checkLeader(server, violations);
            }
        }
        return violations;
    }

    private void recordCommitted(RaftServer server) {
        Cursor cursor = observed.get(server.id());
        long known = Math.min(server.commitIndex(), server.log().lastIndex());
        long from = cursor != null && cursor.server() == server ? Math.min(cursor.through(), known) : 0;
        for (long index = from + 1; index <= known; index++) {
            committed.putIfAbsent(index, new Committed(server.log().entry(index), server.currentTerm(), server.id()));
        }
        observed.put(server.id(), new Cursor(server, server.currentTerm(), known));
    }

    private void checkLeader(RaftServer leader, List<String> violations) {
        Cursor cursor = leadersChecked.get(leader.id());
        boolean sameReign = cursor != null && cursor.server() == leader && cursor.term() == leader.currentTerm();
        long from = sameReign ? cursor.through() : 0;
        long through = committed.isEmpty() ? 0 : committed.lastKey();
        for (long index = from + 1; index <= through; index++) {
            Committed entry = committed.get(index);
            if (entry.seenInTerm() < leader.currentTerm() && !holds(leader.log(), index, entry.entry())) {
                violations.add(leader.id() + " leads term " + leader.currentTerm() + " without the entry committed at index "
                        + index + " (term " + entry.entry().term() + ", seen committed by " + entry.seenAt() + " in term "
                        + entry.seenInTerm() + "); its log is " + leader.log());
                break;
            }
        }
        leadersChecked.put(leader.id(), new Cursor(leader, leader.currentTerm(), through));
    }

    private static boolean holds(RaftLog log, long index, LogEntry entry) {
        return index <= log.lastIndex() && log.entry(index).equals(entry);
    }
}
