package org.acme.gossip;

import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Every write the simulated clients made, the ground truth the invariants judge the nodes by: an entry
 * no client wrote was invented, and the latest write of each key is what every node must end up with.
 */
final class WriteLedger {

    private final TreeMap<String, TreeMap<Version, Entry>> writes = new TreeMap<>();

    void record(Entry written) {
        writes.computeIfAbsent(written.key(), key -> new TreeMap<>()).put(written.version(), written);
    }

    /** The write with this entry's key and version, if a client made it. */
    Optional<Entry> written(String key, Version version) {
        return Optional.ofNullable(writes.getOrDefault(key, new TreeMap<>()).get(version));
    }

    /** The latest write of every key: what last writer wins leaves on every node. */
    SortedMap<String, Entry> latest() {
        SortedMap<String, Entry> latest = new TreeMap<>();
        writes.forEach((key, versions) -> latest.put(key, versions.lastEntry().getValue()));
        return latest;
    }

    int size() {
        return writes.values().stream().mapToInt(TreeMap::size).sum();
    }
}
