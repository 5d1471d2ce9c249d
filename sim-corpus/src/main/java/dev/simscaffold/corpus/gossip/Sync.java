package dev.simscaffold.corpus.gossip;

import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The gossip protocol's only message: the sender's whole store (anti-entropy push).
 *
 * @param entries key to versioned value, sorted so that {@code toString()} is stable
 */
public record Sync(SortedMap<String, Versioned> entries) {

    /**
     * Copies the entries.
     *
     * @param entries the sender's store
     */
    public Sync {
        entries = new TreeMap<>(entries);
    }
}
