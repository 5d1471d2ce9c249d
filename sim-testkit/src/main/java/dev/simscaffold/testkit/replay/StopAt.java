package dev.simscaffold.testkit.replay;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.trace.TraceCapture;
import dev.simscaffold.core.trace.TraceStop;
import java.util.OptionalLong;

/**
 * {@code -Dsim.stopAt=N}: replay a case up to event {@code #N} of its timeline and stop there, for a debugger.
 * Given with {@code -Dsim.seed} (and {@code -Dsim.replay}), a property runs only the replayed case, unshrunk,
 * and a sweep or campaign only the replayed seed; the run throws {@link TraceStop.StoppedAtEvent} right after
 * recording event {@code #N}, from inside the simulation. A breakpoint on {@link TraceStop#reached} shows
 * every node as it is at that event, with the code that caused it on the stack.
 */
@Api(Api.Status.EXPERIMENTAL)
public final class StopAt {

    /** The system property that names the event to stop after. */
    public static final String PROPERTY = SimProperty.STOP_AT.key();

    private StopAt() {
    }

    /**
     * Reads {@code -Dsim.stopAt}.
     *
     * @return the event's sequence number, empty when not given
     * @throws IllegalArgumentException naming the value when it is not a whole number {@code >= 0}
     */
    public static OptionalLong requested() {
        String text = System.getProperty(PROPERTY);
        if (text == null || text.isBlank()) {
            return OptionalLong.empty();
        }
        try {
            long event = Long.parseLong(text.trim());
            if (event >= 0) {
                return OptionalLong.of(event);
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PROPERTY + " must be an event number >= 0 (the #N of a timeline), got \"" + text + "\"", e);
        }
        throw new IllegalArgumentException(PROPERTY + " must be an event number >= 0 (the #N of a timeline), got \"" + text + "\"");
    }

    /**
     * Runs a replayed case that must stop at the event: rethrows the stop (or whatever failed before it), and
     * fails saying so when the run ended before reaching the event.
     *
     * @param event the event to stop after
     * @param code the replayed case
     * @throws TraceStop.StoppedAtEvent when the run reached the event, the point of it
     */
    public static void run(long event, TraceCapture.Code code) {
        TraceCapture.Captured run = TraceStop.run(event, code);
        if (run.failure().isPresent()) {
            throw rethrown(run.failure().get());
        }
        long events = run.last().map(t -> t.size()).orElse(0L);
        throw new AssertionError("-D" + PROPERTY + "=" + event + ": the replayed run ended after " + events
                + " events, before event #" + event);
    }

    private static RuntimeException rethrown(Throwable failure) {
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure instanceof RuntimeException runtime) {
            return runtime;
        }
        return new IllegalStateException(failure);
    }
}
