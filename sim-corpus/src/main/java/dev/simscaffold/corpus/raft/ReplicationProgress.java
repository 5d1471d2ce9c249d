package dev.simscaffold.corpus.raft;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A leader's view of how far each server's log matches its own (Raft's {@code nextIndex} and {@code matchIndex}),
 * counting itself only up to what it has fsynced: an entry the leader has merely written could vanish in a power
 * loss, so it must not help make a majority.
 */
final class ReplicationProgress {

    private record SelfAppend(long barrier, long index) {
    }

    private final int self;
    private final long[] nextIndex;
    private final long[] matchIndex;
    private final ArrayDeque<SelfAppend> selfAppends = new ArrayDeque<>();

    ReplicationProgress(int servers, int self) {
        this.self = self;
        this.nextIndex = new long[servers];
        this.matchIndex = new long[servers];
    }

    /**
     * Starts a reign. Everything in the leader's log is durable by now: its vote for itself was fsynced before
     * the vote requests left, and an fsync covers every earlier write.
     */
    void startReign(long lastIndex) {
        Arrays.fill(nextIndex, lastIndex + 1);
        Arrays.fill(matchIndex, 0);
        matchIndex[self] = lastIndex;
        selfAppends.clear();
    }

    /** The leader appended an entry that counts for itself once the fsync {@code barrier} completes. */
    void appendedLocally(long barrier, long index) {
        selfAppends.addLast(new SelfAppend(barrier, index));
    }

    /** Counts for the leader itself every local append whose fsync has completed. */
    void catchUpDurable(WriteAheadLog wal) {
        while (!selfAppends.isEmpty() && wal.durable(selfAppends.peekFirst().barrier())) {
            matchIndex[self] = Math.max(matchIndex[self], selfAppends.pollFirst().index());
        }
    }

    /** A follower stored everything up to {@code match}; late or duplicated answers never move it back. */
    void acknowledged(int peer, long match) {
        matchIndex[peer] = Math.max(matchIndex[peer], match);
        nextIndex[peer] = Math.max(nextIndex[peer], match + 1);
    }

    /** A follower failed the consistency check and has entries up to {@code lastIndexHint} at most. */
    void refused(int peer, long lastIndexHint) {
        nextIndex[peer] = Math.max(matchIndex[peer] + 1, Math.min(nextIndex[peer] - 1, lastIndexHint + 1));
    }

    long nextIndex(int peer) {
        return nextIndex[peer];
    }

    /** How many servers, the leader included, hold the entry at {@code index}. */
    int replicas(long index) {
        int replicas = 0;
        for (long match : matchIndex) {
            replicas += match >= index ? 1 : 0;
        }
        return replicas;
    }

    /** The leader's bookkeeping as a value for a model checker's key. */
    List<Object> modelKey() {
        List<Object> appends = new ArrayList<>(selfAppends.size());
        for (SelfAppend append : selfAppends) {
            appends.add(List.of(append.barrier(), append.index()));
        }
        return List.of(Arrays.toString(nextIndex), Arrays.toString(matchIndex), appends);
    }

    /** A copy for a model checker's node copy. */
    ReplicationProgress copy() {
        ReplicationProgress copy = new ReplicationProgress(nextIndex.length, self);
        System.arraycopy(nextIndex, 0, copy.nextIndex, 0, nextIndex.length);
        System.arraycopy(matchIndex, 0, copy.matchIndex, 0, matchIndex.length);
        copy.selfAppends.addAll(selfAppends);
        return copy;
    }
}
