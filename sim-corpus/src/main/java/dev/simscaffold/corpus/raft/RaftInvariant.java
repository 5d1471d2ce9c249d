package dev.simscaffold.corpus.raft;

import java.util.List;

/**
 * One of the safety properties of Raft's Figure 3, judged over the live servers after every event. It may keep
 * history (what was committed or applied, who led which term), so each network needs fresh instances
 * ({@link RaftCluster#invariants()}); {@link RaftCluster} turns it into an {@code always} expectation.
 */
public interface RaftInvariant {

    /**
     * Returns the name failures carry.
     *
     * @return the name
     */
    String name();

    /**
     * Judges the servers now.
     *
     * @param servers the live servers, in id order
     * @return one message per violation, empty when the property holds
     */
    List<String> check(List<RaftServer> servers);
}
