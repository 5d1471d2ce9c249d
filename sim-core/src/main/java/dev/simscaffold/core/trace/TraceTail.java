package dev.simscaffold.core.trace;

import dev.simscaffold.core.time.LogicalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The last few events of a fingerprint-only trace, kept as the values they were recorded with and
 * rendered to {@link TraceEvent}s only when a failure report or a test asks: a long run records millions
 * of events and reads at most a tail of them, so rendering on the way in would be wasted. A value is
 * rendered when the tail is read, which is why trace values should be immutable (records of values).
 * Each event is one small object in a ring, so keeping it costs one reference store (one garbage-collector
 * write barrier) rather than one per field.
 */
final class TraceTail {

    /** One kept event, as recorded. */
    private record Kept(LogicalTime time, EventKind kind, String actor, String peer, Object value, String note) {
    }

    private final Kept[] ring;
    private long recorded;
    private int next;

    TraceTail(int capacity) {
        ring = new Kept[capacity];
    }

    /** Keeps one event, overwriting the oldest once the tail is full. */
    void add(LogicalTime time, EventKind kind, String actor, String peer, Object value, String note) {
        ring[next] = new Kept(time, kind, actor, peer, value, note);
        next = next + 1 == ring.length ? 0 : next + 1;
        recorded++;
    }

    /** Renders the kept events, oldest first; sequence numbers count every event ever added. */
    List<TraceEvent> events() {
        int kept = (int) Math.min(recorded, ring.length);
        List<TraceEvent> events = new ArrayList<>(kept);
        for (long sequence = recorded - kept; sequence < recorded; sequence++) {
            Kept event = ring[(int) (sequence % ring.length)];
            events.add(new TraceEvent(sequence, event.time(), event.kind(), event.actor(), event.peer(), text(event.value(), event.note())));
        }
        return events;
    }

    /** The detail text of a value and its note, as a {@code FULL} trace stores it. */
    static String text(Object value, String note) {
        String rendered = value instanceof String text ? text : TraceText.of(value);
        return note.isEmpty() ? rendered : rendered + " " + note;
    }

    /** An independent copy of the kept events, for a checkpoint. */
    TraceTail copy() {
        TraceTail copy = new TraceTail(ring.length);
        copy.restore(this);
        return copy;
    }

    /** Makes this tail hold what {@code other} (of the same capacity) holds. */
    void restore(TraceTail other) {
        System.arraycopy(other.ring, 0, ring, 0, ring.length);
        recorded = other.recorded;
        next = other.next;
    }
}
