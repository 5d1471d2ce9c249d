/**
 * Runs sans-IO nodes for real: the I/O shell that a {@link dev.simscaffold.core.net.SimNetwork} replaces in a
 * simulation. {@link dev.simscaffold.runtime.NodeRuntime} hosts nodes on one event-loop thread, carries their
 * messages in UDP datagrams through a user's {@link dev.simscaffold.runtime.MessageCodec}, fires their timers on
 * the wall clock ({@link dev.simscaffold.runtime.TickMapping}) and gives disk nodes a
 * {@link dev.simscaffold.core.storage.nio.NioStorageIo}. The node code is the code the simulator tested,
 * unchanged; the runtime is not deterministic (real time, a real network), which is why it lives outside
 * sim-core.
 */
package dev.simscaffold.runtime;
