package dev.simscaffold.core.net;

import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The test gossip protocol's only message: the sender's whole store (anti-entropy push).
 *
 * @param entries key to versioned value, sorted so that {@code toString()} is stable
 */
record Sync(SortedMap<String, Versioned> entries) {

    Sync {
        entries = new TreeMap<>(entries);
    }
}
