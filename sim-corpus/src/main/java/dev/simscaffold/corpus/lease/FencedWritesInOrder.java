package dev.simscaffold.corpus.lease;

import dev.simscaffold.core.net.NetworkInvariant;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.SansIoNode;
import dev.simscaffold.core.time.LogicalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

/**
 * The storage never accepts a write with an older token after a write with a newer one: once the next holder
 * has written, nothing the previous holder sends may land. This is the safety a lease is for.
 */
public final class FencedWritesInOrder implements NetworkInvariant<SansIoNode<LeaseMessage>> {

    /** The name failures carry. */
    public static final String NAME = "fenced writes in token order";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> check(SortedMap<NodeId, SansIoNode<LeaseMessage>> liveNodes, LogicalTime now) {
        List<String> violations = new ArrayList<>();
        if (liveNodes.get(LeaseCluster.STORAGE) instanceof FencedStorage storage) {
            List<FencedStorage.Accepted> accepted = storage.accepted();
            for (int i = 1; i < accepted.size(); i++) {
                if (accepted.get(i).token() < accepted.get(i - 1).token()) {
                    violations.add("the storage accepted " + accepted.get(i) + " after " + accepted.get(i - 1));
                }
            }
        }
        return violations;
    }
}
