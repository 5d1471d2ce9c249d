package dev.simscaffold.core.trace;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.time.LogicalTime;

/**
 * One thing that happened in a simulation, in a compact, value-only form that can be fingerprinted,
 * rendered as a timeline and compared across runs.
 *
 * @param sequence position in the trace, from 0; breaks ties between events at the same time
 * @param time when it happened
 * @param kind what happened
 * @param actor who did it, such as {@code "instance-0"} or {@code "node-2"}
 * @param peer the other party for two-party events (sender to receiver), or {@code ""}
 * @param detail the input, effect or message involved, rendered with {@code toString()}
 */
@Api(Api.Status.STABLE)
public record TraceEvent(long sequence, LogicalTime time, EventKind kind, String actor, String peer, String detail) {

    /**
     * Validates the components; the message of any failure names the bad component and value.
     *
     * @param sequence the {@code sequence} component
     * @param time the {@code time} component
     * @param kind the {@code kind} component
     * @param actor the {@code actor} component
     * @param peer the {@code peer} component
     * @param detail the {@code detail} component
     */
    public TraceEvent {
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must be >= 0, got " + sequence);
        }
        if (time == null || kind == null || actor == null || peer == null || detail == null) {
            throw new NullPointerException("trace event fields must not be null");
        }
    }

    /**
     * Renders the event as one timeline line, such as {@code "t=12 #7 DELIVER node-1 -> node-2 Ping[3]"}.
     *
     * @return the line
     */
    public String toLine() {
        StringBuilder line = new StringBuilder()
                .append(time).append(" #").append(sequence).append(' ').append(kind).append(' ').append(actor);
        if (!peer.isEmpty()) {
            line.append(" -> ").append(peer);
        }
        if (!detail.isEmpty()) {
            line.append(' ').append(detail);
        }
        return line.toString();
    }
}
