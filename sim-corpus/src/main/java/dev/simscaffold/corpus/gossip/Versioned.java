package dev.simscaffold.corpus.gossip;

/**
 * A versioned value; the higher (version, writer) wins.
 *
 * @param version the write's version, from 1
 * @param writer the index of the node that wrote it, breaking ties
 * @param value the value
 */
public record Versioned(long version, int writer, String value) implements Comparable<Versioned> {

    @Override
    public int compareTo(Versioned other) {
        int byVersion = Long.compare(version, other.version);
        return byVersion != 0 ? byVersion : Integer.compare(writer, other.writer);
    }
}
