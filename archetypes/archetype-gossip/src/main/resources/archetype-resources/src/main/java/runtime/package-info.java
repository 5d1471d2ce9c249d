/**
 * The I/O shell that runs the protocol's nodes for real: {@link ${package}.runtime.${moduleName}Main} hosts
 * one {@link ${package}.${moduleName}Node} on a UDP socket and the wall clock through sim-runtime, and
 * {@link ${package}.runtime.${moduleName}Codec} carries its messages in datagrams. Nothing here decides
 * anything the protocol does: the node is the very code the simulation tests, and the runtime calls it as
 * the simulator does. This is the one package allowed to touch sockets, threads and the clock
 * ({@code DeterminismRulesTest}); the protocol's package never depends on it.
 */
package ${package}.runtime;
