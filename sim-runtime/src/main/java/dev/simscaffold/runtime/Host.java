package dev.simscaffold.runtime;

import dev.simscaffold.core.net.Durable;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.SansIoNode;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.storage.nio.NioStorageIo;
import dev.simscaffold.core.time.LogicalTime;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.util.Objects;

/**
 * Everything the runtime keeps about one hosted node across incarnations: its socket, the live node (null
 * while crashed), its deadline, what a {@link Durable} node exposed at its last crash, its file handle and
 * its counters. Touched by the loop thread only.
 *
 * @param <M> the message type
 */
final class Host<M> {

    final NodeId id;
    final DatagramChannel channel;
    final InetSocketAddress address;
    final NodeMaker<M> maker;
    final SimRandom random;
    SansIoNode<M> node;
    int incarnation;
    Object durableState;
    LogicalTime deadline;
    NioStorageIo disk;

    long sent;
    long delivered;
    long timersFired;
    long malformed;
    long oversized;
    long oversizedSends;
    long droppedWhileDown;
    long sendFailures;
    long crashes;
    long restarts;

    Host(NodeId id, DatagramChannel channel, InetSocketAddress address, NodeMaker<M> maker, SimRandom random) {
        this.id = id;
        this.channel = channel;
        this.address = address;
        this.maker = maker;
        this.random = random;
    }

    boolean up() {
        return node != null;
    }

    /** The random stream of the current incarnation, forked as a {@code SimNetwork} forks it. */
    SimRandom incarnationRandom() {
        return incarnation == 0 ? random : random.fork("incarnation-" + incarnation);
    }

    void create(LogicalTime now) {
        node = Objects.requireNonNull(maker.make(this, now), "the factory of " + id + " returned null");
    }

    /** The node goes down as a process does: its durable value kept, its file closed with what it wrote. */
    void crash() throws IOException {
        durableState = maker instanceof NodeMaker.Restoring<M> && node instanceof Durable<?> durable
                ? Objects.requireNonNull(durable.durableState(), id + " returned null durable state")
                : null;
        node = null;
        deadline = null;
        incarnation++;
        crashes++;
        closeDisk();
    }

    void closeDisk() throws IOException {
        if (disk != null) {
            NioStorageIo closing = disk;
            disk = null;
            closing.close();
        }
    }

    HostStats stats() {
        return new HostStats(sent, delivered, timersFired, malformed, oversized, oversizedSends, droppedWhileDown,
                sendFailures, crashes, restarts);
    }
}
