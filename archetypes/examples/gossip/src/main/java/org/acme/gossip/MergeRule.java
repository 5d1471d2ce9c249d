package org.acme.gossip;

/**
 * Decides which of two entries for one key a node keeps: the conflict-resolution rule of the store.
 * The shipped rule, {@link #LAST_WRITER_WINS}, keeps the higher {@link Version}; a rule of your own
 * must keep every node's choice the same whatever order entries arrive in, or nodes never agree.
 */
@FunctionalInterface
public interface MergeRule {

    /** Keeps the entry with the higher version, so that versions never go backwards. */
    MergeRule LAST_WRITER_WINS = (held, arriving) -> arriving.version().isNewerThan(held.version()) ? arriving : held;

    /**
     * Chooses the entry to keep.
     *
     * @param held the entry the node holds for the key
     * @param arriving the entry that arrived for the same key
     * @return the entry to keep, one of the two
     */
    Entry choose(Entry held, Entry arriving);
}
