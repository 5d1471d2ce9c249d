package dev.simscaffold.core.net;

import dev.simscaffold.core.model.ModelCopyable;
import dev.simscaffold.core.storage.Completion;
import dev.simscaffold.core.storage.DiskContents;
import dev.simscaffold.core.storage.StorageIo;
import dev.simscaffold.core.time.LogicalTime;
import java.util.Optional;

/**
 * A node that journals a counter on its disk: every 5 ticks it writes the next count, fsyncing every other
 * write, and when a write completes it sends the count to the next node; what it receives it adds to the
 * count. A restart reads the count back from the disk's last 8-byte record. No draws.
 */
final class JournalNode implements StorageNode<Long>, ModelCopyable<JournalNode> {

    private final NodeId id;
    private final int nodes;
    private final StorageIo disk;
    private final Outbox<Long> outbox;
    private long count;
    private long written;
    private LogicalTime next;

    JournalNode(NodeId id, int nodes, StorageIo disk, DiskContents recovered, LogicalTime now) {
        this(id, nodes, disk, new Outbox<>(id));
        byte[] bytes = recovered.bytes();
        written = bytes.length / 8;
        count = written == 0 ? 0 : bytes[bytes.length - 8];
        next = now.advance(1);
    }

    private JournalNode(NodeId id, int nodes, StorageIo disk, Outbox<Long> outbox) {
        this.id = id;
        this.nodes = nodes;
        this.disk = disk;
        this.outbox = outbox;
    }

    long count() {
        return count;
    }

    @Override
    public void handleInput(NodeId from, Long message, LogicalTime now) {
        count += message;
    }

    @Override
    public void handleTimeout(LogicalTime now) {
        count++;
        disk.write(written * 8, new byte[] {(byte) count, 0, 0, 0, 0, 0, 0, 0});
        if (written++ % 2 == 1) {
            disk.fsync();
        }
        next = now.advance(5);
    }

    @Override
    public void handleCompletion(Completion completion, LogicalTime now) {
        if (completion instanceof Completion.Written) {
            outbox.send(NodeId.of((id.index() + 1) % nodes), 1L);
        }
    }

    @Override
    public Optional<Transmit<Long>> pollTransmit() {
        return outbox.poll();
    }

    @Override
    public Optional<LogicalTime> pollTimeout() {
        return Optional.of(next);
    }

    @Override
    public JournalNode modelCopy() {
        JournalNode copy = new JournalNode(id, nodes, disk, new Outbox<>(id));
        copy.count = count;
        copy.written = written;
        copy.next = next;
        return copy;
    }
}
