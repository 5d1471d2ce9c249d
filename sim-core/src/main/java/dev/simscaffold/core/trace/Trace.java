package dev.simscaffold.core.trace;

import dev.simscaffold.core.internal.StableHash;
import dev.simscaffold.core.time.LogicalTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The record of a simulation run: every step, effect, fault decision and violation, in order, with a
 * 64-bit fingerprint over all of them.
 *
 * <p>Two runs are the same run exactly when their fingerprints are equal, which turns "is this
 * simulation deterministic?" into a one-line assertion. The fingerprint is {@link StableHash} over a
 * canonical encoding of each event (sequence and time as big-endian longs, then kind name, actor, peer
 * and detail as length-prefixed UTF-8), so it is stable across JDKs. It is only as stable as the
 * {@code toString()} of the inputs, effects and messages it records: use records of values, never
 * types whose {@code toString()} prints an identity hash code.
 */
public final class Trace {

    /** How many recent events a trace keeps for failure reports when it does not keep them all. */
    public static final int DEFAULT_TAIL = 32;

    private final TraceMode mode;
    private final int tailCapacity;
    private final List<TraceEvent> events = new ArrayList<>();
    private final ArrayDeque<TraceEvent> tail = new ArrayDeque<>();
    private final StableHash hash = new StableHash();
    private final long[] counts = new long[EventKind.values().length];
    private long size;

    /**
     * Creates an empty trace.
     *
     * @param mode whether to keep every event or only the fingerprint and a tail
     * @param tailCapacity how many recent events to keep in {@link TraceMode#FINGERPRINT_ONLY} mode
     */
    public Trace(TraceMode mode, int tailCapacity) {
        if (mode == null) {
            throw new NullPointerException("mode must not be null");
        }
        if (tailCapacity < 1) {
            throw new IllegalArgumentException("tailCapacity must be >= 1, got " + tailCapacity);
        }
        this.mode = mode;
        this.tailCapacity = tailCapacity;
    }

    /**
     * Creates an empty trace that keeps every event.
     *
     * @return the trace
     */
    public static Trace full() {
        return new Trace(TraceMode.FULL, DEFAULT_TAIL);
    }

    /**
     * Appends an event and folds it into the fingerprint.
     *
     * @param time when it happened
     * @param kind what happened
     * @param actor who did it
     * @param peer the other party, or {@code ""}
     * @param detail what was involved, or {@code ""}
     * @return the recorded event
     */
    public TraceEvent record(LogicalTime time, EventKind kind, String actor, String peer, String detail) {
        TraceEvent event = new TraceEvent(size, time, kind, actor, peer, detail);
        hash.putLong(event.sequence())
                .putLong(time.ticks())
                .putString(kind.name())
                .putString(actor)
                .putString(peer)
                .putString(detail);
        size++;
        counts[kind.ordinal()]++;
        if (mode == TraceMode.FULL) {
            events.add(event);
        } else {
            if (tail.size() == tailCapacity) {
                tail.removeFirst();
            }
            tail.addLast(event);
        }
        return event;
    }

    /**
     * Returns the fingerprint of every event recorded so far.
     *
     * @return the 64-bit fingerprint
     */
    public long fingerprint() {
        return hash.value();
    }

    /**
     * Returns the fingerprint as 16 lower-case hex digits, the form used in golden files and reports.
     *
     * @return the hex fingerprint
     */
    public String fingerprintHex() {
        return String.format("%016x", fingerprint());
    }

    /**
     * Returns how many events have been recorded.
     *
     * @return the event count
     */
    public long size() {
        return size;
    }

    /**
     * Returns how many events of one kind have been recorded, in either mode.
     *
     * @param kind the kind
     * @return the count
     */
    public long count(EventKind kind) {
        return counts[kind.ordinal()];
    }

    /**
     * Returns how often each fault kind fired in this run, every fault kind included (zero when it never
     * fired), in declaration order.
     *
     * @return an unmodifiable map from fault kind to count
     */
    public Map<EventKind, Long> faultCounts() {
        EnumMap<EventKind, Long> faults = new EnumMap<>(EventKind.class);
        for (EventKind kind : EventKind.values()) {
            if (kind.fault()) {
                faults.put(kind, counts[kind.ordinal()]);
            }
        }
        return Collections.unmodifiableMap(faults);
    }

    /**
     * Returns the mode this trace was created with.
     *
     * @return the mode
     */
    public TraceMode mode() {
        return mode;
    }

    /**
     * Returns every recorded event.
     *
     * @return an unmodifiable view of the events
     * @throws IllegalStateException in {@link TraceMode#FINGERPRINT_ONLY} mode, which does not keep them
     */
    public List<TraceEvent> events() {
        if (mode != TraceMode.FULL) {
            throw new IllegalStateException("a FINGERPRINT_ONLY trace keeps only its last " + tailCapacity + " events; use tail()");
        }
        return Collections.unmodifiableList(events);
    }

    /**
     * Returns up to {@code count} of the most recent events, oldest first.
     *
     * @param count how many events at most; in fingerprint-only mode at most the tail capacity
     * @return the events
     */
    public List<TraceEvent> tail(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, got " + count);
        }
        List<TraceEvent> source = mode == TraceMode.FULL ? events : new ArrayList<>(tail);
        int from = Math.max(0, source.size() - count);
        return List.copyOf(source.subList(from, source.size()));
    }

    /**
     * Renders every kept event as a text timeline, one event per line.
     *
     * @return the timeline
     */
    public String timeline() {
        return Timeline.render(mode == TraceMode.FULL ? events : List.copyOf(tail));
    }
}
