package org.acme.gossip;

import dev.simscaffold.core.net.NodeId;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A node's entries, ordered by key: what it writes, what it learns and what it tells its peers.
 * Mutable, owned by one node, never shared.
 */
final class EntryStore {

    /** What a merge did, counted by the node so that tests can see which paths a run took. */
    enum Merge { ADDED, REPLACED, ALREADY_HELD, STALE }

    private final TreeMap<String, Entry> entries = new TreeMap<>();
    private final MergeRule rule;

    EntryStore(MergeRule rule, List<Entry> restored) {
        this.rule = rule;
        restored.forEach(entry -> entries.put(entry.key(), entry));
    }

    /** Writes a value as a new version of its key, later than any version of the key this node has seen. */
    Entry write(String key, String value, NodeId writer) {
        Entry held = entries.get(key);
        Entry written = new Entry(key, value, new Version(held == null ? 1 : held.version().counter() + 1, writer));
        entries.put(key, written);
        return written;
    }

    /** Merges an entry that arrived from a peer through the merge rule. */
    Merge merge(Entry arriving) {
        Entry held = entries.get(arriving.key());
        if (held == null) {
            entries.put(arriving.key(), arriving);
            return Merge.ADDED;
        }
        Entry kept = rule.choose(held, arriving);
        entries.put(kept.key(), kept);
        if (!kept.equals(held)) {
            return Merge.REPLACED;
        }
        return arriving.equals(held) ? Merge.ALREADY_HELD : Merge.STALE;
    }

    /** The version of every key held. */
    SortedMap<String, Version> digest() {
        SortedMap<String, Version> digest = new TreeMap<>();
        entries.forEach((key, entry) -> digest.put(key, entry.version()));
        return digest;
    }

    /** Every entry a peer with this digest lacks or holds in an older version, in key order. */
    List<Entry> newerThan(SortedMap<String, Version> digest) {
        return entries.values().stream()
                .filter(entry -> !digest.containsKey(entry.key()) || entry.version().isNewerThan(digest.get(entry.key())))
                .toList();
    }

    /** A store holding the same entries under the same rule, for a copy of its node. */
    EntryStore copy() {
        return new EntryStore(rule, List.copyOf(entries.values()));
    }

    SortedMap<String, Entry> entries() {
        return Collections.unmodifiableSortedMap(new TreeMap<>(entries));
    }
}
