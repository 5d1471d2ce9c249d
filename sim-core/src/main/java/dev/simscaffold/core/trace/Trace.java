package dev.simscaffold.core.trace;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.time.LogicalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The record of a simulation run: every step, effect, fault decision and violation, in order, with a
 * 64-bit fingerprint over all of them.
 *
 * <p>Two runs are the same run exactly when their fingerprints are equal, which turns "is this
 * simulation deterministic?" into a one-line assertion. The fingerprint is a {@link FingerprintHash}
 * word stream over a canonical encoding of each event (time in ticks, the kind's name, actor, peer,
 * the value and the note), with values encoded from their structure by {@link CanonicalEncoding}:
 * records of primitives, strings, enums (by name) and lists are hashed field by field, and only other
 * types by their {@code toString()}, so the fingerprint is stable across JDKs and costs no text
 * rendering. Use records of values, never types whose {@code toString()} prints an identity hash code
 * (they are refused). Event text is rendered only where it is read: at once in a {@link TraceMode#FULL}
 * trace, when the tail is asked for in a fingerprint-only one; a {@link TraceMode#COUNTS_ONLY} trace, a model
 * checker's search, neither fingerprints nor renders anything.
 */
@Api(Api.Status.STABLE)
public final class Trace {

    /** How many recent events a trace keeps for failure reports when it does not keep them all. */
    public static final int DEFAULT_TAIL = 32;

    private final TraceMode mode;
    private final int tailCapacity;
    private final List<TraceEvent> events = new ArrayList<>();
    private final TraceTail tail;
    private final FingerprintHash hash = new FingerprintHash();
    private final CanonicalEncoding encoding = new CanonicalEncoding();
    /** How many kinds there are, read once: {@code values()} copies its array, and a property run builds a trace per try. */
    private static final int KINDS = EventKind.values().length;

    private final long[] counts = new long[KINDS];
    private long size;
    /** The size at which {@link TraceStop} stops the run, or {@link TraceStop#NEVER}. */
    private final long stopAtSize;
    /** Hears every event as it is recorded ({@link TraceListener#listening}), or null: one check per event when unused. */
    private final TraceListener listener;
    /** Reads the simulated nodes as they are now, for failure reports; never part of the fingerprint. */
    private Supplier<? extends Map<?, ?>> stateSource;

    /**
     * Creates an empty trace.
     *
     * @param mode whether to keep every event or only the fingerprint and a tail; inside a
     *             {@link TraceCapture#run} every event is kept whatever the mode
     * @param tailCapacity how many recent events to keep in {@link TraceMode#FINGERPRINT_ONLY} mode
     */
    public Trace(TraceMode mode, int tailCapacity) {
        if (mode == null) {
            throw new NullPointerException("mode must not be null");
        }
        if (tailCapacity < 1) {
            throw new IllegalArgumentException("tailCapacity must be >= 1, got " + tailCapacity);
        }
        this.mode = TraceCapture.modeFor(mode);
        long stopAt = TraceStop.current();
        this.stopAtSize = stopAt == TraceStop.NEVER ? TraceStop.NEVER : stopAt + 1;
        this.tailCapacity = tailCapacity;
        this.tail = new TraceTail(tailCapacity);
        this.listener = TraceListenerScope.current();
        TraceCapture.created(this);
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
     * Appends an event whose detail is already text and folds it into the fingerprint; the same as
     * {@link #recordValue} with the detail as the value and no note.
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
        if (mode == TraceMode.COUNTS_ONLY) {
            tally(kind);
        } else if (mode == TraceMode.FULL) {
            fold(time, kind, actor, peer, detail, "");
            events.add(event);
        } else {
            fold(time, kind, actor, peer, detail, "");
            tail.add(time, kind, actor, peer, detail, "");
        }
        if (listener != null) {
            listener.recorded(size - 1, time, kind, actor, peer, detail);
        }
        if (size == stopAtSize) {
            TraceStop.reached(this);
        }
        return event;
    }

    /**
     * Appends an event about a value (an input, effect or message) and folds the value's canonical
     * encoding into the fingerprint, without rendering it: a {@code FULL} trace renders the detail text
     * now, a fingerprint-only trace only when its tail is read. The detail text is the value's
     * {@link TraceText#of(Object) trace text}, followed by a space and the note when there is one.
     *
     * @param time when it happened
     * @param kind what happened
     * @param actor who did it
     * @param peer the other party, or {@code ""}
     * @param value what was involved; should be immutable, since a fingerprint-only trace renders it later
     * @param note a remark after the value, such as {@code "to instance-1"}, or {@code ""}
     * @throws IllegalArgumentException if the value (or a value inside it) would render an identity hash code
     */
    public void recordValue(LogicalTime time, EventKind kind, String actor, String peer, Object value, String note) {
        if (time == null || kind == null || actor == null || peer == null || note == null) {
            throw new NullPointerException("trace event fields must not be null");
        }
        if (mode == TraceMode.COUNTS_ONLY) {
            tally(kind);
        } else if (mode == TraceMode.FULL) {
            events.add(new TraceEvent(size, time, kind, actor, peer, TraceTail.text(value, note)));
            fold(time, kind, actor, peer, value, note);
        } else {
            fold(time, kind, actor, peer, value, note);
            tail.add(time, kind, actor, peer, value, note);
        }
        if (listener != null) {
            listener.recorded(size - 1, time, kind, actor, peer, value);
        }
        if (size == stopAtSize) {
            TraceStop.reached(this);
        }
    }

    /**
     * The canonical encoding of one event: time in ticks, the kind's name, actor, peer, the value and the
     * note, each as words of {@link FingerprintHash}; the position in the trace is implied by the order.
     */
    private void fold(LogicalTime time, EventKind kind, String actor, String peer, Object value, String note) {
        hash.put(time.ticks());
        hash.put(kind.word());
        hash.putName(actor);
        hash.putName(peer);
        encoding.encodeEvent(value, hash);
        hash.putName(note);
        tally(kind);
    }

    private void tally(EventKind kind) {
        size++;
        counts[kind.ordinal()]++;
    }

    /**
     * Returns the fingerprint of every event recorded so far.
     *
     * @return the 64-bit fingerprint
     * @throws IllegalStateException in {@link TraceMode#COUNTS_ONLY} mode, which keeps no fingerprint
     */
    public long fingerprint() {
        if (mode == TraceMode.COUNTS_ONLY) {
            throw new IllegalStateException("a COUNTS_ONLY trace keeps no fingerprint; replay the run with FINGERPRINT_ONLY or FULL");
        }
        return hash.value();
    }

    /**
     * Returns the fingerprint as 16 lower-case hex digits, the form used in golden files and reports.
     *
     * @return the hex fingerprint
     */
    public String fingerprintHex() {
        return String.format(Locale.ROOT, "%016x", fingerprint());
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
     * Tells the trace how to read the simulated nodes, so that a failure report can show each node's state at
     * the failing step (the run stops there). Reading states records nothing and changes no fingerprint.
     *
     * @param source reads the nodes now, keyed by their names, such as a network's live nodes
     */
    public void stateSource(Supplier<? extends Map<?, ?>> source) {
        this.stateSource = Objects.requireNonNull(source, "source must not be null");
    }

    /**
     * Reads the simulated nodes as they are now, through the source the simulation gave.
     *
     * @return the nodes by name, in the source's order; empty when the simulation gave no source
     */
    public Map<String, Object> states() {
        Map<String, Object> states = new LinkedHashMap<>();
        if (stateSource != null) {
            stateSource.get().forEach((name, state) -> states.put(String.valueOf(name), state));
        }
        return Collections.unmodifiableMap(states);
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
     * @throws IllegalStateException in {@link TraceMode#FINGERPRINT_ONLY} and {@link TraceMode#COUNTS_ONLY} mode,
     *                               which do not keep them
     */
    public List<TraceEvent> events() {
        if (mode != TraceMode.FULL) {
            throw new IllegalStateException(mode == TraceMode.COUNTS_ONLY ? "a COUNTS_ONLY trace keeps no events"
                    : "a FINGERPRINT_ONLY trace keeps only its last " + tailCapacity + " events; use tail()");
        }
        return Collections.unmodifiableList(events);
    }

    /**
     * Returns up to {@code count} of the most recent events, oldest first.
     *
     * @param count how many events at most; in fingerprint-only mode at most the tail capacity, in counts-only
     *              mode none
     * @return the events
     */
    public List<TraceEvent> tail(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, got " + count);
        }
        List<TraceEvent> source = mode == TraceMode.FULL ? events : tail.events();
        int from = Math.max(0, source.size() - count);
        return List.copyOf(source.subList(from, source.size()));
    }

    /**
     * Renders every kept event as a text timeline, one event per line.
     *
     * @return the timeline
     */
    public String timeline() {
        return Timeline.render(mode == TraceMode.FULL ? events : tail.events());
    }

    /**
     * Captures everything this trace has recorded so far (the fingerprint's state, the counts, the kept
     * events), so that a model checker that restores a network to an earlier state can put its trace back too.
     *
     * @return the checkpoint
     */
    @Api(Api.Status.INTERNAL)
    public TraceCheckpoint checkpoint() {
        return new TraceCheckpoint(hash.state(), counts.clone(), size, mode == TraceMode.FULL ? List.copyOf(events) : List.of(),
                mode == TraceMode.FINGERPRINT_ONLY ? tail.copy() : null);
    }

    /**
     * Puts this trace back to a checkpoint it took: afterwards it fingerprints and reports as it did then.
     *
     * @param checkpoint a checkpoint of this trace
     */
    @Api(Api.Status.INTERNAL)
    public void restore(TraceCheckpoint checkpoint) {
        hash.state(checkpoint.hashState);
        System.arraycopy(checkpoint.counts, 0, counts, 0, counts.length);
        size = checkpoint.size;
        if (mode == TraceMode.FULL) {
            events.clear();
            events.addAll(checkpoint.events);
        }
        if (mode == TraceMode.FINGERPRINT_ONLY) {
            tail.restore(checkpoint.tail);
        }
    }
}
