package dev.simscaffold.corpus.raft;

import dev.simscaffold.core.check.ActionCount;
import dev.simscaffold.core.history.HistoryRecorder;
import dev.simscaffold.core.history.KvOp;
import dev.simscaffold.core.net.NodeFactory;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.Outbox;
import dev.simscaffold.core.net.SansIoNode;
import dev.simscaffold.core.net.Transmit;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.time.LogicalTime;
import java.util.List;
import java.util.Optional;

/**
 * A client of the Raft key-value store: it runs random reads, writes and compare-and-sets on two keys, one at
 * a time, and records each in the history (invoke, then ok or info). It sends to the server it believes
 * leads, follows a {@link RaftMessage.NotLeader} hint, and on a timeout tries the next server with the same
 * command, which the state machine applies at most once. After {@link #MAX_TIMEOUTS} sends without an answer
 * it records the operation as indeterminate and moves on; it stops starting operations at the end of the
 * workload.
 *
 * <p>Each operation is drawn as one {@value #OPERATION_SPAN} span when the client becomes idle: "one more
 * operation?", the pause before it, its key, kind and values. A shrinker then deletes an operation as a unit
 * (the client's later operations move up, nothing else it draws shifts), and a decision past the recorded
 * ones says "no more", so deleting the last operations ends the client's workload there;
 * {@link ActionCount} counts each such span as one client operation.
 *
 * <p>A restarted client is a new session: the operation its previous incarnation had in flight is recorded
 * as indeterminate, because the old incarnation may have reached the log before it crashed.
 */
public final class RaftClient implements SansIoNode<RaftMessage> {

    /** How long a client waits for an answer before it sends the same command to the next server. */
    public static final long REQUEST_TIMEOUT_TICKS = 40;
    /**
     * How many unanswered sends of one command before the client records it as indeterminate; a refusal that
     * names no leader is not counted, since no server has the command then.
     */
    public static final int MAX_TIMEOUTS = 6;
    /** The label of the span each operation is drawn in: one client operation to {@link ActionCount}. */
    public static final String OPERATION_SPAN = ActionCount.OPERATION_PREFIX + "kv";
    private static final List<String> KEYS = List.of("x", "y");
    /**
     * The chance of "one more operation": not 1, because a draw of probability 1 replays as true whatever was
     * recorded, and the shrinker must be able to say "no more".
     */
    private static final double ALMOST_ALWAYS = 1.0 - 1.0 / (1L << 30);
    private static final long UNKNOWN_LEADER_BACKOFF_TICKS = 10;

    private final NodeId id;
    private final String name;
    private final int servers;
    private final LogicalTime workloadEnd;
    private final SimRandom random;
    private final HistoryRecorder<KvOp, Long> history;
    private final Outbox<RaftMessage> outbox;
    private final long session;
    private long seq;
    private int target;
    private Command inFlight;
    private KvOp next;
    private int timeouts;
    private boolean tryNextServer;
    private LogicalTime wakeAt;

    private RaftClient(NodeId id, int servers, LogicalTime workloadEnd, SimRandom random, LogicalTime now, HistoryRecorder<KvOp, Long> history) {
        this.id = id;
        this.name = "client-" + id.index();
        this.servers = servers;
        this.workloadEnd = workloadEnd;
        this.random = random;
        this.history = history;
        this.outbox = new Outbox<>(id);
        this.session = random.nextLong();
        this.target = random.nextInt(servers);
        if (history.inFlight(name)) {
            history.info(name);
        }
        drawNext(now);
    }

    /**
     * Makes every incarnation of the clients; they follow the servers among the network's nodes.
     *
     * @param servers how many servers there are ({@code node-0} on)
     * @param workloadEnd when clients stop starting operations
     * @param history where every operation is recorded
     * @return the factory
     */
    public static NodeFactory<RaftClient> factory(int servers, LogicalTime workloadEnd, HistoryRecorder<KvOp, Long> history) {
        return (id, random, now) -> new RaftClient(id, servers, workloadEnd, random, now, history);
    }

    @Override
    public void handleInput(NodeId from, RaftMessage message, LogicalTime now) {
        if (message instanceof RaftMessage.ClientReply reply && answers(reply.session(), reply.seq())) {
            history.ok(name, reply.value());
            inFlight = null;
            target = from.index();
            drawNext(now);
        } else if (message instanceof RaftMessage.NotLeader notLeader && answers(notLeader.session(), notLeader.seq())) {
            boolean knowsLeader = notLeader.leaderHint() >= 0;
            target = knowsLeader ? notLeader.leaderHint() : (from.index() + 1) % servers;
            tryNextServer = false;
            wakeAt = now.advance(knowsLeader ? 1 : UNKNOWN_LEADER_BACKOFF_TICKS);
        }
    }

    @Override
    public void handleTimeout(LogicalTime now) {
        if (inFlight != null) {
            if (tryNextServer) {
                timeouts++;
                target = (target + 1) % servers;
            }
            if (timeouts < MAX_TIMEOUTS) {
                transmit(now);
                return;
            }
            history.info(name);
            inFlight = null;
            drawNext(now);
            return;
        }
        if (next == null || !now.isBefore(workloadEnd)) {
            wakeAt = null;
            return;
        }
        KvOp op = next;
        next = null;
        start(op, now);
    }

    /**
     * Starts one given operation now, as a script does that writes a case by hand (with a zero-tick workload,
     * so that the client draws no operations of its own); it is recorded and retried like a drawn one.
     *
     * @param op the operation
     * @param now the current time
     * @throws IllegalStateException if the client is still waiting for an earlier operation
     */
    public void invoke(KvOp op, LogicalTime now) {
        if (inFlight != null) {
            throw new IllegalStateException(name + " still waits for " + inFlight.op() + ", so it cannot start " + op);
        }
        next = null;
        start(op, now);
    }

    private void start(KvOp op, LogicalTime now) {
        inFlight = new Command(name, session, ++seq, id, op);
        timeouts = 0;
        history.invoke(name, op);
        transmit(now);
    }

    @Override
    public Optional<Transmit<RaftMessage>> pollTransmit() {
        return outbox.poll();
    }

    @Override
    public Optional<LogicalTime> pollTimeout() {
        return Optional.ofNullable(wakeAt);
    }

    private boolean answers(long replySession, long replySeq) {
        return inFlight != null && replySession == session && replySeq == seq;
    }

    private void transmit(LogicalTime now) {
        tryNextServer = true;
        outbox.send(NodeId.of(target), new RaftMessage.ClientRequest(inFlight));
        wakeAt = now.advance(REQUEST_TIMEOUT_TICKS);
    }

    /**
     * Draws the next operation as one span and wakes when it is due; without one more operation (or past the
     * workload's end) the client stays idle for good.
     */
    private void drawNext(LogicalTime now) {
        if (!now.isBefore(workloadEnd)) {
            next = null;
            wakeAt = null;
            return;
        }
        Planned planned = random.span(OPERATION_SPAN, this::drawOperation);
        next = planned == null ? null : planned.op();
        wakeAt = planned == null ? null : now.advance(planned.pause());
    }

    /** One drawn operation and the ticks the client pauses before invoking it. */
    private record Planned(long pause, KvOp op) {
    }

    private Planned drawOperation() {
        if (!random.chance(ALMOST_ALWAYS)) {
            return null;
        }
        long pause = 1 + random.nextInt(5);
        return new Planned(pause, nextOp());
    }

    private KvOp nextOp() {
        String key = random.pick(KEYS);
        int kind = random.nextInt(10);
        if (kind < 4) {
            return KvOp.read(key);
        }
        if (kind < 8) {
            return KvOp.write(key, 1 + random.nextInt(9));
        }
        return KvOp.cas(key, random.nextInt(10), 1 + random.nextInt(9));
    }

    @Override
    public String toString() {
        return name + (inFlight == null ? " idle" : " waiting for " + inFlight.op() + " (timeouts " + timeouts + ")");
    }
}
