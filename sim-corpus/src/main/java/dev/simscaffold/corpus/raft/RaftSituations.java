package dev.simscaffold.corpus.raft;

import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.net.NetworkView;
import java.util.List;

/**
 * The situations Raft's safety arguments are about, as {@code sometimes} expectations: a run that never reaches
 * them exercised only the easy path, however many invariants it passed. {@code SimNetwork} counts each in its
 * coverage (events after which it held), which is also what guided exploration can aim at.
 */
public final class RaftSituations {

    /** A leader was elected after the first term: there was a failover. */
    public static final String LATER_LEADER = "a leader of a later term is elected";
    /** Two logs hold different terms at one index: an uncommitted suffix that a leader must overwrite. */
    public static final String LOGS_DIVERGE = "two servers' logs diverge";
    /** A leader counts entries of earlier terms as committed: they were committed indirectly (Raft §5.4.2). */
    public static final String EARLIER_TERM_COMMITTED = "a leader has committed entries of an earlier term";

    private RaftSituations() {
    }

    /**
     * Returns the three situations; they keep no history, so one list serves any number of networks.
     *
     * @return later leader, diverging logs, earlier-term entries committed by a later leader
     */
    public static List<Expectation<NetworkView<RaftMessage>>> all() {
        return List.of(
                Expectation.sometimes(LATER_LEADER, view -> view.all(RaftServer.class).stream()
                        .anyMatch(server -> server.role() == RaftRole.LEADER && server.currentTerm() > 1)),
                Expectation.sometimes(LOGS_DIVERGE, view -> diverge(view.all(RaftServer.class))),
                Expectation.sometimes(EARLIER_TERM_COMMITTED, view -> view.all(RaftServer.class).stream()
                        .anyMatch(server -> server.role() == RaftRole.LEADER && server.commitIndex() > 0
                                && server.log().termAt(1) < server.currentTerm())));
    }

    private static boolean diverge(List<RaftServer> servers) {
        for (int a = 0; a < servers.size(); a++) {
            for (int b = a + 1; b < servers.size(); b++) {
                RaftLog first = servers.get(a).log();
                RaftLog second = servers.get(b).log();
                long common = Math.min(first.lastIndex(), second.lastIndex());
                if (common > 0 && first.termAt(common) != second.termAt(common)) {
                    return true;
                }
            }
        }
        return false;
    }
}
