/**
 * A discrete-event simulated network of sans-IO nodes with a full fault model.
 *
 * <p>Write each protocol participant as a {@link dev.simscaffold.core.net.SansIoNode} (inputs through
 * {@code handle…}, outputs through {@code poll…}, time always a parameter, outgoing messages in an
 * {@link dev.simscaffold.core.net.Outbox}), give
 * {@link dev.simscaffold.core.net.SimNetwork} one {@link dev.simscaffold.core.net.NodeFactory} per node,
 * and run it under random {@link dev.simscaffold.core.fault.NetworkFaults} and a scripted
 * {@link dev.simscaffold.core.net.FaultSchedule}. A node that keeps data on a simulated disk is added
 * with a {@link dev.simscaffold.core.net.DiskNodeFactory}, implements
 * {@link dev.simscaffold.core.net.StorageNode} and reaches its disk only through the
 * {@link dev.simscaffold.core.storage.StorageIo} it is given; crashes, restarts and
 * {@link dev.simscaffold.core.net.FaultEvent.PowerLoss power losses} apply to the disk as its
 * {@link dev.simscaffold.core.storage.CrashKind} says, and the node recovers from the disk's contents in
 * its constructor. A node whose {@link dev.simscaffold.core.net.Durable} state survives crashes is added
 * with a {@link dev.simscaffold.core.net.DurableNodeFactory}. Always
 * {@link dev.simscaffold.core.expect.Expectation}s are checked after every event over a
 * {@link dev.simscaffold.core.net.NetworkView}, eventually ones after the faults stop, and the whole run is
 * fingerprinted in its {@link dev.simscaffold.core.trace.Trace}.
 *
 * <pre>{@code
 * SimNetwork<Msg> net = SimNetwork.nodes(5, MyNode::new)
 *         .seed(42)
 *         .faults(FaultConfig.mild().network())
 *         .schedule(FaultSchedule.random(context.fork("schedule"), ids, 1_000, 4).recoverAllAt(1_000))
 *         .build();
 * net.run(1_000);
 * net.quiesce();
 * net.awaitLiveness(Expectation.eventually("all live nodes agree", nodes -> ...), 500);
 * }</pre>
 */
package dev.simscaffold.core.net;
