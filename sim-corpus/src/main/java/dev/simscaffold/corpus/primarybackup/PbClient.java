package dev.simscaffold.corpus.primarybackup;

import dev.simscaffold.core.history.HistoryRecorder;
import dev.simscaffold.core.history.KvOp;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.Outbox;
import dev.simscaffold.core.net.SansIoNode;
import dev.simscaffold.core.net.Transmit;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.time.LogicalTime;
import java.util.List;
import java.util.Optional;

/**
 * A client that performs its script of operations one at a time and records each in the history. Writes go
 * to the primary; reads go to the primary, or, with {@link PrimaryBackupBug#READS_FROM_BACKUPS}, to a replica
 * of its random choice. A request unanswered after {@link #TIMEOUT_TICKS} is recorded as indeterminate (its
 * reply may have been lost after it took effect) and the client moves on; a late reply is ignored.
 */
public final class PbClient implements SansIoNode<PbMessage> {

    /** How long a client waits for a reply. */
    public static final long TIMEOUT_TICKS = 30;

    private final String name;
    private final List<KvOp> script;
    private final int replicas;
    private final boolean readsFromBackups;
    private final SimRandom random;
    private final HistoryRecorder<KvOp, Long> history;
    private final Outbox<PbMessage> outbox;
    private int next;
    private int inFlight = -1;
    private LogicalTime wakeAt = LogicalTime.of(1);

    PbClient(NodeId id, List<KvOp> script, int replicas, boolean readsFromBackups, SimRandom random, HistoryRecorder<KvOp, Long> history) {
        this.name = "client-" + id.index();
        this.script = List.copyOf(script);
        this.replicas = replicas;
        this.readsFromBackups = readsFromBackups;
        this.random = random;
        this.history = history;
        this.outbox = new Outbox<>(id);
    }

    /**
     * Tells whether the client has run its whole script.
     *
     * @return true once the last operation completed or timed out
     */
    public boolean done() {
        return next == script.size() && inFlight < 0;
    }

    @Override
    public void handleInput(NodeId from, PbMessage message, LogicalTime now) {
        if (message instanceof PbMessage.Reply reply && reply.id() == inFlight) {
            history.ok(name, reply.value());
            inFlight = -1;
            wakeAt = now.advance(1);
        }
    }

    @Override
    public void handleTimeout(LogicalTime now) {
        if (inFlight >= 0) {
            history.info(name);
            inFlight = -1;
        }
        if (next == script.size()) {
            wakeAt = null;
            return;
        }
        KvOp op = script.get(next);
        inFlight = next++;
        NodeId replica = op instanceof KvOp.Read && readsFromBackups ? NodeId.of(random.nextInt(replicas)) : PbReplica.PRIMARY;
        history.invoke(name, op);
        outbox.send(replica, new PbMessage.Request(inFlight, op));
        wakeAt = now.advance(TIMEOUT_TICKS);
    }

    @Override
    public Optional<Transmit<PbMessage>> pollTransmit() {
        return outbox.poll();
    }

    @Override
    public Optional<LogicalTime> pollTimeout() {
        return Optional.ofNullable(wakeAt);
    }

    @Override
    public String toString() {
        return name + " at " + next + "/" + script.size();
    }
}
