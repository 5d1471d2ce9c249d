package dev.simscaffold.corpus.raft;

import java.util.ArrayList;
import java.util.List;

/**
 * Log matching (Raft Figure 3): if two logs hold an entry with the same index and term, they are identical
 * up to that index. For each pair of servers it is enough to compare the prefixes ending at the highest index
 * where their terms agree (by {@link RaftLog#prefixHash}), which keeps the check cheap after every event.
 */
public final class LogMatching implements RaftInvariant {

    /** The name failures carry. */
    public static final String NAME = "log matching";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> check(List<RaftServer> servers) {
        List<String> violations = new ArrayList<>();
        for (int a = 0; a < servers.size(); a++) {
            for (int b = a + 1; b < servers.size(); b++) {
                RaftLog first = servers.get(a).log();
                RaftLog second = servers.get(b).log();
                long index = Math.min(first.lastIndex(), second.lastIndex());
                while (index > 0 && first.termAt(index) != second.termAt(index)) {
                    index--;
                }
                if (first.prefixHash(index) != second.prefixHash(index)) {
                    violations.add(servers.get(a).id() + " and " + servers.get(b).id() + " hold term " + first.termAt(index)
                            + " at index " + index + " but differ at or before it: " + first.entry(index) + " vs " + second.entry(index));
                }
            }
        }
        return violations;
    }
}
