package dev.simscaffold.testkit.determinism;

import dev.simscaffold.core.trace.Trace;
import dev.simscaffold.core.trace.TraceEvent;
import dev.simscaffold.core.trace.TraceMode;
import java.util.List;

/**
 * Where two runs of one seed part: the first differing trace event of each run, spelled out field by field,
 * and the events both runs agree on just before it. Two fingerprints say only that the runs differ; the
 * first differing event is usually one line from the culprit, and the events before it say which handler
 * was running.
 */
final class Divergence {

    /** How many agreed events before the divergence the message shows. */
    static final int CONTEXT = 3;

    private Divergence() {
    }

    /**
     * Describes where two full traces part.
     *
     * @param first the first run's trace, in {@link TraceMode#FULL}
     * @param second the second run's trace, in {@link TraceMode#FULL}
     * @return the description, or a note that the traces agree event for event
     */
    static String describe(Trace first, Trace second) {
        if (first.mode() != TraceMode.FULL || second.mode() != TraceMode.FULL) {
            throw new IllegalArgumentException("the divergence of two runs needs full traces, got " + first.mode() + " and " + second.mode());
        }
        List<TraceEvent> a = first.events();
        List<TraceEvent> b = second.events();
        int common = Math.min(a.size(), b.size());
        int at = 0;
        while (at < common && a.get(at).equals(b.get(at))) {
            at++;
        }
        if (at == a.size() && at == b.size()) {
            return "the full traces agree event for event (" + at + " events)";
        }
        StringBuilder text = new StringBuilder();
        if (at == common) {
            text.append("the runs agree on their first ").append(common).append(" events; then run ").append(a.size() > b.size() ? "1" : "2")
                    .append(" continues with: ").append(field((a.size() > b.size() ? a : b).get(common)));
        } else {
            text.append("first divergence at event #").append(at).append(":\n  run 1: ").append(field(a.get(at)))
                    .append("\n  run 2: ").append(field(b.get(at)));
        }
        if (at > 0) {
            text.append("\n  before it, in both runs:");
            for (TraceEvent agreed : a.subList(Math.max(0, at - CONTEXT), at)) {
                text.append("\n    ").append(agreed.toLine());
            }
        }
        return text.toString();
    }

    private static String field(TraceEvent event) {
        return "event #" + event.sequence() + " at " + event.time() + ", actor " + event.actor()
                + (event.peer().isEmpty() ? "" : " -> " + event.peer()) + ", kind " + event.kind() + ", detail " + event.detail();
    }
}
