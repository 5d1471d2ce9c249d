package dev.simscaffold.testkit.modelcheck;

import dev.simscaffold.core.model.ModelCopyable;
import dev.simscaffold.core.model.ModelKeyed;
import dev.simscaffold.core.net.DiskNodeFactory;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.Outbox;
import dev.simscaffold.core.net.StorageNode;
import dev.simscaffold.core.net.Transmit;
import dev.simscaffold.core.storage.Completion;
import dev.simscaffold.core.storage.StorageIo;
import dev.simscaffold.core.time.LogicalTime;
import java.util.List;
import java.util.Optional;

/**
 * A one-value store on a disk (node-0) that acknowledges each put to node-1: it writes the value, fsyncs once the
 * write completes, and acknowledges once the fsync completes. With {@code ackBeforeFsync} planted it acknowledges
 * when the write completes, so a power loss before the fsync loses an acknowledged value. A restart reads the value
 * back from the disk. Node-1 only remembers the highest value acknowledged to it. No timers, no draws.
 */
final class AckStore implements StorageNode<Long>, ModelKeyed, ModelCopyable<AckStore> {

    private static final NodeId ACKER = NodeId.of(1);

    private final NodeId id;
    private final StorageIo disk;
    private final boolean ackBeforeFsync;
    private final Outbox<Long> outbox;
    private long held;
    private long writing;
    private long acked;

    private AckStore(NodeId id, StorageIo disk, boolean ackBeforeFsync) {
        this.id = id;
        this.disk = disk;
        this.ackBeforeFsync = ackBeforeFsync;
        this.outbox = new Outbox<>(id);
    }

    static DiskNodeFactory<AckStore> factory(boolean ackBeforeFsync) {
        return (id, random, now, disk, recovered) -> {
            AckStore store = new AckStore(id, disk, ackBeforeFsync);
            byte[] bytes = recovered.bytes();
            store.held = bytes.length == 0 ? 0 : bytes[0];
            return store;
        };
    }

    /** A client's put on node-0: the value is held at once and written to the disk. */
    void put(long value) {
        held = value;
        writing = value;
        disk.write(0, new byte[] {(byte) value});
    }

    long held() {
        return held;
    }

    long acked() {
        return acked;
    }

    @Override
    public void handleInput(NodeId from, Long value, LogicalTime now) {
        acked = Math.max(acked, value);
    }

    @Override
    public void handleTimeout(LogicalTime now) {
        throw new IllegalStateException("an AckStore sets no timer");
    }

    @Override
    public void handleCompletion(Completion completion, LogicalTime now) {
        if (completion instanceof Completion.Written) {
            if (ackBeforeFsync) {
                outbox.send(ACKER, writing);
            }
            disk.fsync();
        } else if (completion instanceof Completion.Synced && !ackBeforeFsync) {
            outbox.send(ACKER, writing);
        }
    }

    @Override
    public Optional<Transmit<Long>> pollTransmit() {
        return outbox.poll();
    }

    @Override
    public Optional<LogicalTime> pollTimeout() {
        return Optional.empty();
    }

    @Override
    public Object modelKey() {
        return List.of(held, writing, acked);
    }

    @Override
    public AckStore modelCopy() {
        AckStore copy = new AckStore(id, disk, ackBeforeFsync);
        copy.held = held;
        copy.writing = writing;
        copy.acked = acked;
        return copy;
    }
}
