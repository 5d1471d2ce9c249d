package dev.simscaffold.corpus.lease;

import dev.simscaffold.core.net.NetworkView;
import java.util.ArrayList;
import java.util.List;

/**
 * The storage never accepts a write with an older token after a write with a newer one: once the next holder
 * has written, nothing the previous holder sends may land. This is the safety a lease is for.
 */
public final class FencedWritesInOrder {

    /** The name failures carry. */
    public static final String NAME = "fenced writes in token order";

    private FencedWritesInOrder() {
    }

    /**
     * Judges the storage's writes, if it is up.
     *
     * @param view the network
     * @return one message per write accepted after a newer one
     */
    public static List<String> check(NetworkView<LeaseMessage> view) {
        List<String> violations = new ArrayList<>();
        view.node(LeaseCluster.STORAGE, FencedStorage.class).ifPresent(storage -> {
            List<FencedStorage.Accepted> accepted = storage.accepted();
            for (int i = 1; i < accepted.size(); i++) {
                if (accepted.get(i).token() < accepted.get(i - 1).token()) {
                    violations.add("the storage accepted " + accepted.get(i) + " after " + accepted.get(i - 1));
                }
            }
        });
        return violations;
    }
}
