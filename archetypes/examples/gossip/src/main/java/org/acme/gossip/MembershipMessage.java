package org.acme.gossip;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What nodes send each other: one push-pull exchange is {@link Syn}, {@link Ack}, {@link Ack2}. The
 * initiator sends its digest; the peer answers with what the initiator lacks and its own digest; the
 * initiator sends back what the peer lacks. Each message is also a sign of life of its sender.
 * {@code toString} stays short, because every message appears in the trace.
 */
public sealed interface MembershipMessage {

    /**
     * Opens an exchange with the initiator's digest.
     *
     * @param digest the initiator's version of every key it holds
     */
    record Syn(SortedMap<String, Version> digest) implements MembershipMessage {

        /**
         * Keeps an immutable copy.
         *
         * @param digest the digest
         */
        public Syn {
            digest = Collections.unmodifiableSortedMap(new TreeMap<>(digest));
        }

        @Override
        public String toString() {
            return "Syn" + digest;
        }
    }

    /**
     * Answers a {@link Syn}.
     *
     * @param entries every entry the responder holds newer than the initiator's digest says
     * @param digest the responder's version of every key it holds
     */
    record Ack(List<Entry> entries, SortedMap<String, Version> digest) implements MembershipMessage {

        /**
         * Keeps immutable copies.
         *
         * @param entries the entries
         * @param digest the digest
         */
        public Ack {
            entries = List.copyOf(entries);
            digest = Collections.unmodifiableSortedMap(new TreeMap<>(digest));
        }

        @Override
        public String toString() {
            return "Ack" + entries + digest;
        }
    }

    /**
     * Closes an exchange.
     *
     * @param entries every entry the initiator holds newer than the responder's digest says
     */
    record Ack2(List<Entry> entries) implements MembershipMessage {

        /**
         * Keeps an immutable copy.
         *
         * @param entries the entries
         */
        public Ack2 {
            entries = List.copyOf(entries);
        }

        @Override
        public String toString() {
            return "Ack2" + entries;
        }
    }
}
