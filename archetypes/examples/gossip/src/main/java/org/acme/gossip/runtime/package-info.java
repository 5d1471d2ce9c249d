/**
 * The I/O shell that runs the protocol's nodes for real: {@link org.acme.gossip.runtime.MembershipMain} hosts
 * one {@link org.acme.gossip.MembershipNode} on a UDP socket and the wall clock through sim-runtime, and
 * {@link org.acme.gossip.runtime.MembershipCodec} carries its messages in datagrams. Nothing here decides
 * anything the protocol does: the node is the very code the simulation tests, and the runtime calls it as
 * the simulator does. This is the one package allowed to touch sockets, threads and the clock
 * ({@code DeterminismRulesTest}); the protocol's package never depends on it.
 */
package org.acme.gossip.runtime;
