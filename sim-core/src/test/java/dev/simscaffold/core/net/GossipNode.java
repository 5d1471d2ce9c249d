package dev.simscaffold.core.net;

import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.time.LogicalTime;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The reference protocol for the network tests: anti-entropy broadcast of versioned entries. Every
 * {@code period} ticks a node pushes its whole store to one random peer, and a receiver keeps the
 * higher version of each key. Writes are also flooded to every peer at once. Used only in tests.
 *
 * <p>Two planted bugs can be switched on: {@link Bug#FORGETS_VERSIONS} replaces the store with whatever
 * arrives (so versions go backwards) and {@link Bug#FORGETS_TO_PERSIST} exposes an empty durable state
 * (so a crash loses acknowledged writes).
 */
final class GossipNode implements SansIoNode<Sync>, Durable<SortedMap<String, Versioned>> {

    enum Bug { NONE, FORGETS_VERSIONS, FORGETS_TO_PERSIST }

    private final NodeId id;
    private final SimRandom random;
    private final int clusterSize;
    private final long period;
    private final Bug bug;
    private final TreeMap<String, Versioned> store = new TreeMap<>();
    private final Outbox<Sync> outbox;
    private LogicalTime nextGossip;

    GossipNode(NodeId id, SimRandom random, int clusterSize, long period, Bug bug, SortedMap<String, Versioned> durable) {
        this.id = id;
        this.outbox = new Outbox<>(id);
        this.random = random;
        this.clusterSize = clusterSize;
        this.period = period;
        this.bug = bug;
        this.store.putAll(durable);
        this.nextGossip = LogicalTime.of(1 + random.nextLong(period));
    }

    static DurableNodeFactory<SortedMap<String, Versioned>, GossipNode> factory(int clusterSize, long period, Bug bug) {
        return new DurableNodeFactory<>() {
            @Override
            public GossipNode create(NodeId id, SimRandom random, LogicalTime now) {
                return new GossipNode(id, random, clusterSize, period, bug, new TreeMap<>());
            }

            @Override
            public GossipNode restore(NodeId id, SimRandom random, SortedMap<String, Versioned> stored, LogicalTime now) {
                return new GossipNode(id, random, clusterSize, period, bug, stored);
            }
        };
    }

    /** A client write: a new version of {@code key}, flooded to every peer. */
    void put(String key, String value) {
        Versioned current = store.get(key);
        store.put(key, new Versioned(current == null ? 1 : current.version() + 1, id.index(), value));
        for (int peer = 0; peer < clusterSize; peer++) {
            if (peer != id.index()) {
                outbox.send(NodeId.of(peer), new Sync(store));
            }
        }
    }

    SortedMap<String, Versioned> store() {
        return Collections.unmodifiableSortedMap(store);
    }

    @Override
    public void handleInput(NodeId from, Sync message, LogicalTime now) {
        if (bug == Bug.FORGETS_VERSIONS && !message.entries().isEmpty()) {
            store.clear();
            store.putAll(message.entries());
            return;
        }
        for (Map.Entry<String, Versioned> entry : message.entries().entrySet()) {
            store.merge(entry.getKey(), entry.getValue(), (mine, theirs) -> mine.compareTo(theirs) >= 0 ? mine : theirs);
        }
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
        return bug == Bug.FORGETS_TO_PERSIST ? new TreeMap<String, Versioned>() : new TreeMap<>(store);
    }

    @Override
    public String toString() {
        return "GossipNode[" + id + ", " + store + "]";
    }
}
