package dev.simscaffold.corpus.raft;

import dev.simscaffold.core.buggify.Buggify;
import dev.simscaffold.core.history.KvOp;
import dev.simscaffold.core.model.ModelCopyable;
import dev.simscaffold.core.model.ModelKeyed;
import dev.simscaffold.core.model.TimedKey;
import dev.simscaffold.core.net.DiskNodeFactory;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.RoleReporting;
import dev.simscaffold.core.net.StorageNode;
import dev.simscaffold.core.net.Transmit;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.storage.Completion;
import dev.simscaffold.core.storage.DiskContents;
import dev.simscaffold.core.storage.StorageIo;
import dev.simscaffold.core.time.LogicalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A Raft server (Ongaro and Ousterhout, Figure 2) on a machine with a disk: elections with randomized
 * timeouts, log replication with the AppendEntries consistency check, the commit rule of §5.4.2, and a
 * key-value state machine that applies committed commands once per client session. Its term, vote and log
 * live in a {@link WriteAheadLog}; every answer that promises something persistent (a vote, a stored entry,
 * the leader counting itself) waits until what it promises is fsynced, and a restarted server reads its log
 * back before it answers anything.
 *
 * <p>Inputs: {@link #handleInput} (a message), {@link #handleTimeout} (election or heartbeat deadline),
 * {@link #handleCompletion} (a disk operation finished). A new incarnation rebuilds its state from the disk's
 * contents in its constructor, so it answers from its first input on. Outputs, polled after every input: {@link #pollTransmit} until empty, then {@link #pollTimeout}.
 * The planted {@link RaftBug}s are the only deviations from the paper.
 */
public final class RaftServer implements StorageNode<RaftMessage>, RoleReporting<RaftRole>, ModelKeyed,
        ModelCopyable<RaftServer> {

    /** How often a leader sends AppendEntries when it has nothing new. */
    public static final long HEARTBEAT_TICKS = 10;
    /** The shortest election timeout; each is drawn uniformly from here to {@link #MAX_ELECTION_TICKS}. */
    public static final long MIN_ELECTION_TICKS = 40;
    /** The longest election timeout. */
    public static final long MAX_ELECTION_TICKS = 80;
    private static final int MAX_ENTRIES_PER_APPEND = 16;
    /**
     * Buggify site: a leader appends a proposed entry without sending it, so it goes out with the next
     * heartbeat; the leader alone holds the entry for up to {@link #HEARTBEAT_TICKS}, the window in which Raft's
     * Figure 8 starts.
     */
    public static final String LAZY_REPLICATION = "raft.lazy-replication";
    /**
     * Buggify site: an election timeout is the shortest allowed, {@link #MIN_ELECTION_TICKS}, so servers time out
     * together and elections overlap, the window a forgotten vote needs.
     */
    public static final String EAGER_ELECTION = "raft.eager-election";

    private final NodeId id;
    private final int servers;
    private final Set<RaftBug> bugs;
    private final SimRandom random;
    private final Buggify buggify;
    private final RaftTimeouts timeouts;
    private final DurableOutbox outbox;
    private final ReplicationProgress progress;
    private final RaftLog log = new RaftLog();
    private final KvStateMachine stateMachine = new KvStateMachine();
    private final List<LogEntry> applied = new ArrayList<>();
    private final boolean[] votes;
    private final WriteAheadLog wal;
    private RaftRole role = RaftRole.FOLLOWER;
    private long currentTerm;
    private int votedFor = -1;
    private int leaderHint = -1;
    private long commitIndex;
    private long lastApplied;
    private LogicalTime electionDeadline = LogicalTime.ZERO;
    private LogicalTime heartbeatDeadline = LogicalTime.ZERO;

    private RaftServer(NodeId id, int servers, Set<RaftBug> bugs, Buggify buggify, RaftTimeouts timeouts, SimRandom random,
            LogicalTime now, StorageIo disk, DiskContents recovered) {
        this.id = id;
        this.timeouts = timeouts;
        this.servers = servers;
        this.bugs = bugs.isEmpty() ? EnumSet.noneOf(RaftBug.class) : EnumSet.copyOf(bugs);
        this.buggify = buggify;
        this.random = random;
        this.outbox = new DurableOutbox(id);
        this.progress = new ReplicationProgress(servers, id.index());
        this.votes = new boolean[servers];
        this.wal = recover(disk, recovered.bytes());
        resetElectionDeadline(now);
    }

    /**
     * Makes every incarnation of the servers {@code node-0} to {@code node-(servers - 1)}.
     *
     * @param servers how many servers the cluster has; they come first among the network's nodes
     * @param bugs the planted bugs, empty for the correct protocol
     * @return the factory
     */
    public static DiskNodeFactory<RaftServer> factory(int servers, Set<RaftBug> bugs) {
        return factory(servers, bugs, Buggify.disabled());
    }

    /**
     * Makes every incarnation of the servers, sharing one run's buggify sites ({@link #LAZY_REPLICATION},
     * {@link #EAGER_ELECTION}).
     *
     * @param servers how many servers the cluster has; they come first among the network's nodes
     * @param bugs the planted bugs, empty for the correct protocol
     * @param buggify the run's buggify, {@link Buggify#disabled()} outside simulation
     * @return the factory
     */
    public static DiskNodeFactory<RaftServer> factory(int servers, Set<RaftBug> bugs, Buggify buggify) {
        return factory(servers, bugs, buggify, RaftTimeouts.standard());
    }

    /**
     * Makes every incarnation of the servers with the given timing, such as a narrow election-timeout range for a
     * model checker ({@link RaftTimeouts#narrow}).
     *
     * @param servers how many servers the cluster has; they come first among the network's nodes
     * @param bugs the planted bugs, empty for the correct protocol
     * @param buggify the run's buggify, {@link Buggify#disabled()} outside simulation
     * @param timeouts the heartbeat period and election-timeout range
     * @return the factory
     */
    public static DiskNodeFactory<RaftServer> factory(int servers, Set<RaftBug> bugs, Buggify buggify, RaftTimeouts timeouts) {
        Objects.requireNonNull(timeouts, "timeouts must not be null");
        return (id, random, now, disk, recovered) -> new RaftServer(id, servers, bugs, buggify, timeouts, random, now, disk, recovered);
    }

    /**
     * Appends a command as a leader does for a client, and starts replicating it. Scripted scenarios call it
     * through {@code SimNetwork.invoke} to put an entry exactly where they need it.
     *
     * @param command the command; its result goes to {@code command.replyTo()} once applied
     * @return false, and nothing happens, when this server does not lead
     */
    public boolean propose(Command command) {
        if (role != RaftRole.LEADER) {
            return false;
        }
        LogEntry entry = new LogEntry(currentTerm, command);
        log.append(entry);
        wal.append(new WalRecord.Append(log.lastIndex(), entry));
        progress.appendedLocally(wal.barrier(), log.lastIndex());
        if (!buggify.fires(LAZY_REPLICATION)) {
            for (int peer = 0; peer < servers; peer++) {
                sendAppend(peer);
            }
        }
        releaseDurable();
        return true;
    }

    /**
     * Returns this server's address.
     *
     * @return the id
     */
    public NodeId id() {
        return id;
    }

    /**
     * Returns what the server is now.
     *
     * @return the role
     */
    @Override
    public RaftRole role() {
        return role;
    }

    /**
     * Returns the latest term the server has seen.
     *
     * @return the term, 0 before any election
     */
    public long currentTerm() {
        return currentTerm;
    }

    /**
     * Returns whom the server voted for in its current term.
     *
     * @return the voted-for node's index, -1 for none
     */
    public int votedFor() {
        return votedFor;
    }

    /**
     * Returns the log; invariants read it, only the server changes it.
     *
     * @return the log
     */
    public RaftLog log() {
        return log;
    }

    /**
     * Returns the highest index the server knows to be committed.
     *
     * @return the commit index, 0 after a restart until a leader says more
     */
    public long commitIndex() {
        return commitIndex;
    }

    /**
     * Returns the highest index applied to the state machine.
     *
     * @return the index
     */
    public long lastApplied() {
        return lastApplied;
    }

    /**
     * Returns the entry this incarnation applied at an index, whatever its log holds there now.
     *
     * @param index from 1 to {@link #lastApplied()}
     * @return the entry
     */
    public LogEntry appliedAt(long index) {
        return applied.get(Math.toIntExact(index - 1));
    }

    /**
     * The server's whole state as a value, for a model checker that merges states: role, term, vote, the votes it
     * won, leader hint, commit and apply indexes, the log, what it applied, the state machine, the write-ahead
     * log's bookkeeping, the messages waiting for an fsync, replication progress and both deadlines.
     *
     * @return the key
     */
    @Override
    public Object modelKey() {
        List<Object> key = new ArrayList<>(stateWithoutTimes());
        key.add(electionDeadline);
        key.add(heartbeatDeadline);
        return List.copyOf(key);
    }

    /**
     * The same state as {@link #modelKey()} with its deadlines kept apart as a {@link TimedKey}, and only as far as
     * they can matter: the server measures time only from now (it compares {@code now} with a deadline and arms one
     * from {@code now}), so a model checker given this key ({@code nodeKey}) may take states that differ only by a
     * shift in time as one. A follower or candidate keys its election deadline alone (its heartbeat deadline is
     * armed afresh when it wins before it is read). A leader keys its heartbeat deadline and its election deadline,
     * the latter no earlier than its last heartbeat: an election deadline already past fires as soon as the leader
     * steps down, whenever it passed, and left as it is it would make every heartbeat round a new state. Not the
     * default key, so that the move-bounded checks keep their counts; a delay-bounded check needs it, because a
     * leader's heartbeat rounds then repeat one state instead of making a new one every round.
     *
     * @return the key: the state as {@link #modelKey()} has it without the deadlines, and the deadlines that matter
     */
    public TimedKey timedModelKey() {
        if (role != RaftRole.LEADER) {
            return TimedKey.of(stateWithoutTimes(), electionDeadline);
        }
        LogicalTime lastHeartbeat = LogicalTime.of(heartbeatDeadline.ticks() - timeouts.heartbeatTicks());
        LogicalTime election = LogicalTime.max(electionDeadline, lastHeartbeat);
        return TimedKey.of(stateWithoutTimes(), election, heartbeatDeadline);
    }

    private List<Object> stateWithoutTimes() {
        return List.of(List.of(role, currentTerm, votedFor, Arrays.toString(votes), leaderHint, commitIndex, lastApplied),
                log.modelKey(), List.copyOf(applied), stateMachine.modelKey(), wal.modelKey(), outbox.modelKey(), progress.modelKey());
    }

    /**
     * An independent copy in the same state, for a model checker that keeps states as network snapshots: it shares
     * only what does not change (the bug set, timing, buggify, random stream, the disk handle) and immutable values.
     *
     * @return the copy
     */
    @Override
    public RaftServer modelCopy() {
        return new RaftServer(this);
    }

    private RaftServer(RaftServer other) {
        this.id = other.id;
        this.servers = other.servers;
        this.bugs = other.bugs;
        this.buggify = other.buggify;
        this.random = other.random;
        this.timeouts = other.timeouts;
        this.outbox = other.outbox.copy(other.id);
        this.progress = other.progress.copy();
        this.log.copyFrom(other.log);
        this.stateMachine.copyFrom(other.stateMachine);
        this.applied.addAll(other.applied);
        this.votes = other.votes.clone();
        this.wal = other.wal.copy();
        this.role = other.role;
        this.currentTerm = other.currentTerm;
        this.votedFor = other.votedFor;
        this.leaderHint = other.leaderHint;
        this.commitIndex = other.commitIndex;
        this.lastApplied = other.lastApplied;
        this.electionDeadline = other.electionDeadline;
        this.heartbeatDeadline = other.heartbeatDeadline;
    }

    @Override
    public String toString() {
        return id + " " + role + " term " + currentTerm + " voted " + votedFor + " commit " + commitIndex
                + " log " + log + " kv " + stateMachine;
    }

    @Override
    public void handleInput(NodeId from, RaftMessage message, LogicalTime now) {
        if (message instanceof RaftMessage.RequestVote request) {
            onRequestVote(from, request, now);
        } else if (message instanceof RaftMessage.Vote vote) {
            onVote(from, vote, now);
        } else if (message instanceof RaftMessage.AppendEntries append) {
            onAppendEntries(from, append, now);
        } else if (message instanceof RaftMessage.AppendResult result) {
            onAppendResult(from, result);
        } else if (message instanceof RaftMessage.ClientRequest request) {
            onClientRequest(from, request.command());
        }
        releaseDurable();
    }

    @Override
    public void handleTimeout(LogicalTime now) {
        if (role == RaftRole.LEADER && !now.isBefore(heartbeatDeadline)) {
            heartbeatDeadline = now.advance(timeouts.heartbeatTicks());
            for (int peer = 0; peer < servers; peer++) {
                sendAppend(peer);
            }
        } else if (role != RaftRole.LEADER && !now.isBefore(electionDeadline)) {
            startElection(now);
        }
        releaseDurable();
    }

    @Override
    public void handleCompletion(Completion completion, LogicalTime now) {
        wal.handle(completion);
        if (role == RaftRole.LEADER) {
            progress.catchUpDurable(wal);
            advanceCommit();
        }
        releaseDurable();
    }

    @Override
    public Optional<Transmit<RaftMessage>> pollTransmit() {
        return outbox.poll();
    }

    @Override
    public Optional<LogicalTime> pollTimeout() {
        return Optional.of(role == RaftRole.LEADER ? heartbeatDeadline : electionDeadline);
    }

    /**
     * Rebuilds term, vote and log from the disk as the crash left it, and fsyncs it at once: what a process
     * crash left in the page cache is readable but not yet durable, and nothing may be promised from it before
     * it is.
     */
    private WriteAheadLog recover(StorageIo disk, byte[] file) {
        WalCodec.Decoded decoded = WalCodec.decode(file);
        for (WalRecord record : decoded.records()) {
            if (record instanceof WalRecord.TermVote termVote) {
                currentTerm = termVote.term();
                votedFor = termVote.votedFor();
            } else {
                WalRecord.Append append = (WalRecord.Append) record;
                if (append.index() <= log.lastIndex()) {
                    log.truncateFrom(append.index());
                }
                log.append(append.entry());
            }
        }
        WriteAheadLog recoveredLog = new WriteAheadLog(disk, decoded.end(), decoded.lastChecksum());
        recoveredLog.syncRecovered(Arrays.copyOf(file, (int) decoded.end()));
        return recoveredLog;
    }

    private void onRequestVote(NodeId from, RaftMessage.RequestVote request, LogicalTime now) {
        adoptNewerTerm(request.term());
        boolean logUpToDate = request.lastLogTerm() > log.lastTerm()
                || (request.lastLogTerm() == log.lastTerm() && request.lastLogIndex() >= log.lastIndex());
        boolean grant = request.term() == currentTerm && (votedFor == -1 || votedFor == from.index()) && logUpToDate;
        if (grant) {
            votedFor = from.index();
            wal.append(new WalRecord.TermVote(currentTerm, votedFor));
            resetElectionDeadline(now);
        }
        RaftMessage.Vote vote = new RaftMessage.Vote(currentTerm, grant);
        if (grant && bugs.contains(RaftBug.VOTE_BEFORE_FSYNC)) {
            wal.barrier();
            outbox.sendNow(from, vote);
        } else {
            send(from, vote);
        }
    }

    private void onVote(NodeId from, RaftMessage.Vote vote, LogicalTime now) {
        adoptNewerTerm(vote.term());
        if (role != RaftRole.CANDIDATE || vote.term() != currentTerm || !vote.granted()) {
            return;
        }
        votes[from.index()] = true;
        int granted = 0;
        for (boolean given : votes) {
            granted += given ? 1 : 0;
        }
        if (granted > servers / 2) {
            becomeLeader(now);
        }
    }

    private void onAppendEntries(NodeId from, RaftMessage.AppendEntries append, LogicalTime now) {
        if (append.term() < currentTerm) {
            send(from, new RaftMessage.AppendResult(currentTerm, false, log.lastIndex()));
            return;
        }
        adoptNewerTerm(append.term());
        role = RaftRole.FOLLOWER;
        leaderHint = from.index();
        resetElectionDeadline(now);
        if (append.prevLogIndex() > log.lastIndex() || log.termAt(append.prevLogIndex()) != append.prevLogTerm()) {
            send(from, new RaftMessage.AppendResult(currentTerm, false, Math.min(log.lastIndex(), append.prevLogIndex() - 1)));
            return;
        }
        long index = append.prevLogIndex();
        for (LogEntry entry : append.entries()) {
            index++;
            if (index <= log.lastIndex() && log.termAt(index) == entry.term()) {
                continue;
            }
            if (index <= log.lastIndex()) {
                log.truncateFrom(index);
            }
            log.append(entry);
            wal.append(new WalRecord.Append(index, entry));
        }
        commitIndex = Math.max(commitIndex, Math.min(append.leaderCommit(), index));
        applyCommitted();
        send(from, new RaftMessage.AppendResult(currentTerm, true, index));
    }

    private void onAppendResult(NodeId from, RaftMessage.AppendResult result) {
        adoptNewerTerm(result.term());
        if (role != RaftRole.LEADER || result.term() != currentTerm) {
            return;
        }
        int peer = from.index();
        if (result.success()) {
            progress.acknowledged(peer, result.matchIndex());
            advanceCommit();
            if (progress.nextIndex(peer) <= log.lastIndex()) {
                sendAppend(peer);
            }
        } else {
            progress.refused(peer, result.matchIndex());
            sendAppend(peer);
        }
    }

    private void onClientRequest(NodeId from, Command command) {
        if (role != RaftRole.LEADER) {
            send(from, new RaftMessage.NotLeader(command.session(), command.seq(), leaderHint));
        } else if (command.op() instanceof KvOp.Read read && bugs.contains(RaftBug.STALE_LEADER_READ)) {
            send(from, new RaftMessage.ClientReply(command.session(), command.seq(), stateMachine.read(read.key())));
        } else {
            propose(command);
        }
    }

    private void startElection(LogicalTime now) {
        currentTerm++;
        votedFor = id.index();
        wal.append(new WalRecord.TermVote(currentTerm, votedFor));
        role = RaftRole.CANDIDATE;
        leaderHint = -1;
        Arrays.fill(votes, false);
        votes[id.index()] = true;
        resetElectionDeadline(now);
        for (int peer = 0; peer < servers; peer++) {
            if (peer != id.index()) {
                send(NodeId.of(peer), new RaftMessage.RequestVote(currentTerm, log.lastIndex(), log.lastTerm()));
            }
        }
    }

    private void becomeLeader(LogicalTime now) {
        role = RaftRole.LEADER;
        leaderHint = id.index();
        progress.startReign(log.lastIndex());
        heartbeatDeadline = now.advance(timeouts.heartbeatTicks());
        for (int peer = 0; peer < servers; peer++) {
            sendAppend(peer);
        }
    }

    private void adoptNewerTerm(long term) {
        if (term > currentTerm) {
            currentTerm = term;
            votedFor = -1;
            wal.append(new WalRecord.TermVote(currentTerm, votedFor));
            role = RaftRole.FOLLOWER;
        }
    }

    private void advanceCommit() {
        for (long index = log.lastIndex(); index > commitIndex; index--) {
            if (log.termAt(index) != currentTerm && !bugs.contains(RaftBug.FIGURE_8_COMMIT)) {
                return;
            }
            if (progress.replicas(index) > servers / 2) {
                commitIndex = index;
                applyCommitted();
                return;
            }
        }
    }

    private void applyCommitted() {
        while (lastApplied < Math.min(commitIndex, log.lastIndex())) {
            LogEntry entry = log.entry(++lastApplied);
            applied.add(entry);
            Command command = entry.command();
            Long result = stateMachine.apply(command);
            if (role == RaftRole.LEADER) {
                send(command.replyTo(), new RaftMessage.ClientReply(command.session(), command.seq(), result));
            }
        }
    }

    private void sendAppend(int peer) {
        if (peer == id.index()) {
            return;
        }
        long previous = progress.nextIndex(peer) - 1;
        send(NodeId.of(peer), new RaftMessage.AppendEntries(currentTerm, previous, log.termAt(previous),
                log.entriesAfter(previous, MAX_ENTRIES_PER_APPEND), commitIndex));
    }

    private void resetElectionDeadline(LogicalTime now) {
        electionDeadline = now.advance(buggify.fires(EAGER_ELECTION) ? timeouts.minElectionTicks()
                : timeouts.drawElectionTimeout(random));
    }

    /** Queues a message that leaves once everything written so far is durable. */
    private void send(NodeId to, RaftMessage message) {
        outbox.sendWhenDurable(wal.barrier(), to, message);
    }

    private void releaseDurable() {
        outbox.release(wal);
    }
}
