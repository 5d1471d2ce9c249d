package dev.simscaffold.corpus.gossip;

import dev.simscaffold.core.model.ModelCopyable;
import dev.simscaffold.core.net.Durable;
import dev.simscaffold.core.net.DurableNodeFactory;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.Outbox;
import dev.simscaffold.core.net.SansIoNode;
import dev.simscaffold.core.net.Transmit;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.time.LogicalTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Push gossip of versioned entries (anti-entropy broadcast): every {@code period} ticks a node pushes its whole
 * store to one random peer, a receiver keeps the higher version of each key, and a write is also flooded to every
 * peer at once. What it persists it exposes through {@link Durable}, the cheap model of a disk: a restarted node
 * gets back exactly that.
 *
 * <p>Inputs: {@link #handleInput} (a push), {@link #handleTimeout} (the next round) and {@link #put} (a client's
 * write, through {@code SimNetwork.invoke}). Outputs: {@link #pollTransmit} until empty, then {@link #pollTimeout}.
 */
public final class GossipNode implements SansIoNode<Sync>, Durable<SortedMap<String, Versioned>>, ModelCopyable<GossipNode> {

    private final NodeId id;
    private final SimRandom random;
    private final int clusterSize;
    private final long period;
    private final Set<GossipBug> bugs;
    private final TreeMap<String, Versioned> store = new TreeMap<>();
    private final Outbox<Sync> outbox;
    private LogicalTime nextGossip;

    private GossipNode(NodeId id, SimRandom random, LogicalTime now, int clusterSize, long period, Set<GossipBug> bugs,
            SortedMap<String, Versioned> durable) {
        this.id = id;
        this.outbox = new Outbox<>(id);
        this.random = random;
        this.clusterSize = clusterSize;
        this.period = period;
        this.bugs = bugs.isEmpty() ? EnumSet.noneOf(GossipBug.class) : EnumSet.copyOf(bugs);
        this.store.putAll(durable);
        this.nextGossip = now.advance(1 + random.nextLong(period));
    }

    /** A copy of {@code other} in its state now, sharing its id, random stream and configuration. */
    private GossipNode(GossipNode other) {
        if (other.outbox.size() != 0) {
            throw new IllegalStateException(other.id + " has unsent messages: copy it only between events");
        }
        this.id = other.id;
        this.outbox = new Outbox<>(other.id);
        this.random = other.random;
        this.clusterSize = other.clusterSize;
        this.period = other.period;
        this.bugs = other.bugs;
        this.store.putAll(other.store);
        this.nextGossip = other.nextGossip;
    }

    /**
     * Makes every incarnation of the nodes; a restarted node starts from the store it exposed as durable.
     *
     * @param clusterSize how many nodes gossip
     * @param period ticks between two pushes of one node
     * @param bugs the planted bugs, empty for the correct protocol
     * @return the factory
     */
    public static DurableNodeFactory<SortedMap<String, Versioned>, GossipNode> factory(int clusterSize, long period, Set<GossipBug> bugs) {
        return new DurableNodeFactory<>() {
            @Override
            public GossipNode create(NodeId id, SimRandom random, LogicalTime now) {
                return new GossipNode(id, random, now, clusterSize, period, bugs, new TreeMap<>());
            }

            @Override
            public GossipNode restore(NodeId id, SimRandom random, SortedMap<String, Versioned> stored, LogicalTime now) {
                return new GossipNode(id, random, now, clusterSize, period, bugs, stored);
            }
        };
    }

    /**
     * A client's write: a new version of {@code key}, flooded to every peer.
     *
     * @param key the key
     * @param value the value
     */
    public void put(String key, String value) {
        Versioned current = store.get(key);
        store.put(key, new Versioned(current == null ? 1 : current.version() + 1, id.index(), value));
        for (int peer = 0; peer < clusterSize; peer++) {
            if (peer != id.index()) {
                outbox.send(NodeId.of(peer), new Sync(store));
            }
        }
    }

    /**
     * Returns what the node holds.
     *
     * @return an unmodifiable view of the store
     */
    public SortedMap<String, Versioned> store() {
        return Collections.unmodifiableSortedMap(store);
    }

    @Override
    public void handleInput(NodeId from, Sync message, LogicalTime now) {
        if (bugs.contains(GossipBug.FORGETS_VERSIONS) && !message.entries().isEmpty()) {
            store.clear();
            store.putAll(message.entries());
            return;
        }
        for (Map.Entry<String, Versioned> entry : message.entries().entrySet()) {
            store.merge(entry.getKey(), entry.getValue(), this::keep);
        }
    }

    private Versioned keep(Versioned mine, Versioned theirs) {
        if (bugs.contains(GossipBug.NOT_EQUAL_DEDUP)) {
            return theirs.version() != mine.version() ? theirs : mine;
        }
        return mine.compareTo(theirs) >= 0 ? mine : theirs;
    }

    @Override
    public void handleTimeout(LogicalTime now) {
        if (clusterSize > 1) {
            int peer = random.nextInt(clusterSize - 1);
            if (peer >= id.index()) {
                peer++;
            }
            outbox.send(NodeId.of(peer), new Sync(store));
        }
        nextGossip = now.advance(period);
    }

    @Override
    public Optional<Transmit<Sync>> pollTransmit() {
        return outbox.poll();
    }

    @Override
    public Optional<LogicalTime> pollTimeout() {
        return Optional.of(nextGossip);
    }

    @Override
    public SortedMap<String, Versioned> durableState() {
        return bugs.contains(GossipBug.FORGETS_TO_PERSIST) ? new TreeMap<String, Versioned>() : new TreeMap<>(store);
    }

    /** A copy for a model checker's snapshot (the outbox is empty between events, so the copy's is too). */
    @Override
    public GossipNode modelCopy() {
        return new GossipNode(this);
    }

    @Override
    public String toString() {
        return "GossipNode[" + id + ", " + store + "]";
    }
}
