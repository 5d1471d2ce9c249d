package org.acme.gossip;

import dev.simscaffold.core.net.NodeId;
import java.util.Comparator;

/**
 * The version of an entry: a counter that grows with every write of its key, and the node that wrote
 * it. Two writes of one key on different nodes can share a counter; the writer breaks the tie, so every
 * node orders any two versions the same way and all of them keep the same winner (last writer wins).
 *
 * @param counter how many writes of the key this one follows, at least 1
 * @param writer the node that wrote it
 */
public record Version(long counter, NodeId writer) implements Comparable<Version> {

    private static final Comparator<Version> ORDER = Comparator.comparingLong(Version::counter).thenComparing(Version::writer);

    /**
     * Rejects a counter below 1 and a missing writer.
     *
     * @param counter the write count
     * @param writer the writing node
     */
    public Version {
        if (counter < 1) {
            throw new IllegalArgumentException("a version counter starts at 1, got " + counter);
        }
        if (writer == null) {
            throw new IllegalArgumentException("a version needs its writer, got null");
        }
    }

    /**
     * Returns whether this version replaces {@code other}.
     *
     * @param other the version held so far
     * @return true when this one is later
     */
    public boolean isNewerThan(Version other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Version other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return counter + "." + writer.index();
    }
}
