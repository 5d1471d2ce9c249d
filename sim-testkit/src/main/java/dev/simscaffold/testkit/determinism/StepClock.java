package dev.simscaffold.testkit.determinism;

import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.core.trace.EventKind;
import dev.simscaffold.core.trace.TraceEvent;
import dev.simscaffold.core.trace.TraceListener;
import dev.simscaffold.core.trace.TraceText;

/**
 * The watchdog's listener: notes, for every event a watched run records, when the step that follows it began,
 * and keeps the event to name it if that step never ends. Written by the run's thread, read by the watching
 * one: each event publishes one immutable {@link Step} through a volatile field, so the watcher sees a whole
 * step or the one before it, never a mix.
 */
final class StepClock implements TraceListener {

    private volatile Step current;

    StepClock(long startedNanos) {
        this.current = new Step(startedNanos, null);
    }

    @Override
    public void recorded(long index, LogicalTime time, EventKind kind, String actor, String peer, Object detail) {
        current = new Step(System.nanoTime(), new Began(index, time, kind, actor, peer, detail));
    }

    Step current() {
        return current;
    }

    /**
     * The step running now.
     *
     * @param startedNanos when it began, in {@link System#nanoTime()}
     * @param after the event it began with, null before the run's first event
     */
    record Step(long startedNanos, Began after) {

        /** Names the stuck step: the event it began with (kind, node, time, detail), or that no event came yet. */
        String describe() {
            if (after == null) {
                return "the run recorded no event yet, so the stuck step is its set-up or a simulation without a trace";
            }
            return "the stuck step began with event " + after.event().toLine() + " (kind " + after.kind() + ", node " + after.node()
                    + ", at " + after.time() + ") and recorded nothing since";
        }
    }

    /** The event a step began with, as recorded; its detail is rendered only when a step is stuck. */
    record Began(long index, LogicalTime time, EventKind kind, String actor, String peer, Object detail) {

        /** The node whose code runs after the event: the receiver of a delivered message, else the actor. */
        String node() {
            return kind == EventKind.DELIVER ? peer : actor;
        }

        TraceEvent event() {
            String text;
            try {
                text = TraceText.describe(detail);
            } catch (RuntimeException unrenderable) {
                text = detail.getClass().getSimpleName() + " (its toString() threw " + unrenderable + ")";
            }
            return new TraceEvent(index, time, kind, actor, peer, text);
        }
    }
}
