package dev.simscaffold.corpus.primarybackup;

import dev.simscaffold.core.history.KvOp;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.Outbox;
import dev.simscaffold.core.net.SansIoNode;
import dev.simscaffold.core.net.Transmit;
import dev.simscaffold.core.time.LogicalTime;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A replica of a primary-backup key-value store. The primary ({@link #PRIMARY}) applies each write, answers
 * the client at once and replicates asynchronously to the backups; every replica answers reads from its own
 * copy. Reads from the primary are linearizable; a backup that has not yet received the latest write serves a
 * stale read, which matters only when clients read from backups ({@link PrimaryBackupBug#READS_FROM_BACKUPS}).
 */
public final class PbReplica implements SansIoNode<PbMessage> {

    /** The replica that takes writes. */
    public static final NodeId PRIMARY = NodeId.of(0);

    private final NodeId id;
    private final int replicas;
    private final Outbox<PbMessage> outbox;
    private final Map<String, Long> values = new TreeMap<>();
    private final Map<String, Long> versions = new TreeMap<>();
    private long nextVersion = 1;

    /**
     * Creates a replica with empty registers.
     *
     * @param id its address; {@link #PRIMARY} is the primary
     * @param replicas how many replicas there are, {@code node-0} on
     */
    public PbReplica(NodeId id, int replicas) {
        this.id = id;
        this.replicas = replicas;
        this.outbox = new Outbox<>(id);
    }

    @Override
    public void handleInput(NodeId from, PbMessage message, LogicalTime now) {
        if (message instanceof PbMessage.Request request && request.op() instanceof KvOp.Write write && id.equals(PRIMARY)) {
            values.put(write.key(), write.value());
            long version = nextVersion++;
            for (int backup = 1; backup < replicas; backup++) {
                outbox.send(NodeId.of(backup), new PbMessage.Replicate(write.key(), write.value(), version));
            }
            outbox.send(from, new PbMessage.Reply(request.id(), null));
        } else if (message instanceof PbMessage.Request request && request.op() instanceof KvOp.Read read) {
            outbox.send(from, new PbMessage.Reply(request.id(), values.getOrDefault(read.key(), 0L)));
        } else if (message instanceof PbMessage.Replicate replicate && replicate.version() > versions.getOrDefault(replicate.key(), 0L)) {
            values.put(replicate.key(), replicate.value());
            versions.put(replicate.key(), replicate.version());
        }
    }

    @Override
    public void handleTimeout(LogicalTime now) {
    }

    @Override
    public Optional<Transmit<PbMessage>> pollTransmit() {
        return outbox.poll();
    }

    @Override
    public Optional<LogicalTime> pollTimeout() {
        return Optional.empty();
    }

    @Override
    public String toString() {
        return id + " " + values;
    }
}
