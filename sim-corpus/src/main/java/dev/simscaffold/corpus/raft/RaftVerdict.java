package dev.simscaffold.corpus.raft;

import dev.simscaffold.core.time.LogicalTime;
import java.util.Optional;

/**
 * How one Raft run ended: the name of the first property that failed (an invariant checked after every
 * event, or {@link RaftCluster#LINEARIZABILITY} checked at the end), with its report, where it failed and
 * the run's trace fingerprint, which is what a replay must reproduce.
 *
 * @param failed the failed property's name, empty when the run passed
 * @param report the failure's message, empty when the run passed
 * @param step the network event at which an invariant failed, or the run's event count
 * @param time when it failed, or when the run ended
 * @param fingerprint the trace fingerprint at that point
 */
public record RaftVerdict(Optional<String> failed, String report, long step, LogicalTime time, String fingerprint) {

    /**
     * Tells whether every property held.
     *
     * @return true for a passing run
     */
    public boolean passed() {
        return failed.isEmpty();
    }
}
