package org.acme.gossip;

import java.util.List;

/**
 * What a node keeps on stable storage and gets back after a crash: its entries. The node exposes it as
 * its {@link dev.simscaffold.core.net.Durable} state, and the network hands it, typed, to the restore of
 * the node's factory ({@link MembershipNode#factory}). Everything else (the peers it suspects, its
 * place in the peer cycle, messages it was about to send) is lost, as in a real crash. The node stores an
 * entry before it counts as held, so nothing it ever held is forgotten.
 *
 * @param entries every entry held at the crash
 */
public record MembershipDurable(List<Entry> entries) {

    /** Nothing stored yet: how a node starts for the first time. */
    public static final MembershipDurable EMPTY = new MembershipDurable(List.of());

    /**
     * Keeps an immutable copy.
     *
     * @param entries the entries
     */
    public MembershipDurable {
        entries = List.copyOf(entries);
    }
}
