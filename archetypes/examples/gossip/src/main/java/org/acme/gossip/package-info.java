/**
 * A gossip module: nodes spread versioned entries by push-pull anti-entropy and suspect peers that stay
 * silent, written sans-IO so that a simulated network can drive it deterministically.
 *
 * <p>{@link org.acme.gossip.MembershipNode} is the node: it implements sim-core's {@code SansIoNode}
 * ({@code handleInput}, {@code handleTimeout}, {@code pollTransmit}, {@code pollTimeout}), reads no clock,
 * performs no I/O and takes all chance from its {@code SimRandom}. Every {@code gossipInterval} ticks it
 * opens an exchange ({@link org.acme.gossip.MembershipMessage}: {@code Syn}, {@code Ack}, {@code Ack2}) with
 * {@code fanout} peers, chosen by a random order that reaches every peer once per cycle; a peer unheard
 * for {@code failureTimeout} ticks is suspected until it is heard again
 * ({@link org.acme.gossip.TimeoutDetector}). Entries carry a {@link org.acme.gossip.Version} (a counter and its
 * writer); {@link org.acme.gossip.MergeRule#LAST_WRITER_WINS} keeps the later one, so versions never go
 * backwards. Entries survive a crash only through {@link org.acme.gossip.MembershipDurable}.
 *
 * <p>The tests check, after every event, that versions never go backwards and that no node holds an
 * entry nobody wrote; that all live nodes agree within a bound derived from the configuration, with and
 * without faults, across partitions and restarts; and that crashed nodes are suspected and recovered ones
 * trusted again in time.
 */
package org.acme.gossip;
