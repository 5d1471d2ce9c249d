package dev.simscaffold.core.net;

import dev.simscaffold.core.model.TimedKey;
import java.util.List;

/**
 * Renders the parts of a network's model state ({@link NetworkEngine#modelState}): each node's entry and each
 * pending event, giving a part equal to one rendered recently as that same list instance. A model checker keeps
 * every state it has seen with the unchanged parts shared, and it recognises a part it met before by identity;
 * a part rendered again as a new, equal list costs it a walk over the part and a lookup in its table, for every
 * node and every pending event of every state it reaches, though a move changes one node and a few events.
 *
 * <p>The value does not depend on what is kept: a part is given again only when everything it is rendered from
 * is the same (a node's key the same object, its deadline, clock and the time base equal; an event's payload the
 * same object, its kind, node, times and currency equal), and everything rendered is immutable, so a kept part
 * equals the part rendered afresh. Nothing is kept for a network's first model state (a model checker that replays paths
 * builds a network for each and keys it once). What is kept is bounded: two entries per node, and a table of {@value #EVENTS}
 * events, two ways per slot, where a newer event replaces the older of the two.
 */
final class ModelStateParts {

    /** The size of the event table: a power of two. */
    private static final int EVENTS = 1 << 8;

    /**
     * Per node, two ways (its last two entries, the newer at index {@code 2 * node}): the key each was rendered from
     * (before any time shift), the base, the deadline, the clock. Two, because a search restores a state for each
     * successor: the node the last successor ran is back in the parent's state, the node this one runs is new.
     */
    private final Object[] nodeKeys;
    private final long[] nodeBases;
    private final long[] nodeDeadlines;
    private final NodeClock[] nodeClocks;
    private final Object[] nodeEntries;

    /** Per event slot: the payload (or null), kind and node packed with currency, times, and the rendered event. */
    private Object[] payloads;
    private int[] kinds;
    private long[] ats;
    private long[] latests;
    private Object[] events;

    private List<Integer> cutCounts = List.of();
    /** Whether parts are kept: from the network's second model state on (a replayed network renders one). */
    private boolean keeping;
    private boolean rendered;

    ModelStateParts(int nodes) {
        nodeKeys = new Object[2 * nodes];
        nodeBases = new long[2 * nodes];
        nodeDeadlines = new long[2 * nodes];
        nodeClocks = new NodeClock[2 * nodes];
        nodeEntries = new Object[2 * nodes];
    }

    /** Starts a model state: the first one is rendered without keeping anything. */
    void begin() {
        keeping = rendered;
        rendered = true;
    }

    /**
     * A node's entry: its key ({@code key}, or its durable state while crashed, with a timed key's times relative
     * to {@code base}), its timer deadline, clock, pause state and disk. Kept for a live node that is neither
     * paused nor has a disk (the others' parts are rendered anew).
     */
    Object node(NodeSlot<?, ?> slot, int index, Object key, long base) {
        boolean keepable = keeping && slot.up() && !slot.paused && slot.disk == null;
        int newer = 2 * index;
        if (keepable && keptNode(newer, slot, key, base)) {
            return nodeEntries[newer];
        }
        if (keepable && keptNode(newer + 1, slot, key, base)) {
            return nodeEntries[newer + 1];
        }
        Object entry = List.of(key instanceof TimedKey timed ? timed.shiftedBy(base) : key,
                slot.deadline == NodeSlot.NO_DEADLINE ? "none" : slot.deadline - base, slot.clock,
                slot.paused ? List.of(slot.pausedUntil - base, slot.timerDueOnResume, List.copyOf(slot.parked)) : List.of(),
                slot.disk == null ? List.of() : slot.disk.modelState(base));
        if (keepable) {
            keepNode(newer + 1, nodeKeys[newer], nodeBases[newer], nodeDeadlines[newer], nodeClocks[newer], nodeEntries[newer]);
            keepNode(newer, key, base, slot.deadline, slot.clock, entry);
        }
        return entry;
    }

    private boolean keptNode(int way, NodeSlot<?, ?> slot, Object key, long base) {
        return nodeEntries[way] != null && nodeKeys[way] == key && nodeBases[way] == base
                && nodeDeadlines[way] == slot.deadline && nodeClocks[way] == slot.clock;
    }

    private void keepNode(int way, Object key, long base, long deadline, NodeClock clock, Object entry) {
        nodeKeys[way] = key;
        nodeBases[way] = base;
        nodeDeadlines[way] = deadline;
        nodeClocks[way] = clock;
        nodeEntries[way] = entry;
    }

    /**
     * A pending event: its kind, node, time and latest time relative to {@code base}, whether it is current and its
     * payload (a message as its sender's index and the message).
     */
    Object event(long at, long latest, NetworkEventType type, int node, boolean current, Object payload, long base) {
        int kind = (node << 5) | (type.ordinal() << 1) | (current ? 1 : 0);
        long relativeAt = at - base;
        long relativeLatest = latest - base;
        int from = payload instanceof Envelope<?> sent ? sent.from() : -1;
        if (!keeping) {
            return render(type, node, relativeAt, relativeLatest, current, payload);
        }
        if (events == null) {
            allocateEvents();
        }
        int slot = slot(kind, relativeAt, relativeLatest, from);
        if (kept(slot, payload, kind, relativeAt, relativeLatest)) {
            return events[slot];
        }
        if (kept(slot ^ 1, payload, kind, relativeAt, relativeLatest)) {
            return events[slot ^ 1];
        }
        Object event = render(type, node, relativeAt, relativeLatest, current, payload);
        keep(slot ^ 1, payloads[slot], kinds[slot], ats[slot], latests[slot], events[slot]);
        keep(slot, payload, kind, relativeAt, relativeLatest, event);
        return event;
    }

    /** The links' cut counts, as the same list while they are equal to the last ones. */
    List<Integer> cutCounts(List<Integer> counts) {
        if (!keeping) {
            return counts;
        }
        if (!counts.equals(cutCounts)) {
            cutCounts = List.copyOf(counts);
        }
        return cutCounts;
    }

    private static Object render(NetworkEventType type, int node, long at, long latest, boolean current, Object payload) {
        return List.of(type, node, at, latest, current, payload == null ? List.of()
                : payload instanceof Envelope<?> sent ? List.of(sent.from(), sent.message()) : payload);
    }

    /**
     * Makes the event table at the first event kept: a network whose model state is taken once (a model checker
     * replaying a path builds a network for each) does not pay for it.
     */
    private void allocateEvents() {
        payloads = new Object[EVENTS];
        kinds = new int[EVENTS];
        ats = new long[EVENTS];
        latests = new long[EVENTS];
        events = new Object[EVENTS];
    }

    private boolean kept(int slot, Object payload, int kind, long at, long latest) {
        return events[slot] != null && payloads[slot] == payload && kinds[slot] == kind && ats[slot] == at && latests[slot] == latest;
    }

    private void keep(int slot, Object payload, int kind, long at, long latest, Object event) {
        payloads[slot] = payload;
        kinds[slot] = kind;
        ats[slot] = at;
        latests[slot] = latest;
        events[slot] = event;
    }

    /**
     * An event's pair of slots (its slot and the one beside it), from what is compared and cheap to hash: sim-core
     * hashes nothing by identity, and a message's own hash would walk it.
     */
    private static int slot(int kind, long at, long latest, int from) {
        long hash = ((kind * 31L + at) * 31L + latest) * 31L + from;
        int mixed = (int) (hash * 0x9E3779B97F4A7C15L >>> 32);
        return mixed & (EVENTS - 1);
    }
}
