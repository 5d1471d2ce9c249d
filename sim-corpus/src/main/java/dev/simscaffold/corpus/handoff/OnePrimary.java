package dev.simscaffold.corpus.handoff;

import java.util.ArrayList;
import java.util.List;

/** The hand-off's safety property: at most one node acts as primary at any moment. */
public final class OnePrimary {

    /** The invariant's name. */
    public static final String NAME = "at most one primary";

    private OnePrimary() {
    }

    /**
     * The violations among the nodes' roles.
     *
     * @param nodes every node
     * @return one problem naming the primaries when there are two or more, else none
     */
    public static List<String> check(List<HandoffNode> nodes) {
        List<String> primaries = new ArrayList<>();
        for (HandoffNode node : nodes) {
            if (node.role() == HandoffNode.Role.PRIMARY) {
                primaries.add(node.id() + " (epoch " + node.epoch() + ")");
            }
        }
        return primaries.size() <= 1 ? List.of() : List.of(primaries.size() + " primaries: " + String.join(", ", primaries));
    }
}
