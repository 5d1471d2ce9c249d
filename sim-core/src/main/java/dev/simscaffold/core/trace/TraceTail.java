package dev.simscaffold.core.trace;

import dev.simscaffold.core.time.LogicalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The last few events of a fingerprint-only trace, kept as the values they were recorded with and
 * rendered to {@link TraceEvent}s only when a failure report or a test asks: a long run records millions
 * of events and reads at most a tail of them, so rendering on the way in would be wasted. A value is
 * rendered when the tail is read, which is why trace values should be immutable (records of values).
 */
final class TraceTail {

    private final LogicalTime[] times;
    private final EventKind[] kinds;
    private final String[] actors;
    private final String[] peers;
    private final Object[] values;
    private final String[] notes;
    private long recorded;
    private int next;

    TraceTail(int capacity) {
        times = new LogicalTime[capacity];
        kinds = new EventKind[capacity];
        actors = new String[capacity];
        peers = new String[capacity];
        values = new Object[capacity];
        notes = new String[capacity];
    }

    /** Keeps one event, overwriting the oldest once the tail is full. */
    void add(LogicalTime time, EventKind kind, String actor, String peer, Object value, String note) {
        int slot = next;
        next = slot + 1 == times.length ? 0 : slot + 1;
        times[slot] = time;
        kinds[slot] = kind;
        actors[slot] = actor;
        peers[slot] = peer;
        values[slot] = value;
        notes[slot] = note;
        recorded++;
    }

    /** Renders the kept events, oldest first; sequence numbers count every event ever added. */
    List<TraceEvent> events() {
        int kept = (int) Math.min(recorded, times.length);
        List<TraceEvent> events = new ArrayList<>(kept);
        for (long sequence = recorded - kept; sequence < recorded; sequence++) {
            int slot = (int) (sequence % times.length);
            events.add(new TraceEvent(sequence, times[slot], kinds[slot], actors[slot], peers[slot], text(values[slot], notes[slot])));
        }
        return events;
    }

    /** The detail text of a value and its note, as a {@code FULL} trace stores it. */
    static String text(Object value, String note) {
        String rendered = value instanceof String text ? text : TraceText.of(value);
        return note.isEmpty() ? rendered : rendered + " " + note;
    }
}
