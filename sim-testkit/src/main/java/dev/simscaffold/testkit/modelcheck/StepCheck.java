package dev.simscaffold.testkit.modelcheck;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.net.NodeId;
import java.util.List;
import java.util.SortedMap;

/**
 * An always expectation over one move: the live nodes' keys before and after it. It states what a history
 * monitor would (a version never goes backwards, a term never decreases) without keeping history, which a
 * model checker could not merge states by; it is checked on every move, also those into a state already seen.
 */
@Api(Api.Status.EXPERIMENTAL)
@FunctionalInterface
public interface StepCheck {

    /**
     * Judges one move.
     *
     * @param before the live nodes' keys before it, by id
     * @param after the live nodes' keys after it, by id
     * @return what is wrong, empty when the move is fine
     */
    List<String> unmet(SortedMap<NodeId, Object> before, SortedMap<NodeId, Object> after);
}
