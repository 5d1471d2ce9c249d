package dev.simscaffold.corpus.raft;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A server's log in memory, indexed from 1 as in the Raft paper (index 0 is the empty prefix, term 0). Beside
 * each entry it keeps a hash of the whole prefix ending there, so the log-matching invariant compares two
 * prefixes in one step instead of walking them after every event.
 */
public final class RaftLog {

    private final List<LogEntry> entries = new ArrayList<>();
    private final List<Long> prefixHashes = new ArrayList<>();

    /**
     * Returns the index of the last entry.
     *
     * @return 0 for an empty log
     */
    public long lastIndex() {
        return entries.size();
    }

    /**
     * Returns the term of the last entry.
     *
     * @return 0 for an empty log
     */
    public long lastTerm() {
        return termAt(lastIndex());
    }

    /**
     * Returns the term of the entry at an index.
     *
     * @param index from 0 to {@link #lastIndex()}
     * @return the term, 0 at index 0
     */
    public long termAt(long index) {
        return index == 0 ? 0 : entry(index).term();
    }

    /**
     * Returns the entry at an index.
     *
     * @param index from 1 to {@link #lastIndex()}
     * @return the entry
     */
    public LogEntry entry(long index) {
        return entries.get(Math.toIntExact(index - 1));
    }

    /**
     * Returns a hash of the entries from 1 to {@code index}: equal prefixes have equal hashes, and two
     * different prefixes collide only by 64-bit chance.
     *
     * @param index from 0 to {@link #lastIndex()}
     * @return the hash, 0 at index 0
     */
    public long prefixHash(long index) {
        return index == 0 ? 0 : prefixHashes.get(Math.toIntExact(index - 1));
    }

    /**
     * Returns the entries after {@code index}, at most {@code max} of them.
     *
     * @param index the entries start at {@code index + 1}
     * @param max the most to return
     * @return an unmodifiable copy
     */
    public List<LogEntry> entriesAfter(long index, int max) {
        int from = Math.toIntExact(index);
        return List.copyOf(entries.subList(from, Math.min(entries.size(), from + max)));
    }

    /**
     * Returns every entry, for reports and tests.
     *
     * @return an unmodifiable view
     */
    public List<LogEntry> entries() {
        return Collections.unmodifiableList(entries);
    }

    void append(LogEntry entry) {
        long previous = prefixHash(lastIndex());
        entries.add(entry);
        prefixHashes.add(mix(previous, entry));
    }

    void truncateFrom(long index) {
        int from = Math.toIntExact(index - 1);
        entries.subList(from, entries.size()).clear();
        prefixHashes.subList(from, prefixHashes.size()).clear();
    }

    private static long mix(long previous, LogEntry entry) {
        Command command = entry.command();
        long state = previous;
        for (long word : new long[] {entry.term(), command.session(), command.seq()}) {
            state = (Long.rotateLeft(state, 29) ^ word) * 0x9e3779b97f4a7c15L;
        }
        return state ^ (state >>> 31);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < entries.size(); i++) {
            text.append(i == 0 ? "" : " ").append(i + 1).append(':').append(entries.get(i).term());
        }
        return text.append(']').toString();
    }

    /** The entries as a value for a model checker's key (the prefix hashes follow from them). */
    List<LogEntry> modelKey() {
        return List.copyOf(entries);
    }

    /** Makes this (empty) log a copy of {@code other}, for a model checker's node copy. */
    void copyFrom(RaftLog other) {
        entries.addAll(other.entries);
        prefixHashes.addAll(other.prefixHashes);
    }
}
