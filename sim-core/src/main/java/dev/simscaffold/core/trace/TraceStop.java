package dev.simscaffold.core.trace;

import dev.simscaffold.core.Api;

/**
 * Stops a replayed run right after a chosen event, for a debugger: {@code -Dsim.stopAt=N} (read by
 * sim-testkit, which sets this scope around the replayed case) makes the trace that records event
 * {@code #N} (the number the timeline prints) throw {@link StoppedAtEvent} from inside the simulation, with
 * the node code that caused the event still on the call stack. Set a breakpoint on {@link #reached} (or on
 * the exception) to inspect every node as it is at that event.
 *
 * <p>Why a scope on the current thread, as {@link TraceCapture}: the run is the user's code, and sim-core
 * reads no system properties. The stop changes nothing before event {@code #N}, so the run up to there is
 * the failing run, event for event.
 */
@Api(Api.Status.EXPERIMENTAL)
public final class TraceStop {

    /** The event to stop after in the innermost scope on this thread, or none outside a scope. */
    private static final ThreadLocal<Long> STOP_AT = new ThreadLocal<>();

    /** What a trace created outside a scope stops at: never. */
    static final long NEVER = -1;

    private TraceStop() {
    }

    /**
     * Runs code whose traces stop right after recording event {@code #event}.
     *
     * @param event the sequence number of the last event to run, {@code >= 0}
     * @param code the run
     * @return what the code threw: a {@link StoppedAtEvent} when it reached the event, empty when it ended before
     * @throws IllegalArgumentException if {@code event < 0}
     */
    public static TraceCapture.Captured run(long event, TraceCapture.Code code) {
        if (event < 0) {
            throw new IllegalArgumentException("the event to stop at must be >= 0, got " + event);
        }
        Long outer = STOP_AT.get();
        STOP_AT.set(event);
        try {
            return TraceCapture.run(code);
        } finally {
            if (outer == null) {
                STOP_AT.remove();
            } else {
                STOP_AT.set(outer);
            }
        }
    }

    /** The event a new trace stops after, or {@link #NEVER}. */
    static long current() {
        Long event = STOP_AT.get();
        return event == null ? NEVER : event;
    }

    /**
     * Called when a trace has just recorded the event to stop at: the place for a breakpoint.
     *
     * @param trace the trace, whose last event is the one asked for
     * @throws StoppedAtEvent always
     */
    public static void reached(Trace trace) {
        throw new StoppedAtEvent(trace);
    }

    /**
     * Thrown from inside a run when it has recorded the event {@code -Dsim.stopAt} asked for: the run goes no
     * further. An {@link AssertionError}, so the test stops as a failed one, saying why.
     */
    public static final class StoppedAtEvent extends AssertionError {

        private static final long serialVersionUID = 1L;

        /** The trace up to the event; a trace is not serializable. */
        private final transient Trace trace;

        StoppedAtEvent(Trace trace) {
            super("stopped right after event #" + (trace.size() - 1) + " as -Dsim.stopAt asked (a breakpoint in "
                    + TraceStop.class.getName() + ".reached shows every node at this event); the last events:\n"
                    + Timeline.render(trace.tail(10)));
            this.trace = trace;
        }

        /**
         * Returns the trace up to and including the event stopped at.
         *
         * @return the trace
         */
        public Trace trace() {
            return trace;
        }
    }
}
