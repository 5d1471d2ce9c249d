package org.acme.gossip;

import dev.simscaffold.core.model.ModelCopyable;
import dev.simscaffold.core.model.ModelKeyed;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.time.LogicalTime;
import java.util.Collection;
import java.util.SortedSet;

/**
 * Turns signs of life into suspicion. The node calls {@link #start} once, at its first event, then
 * reports every message it receives with {@link #heard}; {@link #suspects} says which peers have been silent too long. The shipped detector is
 * {@link TimeoutDetector}; a phi-accrual detector would implement the same two calls.
 *
 * <p>A detector is part of its node's state, so it says what state it is in ({@link ModelKeyed#modelKey}: what it
 * remembers of each peer, as a value) and copies itself ({@link ModelCopyable#modelCopy}) for its node's copy: the
 * model checker tells two runs apart by the key, and a detector that left out what decides its suspicion would
 * have the checker merge runs that go on differently. A detector that measures silence only from now gives its
 * key as a {@link dev.simscaffold.core.model.TimedKey} (its times apart), so that its node's key can declare them
 * and the checker can take states that differ only by a shift in time as one; any other key is kept whole, with
 * whatever times it holds taken as absolute.
 */
public interface FailureDetector extends ModelKeyed, ModelCopyable<FailureDetector> {

    /**
     * Starts watching: every peer counts as heard at {@code now}, so a starting node gives its peers a
     * full timeout to show up.
     *
     * @param peers the peers to watch
     * @param now the node's time at its first event
     */
    void start(Collection<NodeId> peers, LogicalTime now);

    /**
     * Records a sign of life.
     *
     * @param peer the node a message came from
     * @param now the receiving node's time
     */
    void heard(NodeId peer, LogicalTime now);

    /**
     * Returns the peers suspected at {@code now}.
     *
     * @param now the node's time
     * @return the suspected peers, ordered by id
     */
    SortedSet<NodeId> suspects(LogicalTime now);
}
