package dev.simscaffold.testkit.report;

import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.history.Inconsistent;
import dev.simscaffold.core.history.Operation;
import dev.simscaffold.core.trace.EventKind;
import dev.simscaffold.core.trace.TraceEvent;
import java.util.List;

/**
 * Where a report looks in a failing run's events: the last events before an invariant broke, or, for a
 * history check, the events around the first operation that could not be placed (from a few events before
 * its invocation to its completion), which for an end-of-run check is where the bug happened, not the end.
 *
 * @param title the heading, saying what the window is around
 * @param from the first event shown, an index into the run's events
 * @param to one past the last event shown; also where the faults that fired are counted up to
 */
record EventWindow(String title, int from, int to) {

    /** How many events before an operation's invocation the window starts. */
    private static final int BEFORE_INVOCATION = 8;
    /** How many events after an operation's completion the window still shows. */
    private static final int AFTER_COMPLETION = 2;

    static EventWindow of(Throwable failure, List<TraceEvent> events) {
        if (failure instanceof HistoryFailure history && history.result() instanceof Inconsistent<?, ?> inconsistent) {
            EventWindow around = aroundFirstOperation(inconsistent, events);
            if (around != null) {
                return around;
            }
        }
        int shown = Math.min(events.size(), InvariantViolationError.REPORT_EVENTS);
        return new EventWindow("last " + shown + " events:", events.size() - shown, events.size());
    }

    private static EventWindow aroundFirstOperation(Inconsistent<?, ?> inconsistent, List<TraceEvent> events) {
        Operation<?, ?> first;
        try {
            first = inconsistent.first();
        } catch (IllegalStateException notComputed) {
            return null;
        }
        int invoked = historyEvent(events, first.invokeIndex(), first.client());
        if (invoked < 0) {
            return null;
        }
        int completed = historyEvent(events, first.completeIndex(), first.client());
        int end = completed < 0 ? events.size() : Math.min(events.size(), completed + 1 + AFTER_COMPLETION);
        return new EventWindow("events around the first operation that cannot be placed, " + first.describe()
                + " (invoked at #" + events.get(invoked).sequence() + (completed < 0 ? "" : ", completed at #" + events.get(completed).sequence())
                + "):", Math.max(0, invoked - BEFORE_INVOCATION), end);
    }

    /**
     * The index of a history's n-th event (invocations and completions counted together, as
     * {@code Operation.invokeIndex} counts them) if it is the client's; -1 when the trace does not hold it.
     */
    private static int historyEvent(List<TraceEvent> events, int historyIndex, String client) {
        int seen = 0;
        for (int i = 0; i < events.size(); i++) {
            EventKind kind = events.get(i).kind();
            if (kind == EventKind.HISTORY_INVOKE || kind == EventKind.HISTORY_OK || kind == EventKind.HISTORY_FAIL || kind == EventKind.HISTORY_INFO) {
                if (seen++ == historyIndex) {
                    return events.get(i).actor().equals(client) ? i : -1;
                }
            }
        }
        return -1;
    }
}
