package org.acme.gossip;

import org.acme.gossip.EntryStore.Merge;
import org.acme.gossip.MembershipMessage.Ack;
import org.acme.gossip.MembershipMessage.Ack2;
import org.acme.gossip.MembershipMessage.Syn;
import dev.simscaffold.core.model.ModelCopyable;
import dev.simscaffold.core.model.ModelKeyed;
import dev.simscaffold.core.model.TimedKey;
import dev.simscaffold.core.net.Durable;
import dev.simscaffold.core.net.DurableNodeFactory;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.Outbox;
import dev.simscaffold.core.net.RoleReporting;
import dev.simscaffold.core.net.SansIoNode;
import dev.simscaffold.core.net.Transmit;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.time.LogicalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * One gossip node: it spreads versioned entries by push-pull anti-entropy and keeps a membership view
 * in which silent peers are suspected.
 *
 * <p>Methods, in the groups of every sans-IO node:
 * <ul>
 *   <li>inputs: {@link #handleInput} (a {@link MembershipMessage} from a peer, which is also a sign of
 *       its life) and {@link #handleTimeout} (a gossip round is due); a client writes with {@link #put};</li>
 *   <li>outputs: {@link #pollTransmit} (drain it after every input) and then {@link #pollTimeout} (the
 *       next round);</li>
 *   <li>state: {@link #entries}, {@link #suspected}, {@link #role}, {@link #durableState} and counters.</li>
 * </ul>
 *
 * <p>Every {@code gossipInterval} ticks the node sends its digest to the next {@code fanout} peers of its
 * {@link PeerCycle} and recomputes whom it suspects. The node reads no clock: its first event tells it
 * the time, and its first round comes a random part of an interval later, so that restarted nodes do
 * not gossip in lockstep. All chance comes from the {@code SimRandom} it was created with.
 *
 * <p>The node says what state it is in as a value ({@link #modelKey}) and copies itself ({@link #modelCopy}),
 * so that a model checker can explore every order of its messages and timers, visit each state once and go
 * back to a state from a copy instead of replaying the run to it ({@code MembershipModelCheckTest}).
 */
public final class MembershipNode implements SansIoNode<MembershipMessage>, Durable<MembershipDurable>, RoleReporting<MembershipRole>,
        ModelKeyed, ModelCopyable<MembershipNode> {

    private final NodeId id;
    private final List<NodeId> peers;
    private final MembershipConfig config;
    private final SimRandom jitter;
    private final EntryStore store;
    private final PeerCycle cycle;
    private final FailureDetector detector;
    private final Outbox<MembershipMessage> outbox;
    private final EnumMap<Merge, Long> merges = new EnumMap<>(Merge.class);
    /** Keys of this node's own writes that no message it sent has carried yet. */
    private final TreeSet<String> unspread = new TreeSet<>();
    private SortedSet<NodeId> suspected = new TreeSet<>();
    private long recoveries;
    private boolean started;
    private LogicalTime nextRound = LogicalTime.ZERO;

    /**
     * Creates a node, fresh or from what survived its crash.
     *
     * @param id this node
     * @param cluster every node of the cluster, this one included
     * @param config how to gossip; checked against the cluster's size
     * @param random this node's own stream
     * @param stored what stable storage holds ({@link MembershipDurable#EMPTY} the first time)
     * @param rule which of two entries for a key to keep
     * @param detector how silence becomes suspicion
     */
    public MembershipNode(NodeId id, List<NodeId> cluster, MembershipConfig config, SimRandom random,
            MembershipDurable stored, MergeRule rule, FailureDetector detector) {
        if (!cluster.contains(id)) {
            throw new IllegalArgumentException(id + " is not in the cluster " + cluster);
        }
        this.id = id;
        this.peers = cluster.stream().filter(node -> !node.equals(id)).sorted().toList();
        config.requireFits(peers.size());
        this.config = config;
        this.jitter = random.fork("jitter");
        this.store = new EntryStore(rule, stored.entries());
        this.cycle = new PeerCycle(peers, config.fanout(), random.fork("peers"));
        this.detector = detector;
        this.outbox = new Outbox<>(id);
    }

    /** A copy of {@code other} in its state now, sharing its id, configuration and random streams. */
    private MembershipNode(MembershipNode other) {
        if (other.outbox.size() != 0) {
            throw new IllegalStateException(other.id + " has unsent messages: copy it only between events");
        }
        this.id = other.id;
        this.peers = other.peers;
        this.config = other.config;
        this.jitter = other.jitter;
        this.store = other.store.copy();
        this.cycle = other.cycle.copy();
        this.detector = other.detector.modelCopy();
        this.outbox = new Outbox<>(other.id);
        this.merges.putAll(other.merges);
        this.unspread.addAll(other.unspread);
        this.suspected = new TreeSet<>(other.suspected);
        this.recoveries = other.recoveries;
        this.started = other.started;
        this.nextRound = other.nextRound;
    }

    /**
     * Returns the factory a network creates and restores the shipped nodes with: last writer wins, a
     * timeout detector, entries restored from stable storage.
     *
     * @param config how to gossip
     * @param cluster every node of the cluster
     * @return the factory
     */
    public static DurableNodeFactory<MembershipDurable, MembershipNode> factory(MembershipConfig config, List<NodeId> cluster) {
        return factory(config, cluster, MergeRule.LAST_WRITER_WINS, () -> new TimeoutDetector(config.failureTimeout()));
    }

    /**
     * Returns a factory of nodes with the given merge rule and failure detector, entries restored from
     * stable storage: how a test swaps one part of the node and keeps the rest.
     *
     * <p>A node ignores the time it is created at: it learns the time from its first event, and only
     * then arms its first round, so a restarted node behaves like one that has just been switched on.
     *
     * @param config how to gossip
     * @param cluster every node of the cluster
     * @param rule which of two entries for a key to keep
     * @param detector makes each incarnation's detector; a restarted node suspects nobody yet
     * @return the factory
     */
    public static DurableNodeFactory<MembershipDurable, MembershipNode> factory(MembershipConfig config, List<NodeId> cluster,
            MergeRule rule, Supplier<? extends FailureDetector> detector) {
        return new DurableNodeFactory<>() {
            @Override
            public MembershipNode create(NodeId id, SimRandom random, LogicalTime now) {
                return restore(id, random, MembershipDurable.EMPTY, now);
            }

            @Override
            public MembershipNode restore(NodeId id, SimRandom random, MembershipDurable stored, LogicalTime now) {
                return new MembershipNode(id, cluster, config, random, stored, rule, detector.get());
            }
        };
    }

    /**
     * Writes a value locally, as a client of this node does; gossip spreads it.
     *
     * @param key the key
     * @param value the value
     * @return the entry written, with a version later than any of the key this node has seen
     */
    public Entry put(String key, String value) {
        unspread.add(key);
        return store.write(key, value, id);
    }

    @Override
    public void handleInput(NodeId from, MembershipMessage message, LogicalTime now) {
        startOnce(now);
        detector.heard(from, now);
        if (message instanceof Syn syn) {
            List<Entry> missing = store.newerThan(syn.digest());
            passOn(missing);
            outbox.send(from, new Ack(missing, store.digest()));
        } else if (message instanceof Ack ack) {
            mergeAll(ack.entries());
            List<Entry> missing = store.newerThan(ack.digest());
            if (!missing.isEmpty()) {
                passOn(missing);
                outbox.send(from, new Ack2(missing));
            }
        } else if (message instanceof Ack2 ack2) {
            mergeAll(ack2.entries());
        }
    }

    @Override
    public void handleTimeout(LogicalTime now) {
        if (startOnce(now)) {
            return;
        }
        SortedSet<NodeId> suspects = detector.suspects(now);
        recoveries += suspected.stream().filter(peer -> !suspects.contains(peer)).count();
        suspected = suspects;
        SortedMap<String, Version> digest = store.digest();
        cycle.nextRound().forEach(peer -> outbox.send(peer, new Syn(digest)));
        nextRound = now.advance(config.gossipInterval());
    }

    @Override
    public Optional<Transmit<MembershipMessage>> pollTransmit() {
        return outbox.poll();
    }

    @Override
    public Optional<LogicalTime> pollTimeout() {
        return Optional.of(nextRound);
    }

    @Override
    public MembershipDurable durableState() {
        return new MembershipDurable(List.copyOf(store.entries().values()));
    }

    /**
     * Returns {@link MembershipRole#ORIGIN} while the node holds a write of its own that no message it sent
     * has carried yet, {@link MembershipRole#REPLICA} otherwise. What was passed on is not durable: a
     * restarted node is a replica until its next write.
     *
     * @return the role
     */
    @Override
    public MembershipRole role() {
        return unspread.isEmpty() ? MembershipRole.REPLICA : MembershipRole.ORIGIN;
    }

    /**
     * Returns this node's address.
     *
     * @return the id
     */
    public NodeId id() {
        return id;
    }

    /**
     * Returns every entry held, by key.
     *
     * @return an immutable snapshot
     */
    public SortedMap<String, Entry> entries() {
        return store.entries();
    }

    /**
     * Returns the peers suspected as of the last round: the view is refreshed once per round.
     *
     * @return an immutable snapshot, ordered by id
     */
    public SortedSet<NodeId> suspected() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(suspected));
    }

    /**
     * Returns how many arriving entries were older than the one held and ignored: duplicated or
     * reordered messages, the case a careless merge gets wrong.
     *
     * @return the count
     */
    public long staleArrivals() {
        return merges.getOrDefault(Merge.STALE, 0L);
    }

    /**
     * Returns how many times a suspected peer was trusted again at a round because it had been heard.
     *
     * @return the count
     */
    public long recoveries() {
        return recoveries;
    }

    /**
     * Returns an independent copy of this node in its state now, for a model checker's snapshot; only between
     * events, when the outbox has been drained.
     *
     * @return the copy
     */
    @Override
    public MembershipNode modelCopy() {
        return new MembershipNode(this);
    }

    /**
     * Returns everything that decides what this node does next, as a value: its entries, its unspread writes,
     * its view, where its peer cycle stands and its detector's state, and apart from them its times (when its
     * next round is due, once started, and the detector's times). The merge and recovery counters are left out
     * (they only count), and so are the random streams (a model checker forces every draw).
     *
     * <p>The key is a {@link TimedKey}: the node measures time only from now (a round is due an interval after
     * the last, a peer is suspected after a timeout of silence) and sends no time in its messages, so a model
     * checker may take two states that differ only by a shift in time as one. Before its first event the node's
     * round is not a time it chose (it is due at once), so it is not among the times.
     *
     * @return the key, a snapshot
     */
    @Override
    public TimedKey modelKey() {
        TimedKey watching = TimedKey.from(detector.modelKey());
        List<Long> times = new ArrayList<>(watching.times().size() + 1);
        if (started) {
            times.add(nextRound.ticks());
        }
        times.addAll(watching.times());
        return new TimedKey(new ModelState(store.entries(), new TreeSet<>(unspread), new TreeSet<>(suspected), started,
                cycle.position(), watching.state()), times);
    }

    /**
     * A node's state as {@link #modelKey} gives it without its times: a record, so equal states are equal keys;
     * package-private so that a check in this package can read the entries of a node's state before and after a
     * move.
     */
    record ModelState(SortedMap<String, Entry> entries, SortedSet<String> unspread, SortedSet<NodeId> suspected,
            boolean started, List<Object> cycle, Object detector) {
    }

    /** Starts the detector and the first round at the first event; true if this was it. */
    private boolean startOnce(LogicalTime now) {
        if (started) {
            return false;
        }
        started = true;
        detector.start(peers, now);
        nextRound = now.advance(1 + jitter.nextLong(config.gossipInterval()));
        return true;
    }

    private void mergeAll(List<Entry> arriving) {
        for (Entry entry : arriving) {
            Merge merge = store.merge(entry);
            merges.merge(merge, 1L, Long::sum);
            if (merge == Merge.REPLACED) {
                unspread.remove(entry.key());
            }
        }
    }

    /** Entries about to leave in a message: this node's own writes among them are no longer its alone. */
    private void passOn(List<Entry> sent) {
        sent.forEach(entry -> unspread.remove(entry.key()));
    }

    @Override
    public String toString() {
        return id + " " + store.entries().values() + (suspected.isEmpty() ? "" : " suspects " + suspected);
    }
}
