package org.acme.gossip;

import dev.simscaffold.core.model.TimedKey;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.time.LogicalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Suspects a peer unheard for longer than the failure timeout, and trusts it again as soon as it is
 * heard: suspicion is derived from the last sign of life, so recovery needs no extra rule.
 */
public final class TimeoutDetector implements FailureDetector {

    private final long failureTimeout;
    private final TreeMap<NodeId, LogicalTime> lastHeard = new TreeMap<>();

    /**
     * Creates a detector that watches nobody until {@link #start}.
     *
     * @param failureTimeout ticks of silence before suspicion, at least 1
     */
    public TimeoutDetector(long failureTimeout) {
        if (failureTimeout < 1) {
            throw new IllegalArgumentException("failureTimeout must be at least 1 tick, got " + failureTimeout);
        }
        this.failureTimeout = failureTimeout;
    }

    @Override
    public void start(Collection<NodeId> peers, LogicalTime now) {
        peers.forEach(peer -> lastHeard.put(peer, now));
    }

    @Override
    public void heard(NodeId peer, LogicalTime now) {
        lastHeard.merge(peer, now, LogicalTime::max);
    }

    @Override
    public SortedSet<NodeId> suspects(LogicalTime now) {
        SortedSet<NodeId> suspects = new TreeSet<>();
        lastHeard.forEach((peer, heard) -> {
            if (heard.ticksUntil(now) > failureTimeout) {
                suspects.add(peer);
            }
        });
        return suspects;
    }

    /** A detector with the same timeout that remembers the same signs of life, for a copy of its node. */
    @Override
    public TimeoutDetector modelCopy() {
        TimeoutDetector copy = new TimeoutDetector(failureTimeout);
        copy.lastHeard.putAll(lastHeard);
        return copy;
    }

    /**
     * When each peer was last heard, all that decides whom it suspects: the peers as the state and their
     * last-heard ticks as times, since suspicion only measures the silence up to now.
     */
    @Override
    public TimedKey modelKey() {
        List<Long> heard = new ArrayList<>(lastHeard.size());
        lastHeard.values().forEach(time -> heard.add(time.ticks()));
        return new TimedKey(List.copyOf(lastHeard.keySet()), heard);
    }
}
