package dev.simscaffold.testkit.modelcheck;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.net.NodeId;
import java.util.List;

/**
 * An always expectation over one node's change in one move: its key before and after. A {@link StepCheck} that
 * reads one node at a time, so a local property that persistent sets keep (see
 * {@link NetworkModelCheckBuilder#expectEachNodeStep}).
 */
@Api(Api.Status.EXPERIMENTAL)
@FunctionalInterface
public interface NodeStepCheck {

    /**
     * Judges one node's change.
     *
     * @param node the node
     * @param before its key before the move
     * @param after its key after the move, not equal to {@code before}
     * @return what is wrong, empty when the change is fine
     */
    List<String> unmet(NodeId node, Object before, Object after);
}
