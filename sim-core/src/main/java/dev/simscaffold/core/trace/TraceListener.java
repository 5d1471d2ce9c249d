package dev.simscaffold.core.trace;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.time.LogicalTime;
import java.util.concurrent.Callable;

/**
 * Hears every event as a trace records it, for tools that watch a run from outside while it runs: a
 * watchdog that must know which event a stuck step began with, a progress display. Events are recorded just
 * before the code they describe runs (a {@code DELIVER} before the receiving node's handler, a {@code STEP}
 * before the transition), so the last event heard is the one whose step is running now.
 *
 * <p>Why a scope on the current thread, as {@link TraceCapture}: the code that builds the simulation is the
 * user's, and a watching tool cannot reach its builders. Every trace created on this thread inside
 * {@link #listening} reports to the listener, for as long as it records. A listener hears; it cannot change
 * what is recorded or the fingerprint, so a run with one is the same run as without. Outside a scope a trace
 * holds no listener and pays one null check per event; sim-core reads no clock here, a listener may.
 */
@Api(Api.Status.EXPERIMENTAL)
@FunctionalInterface
public interface TraceListener {

    /**
     * Called on the recording thread right after an event is recorded (folded into the fingerprint and kept).
     * What it throws stops the run where the event was recorded.
     *
     * @param index the event's position in its trace, from 0 (the {@code #N} a timeline prints)
     * @param time when it happened
     * @param kind what happened
     * @param actor who did it (the sender of a {@code DELIVER}, whose receiver is the peer)
     * @param peer the other party, or {@code ""}
     * @param detail what the event involved, unrendered: the message, input or effect, or the text a caller
     *               recorded; the event's note is left out. Render it with {@link TraceText#describe} only when
     *               needed, which keeps a listener cheap on a fingerprint-only trace
     */
    void recorded(long index, LogicalTime time, EventKind kind, String actor, String peer, Object detail);

    /**
     * Runs code with every trace it creates on this thread reporting its events to {@code listener}. A scope
     * inside a scope hears its own traces only; the outer listener is back when it ends.
     *
     * @param <T> what the code returns
     * @param listener hears the events
     * @param code the run
     * @return what the code returned
     * @throws Exception whatever the code throws, unchanged
     */
    static <T> T listening(TraceListener listener, Callable<T> code) throws Exception {
        return TraceListenerScope.run(listener, code);
    }
}
