package dev.simscaffold.core.trace;

import dev.simscaffold.core.Api;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs code once more with every trace it creates kept in full, and hands those traces back: how a failure
 * report gets the whole timeline of a run that was made with {@link TraceMode#FINGERPRINT_ONLY}, or of a
 * run whose failure (a history check, an assertion) carries no trace at all.
 *
 * <pre>{@code
 * TraceCapture.Captured rerun = TraceCapture.run(() -> property.check(shrunkValue));
 * rerun.last().ifPresent(trace -> write(trace.timeline()));
 * }</pre>
 *
 * <p>Why a scope on the current thread rather than a setting: the code that builds the simulation is the
 * user's, and it may ask for fingerprint-only traces in a way a report cannot reach (a builder call inside a
 * cluster helper). The mode decides only what a trace keeps in memory, never what it records or its
 * fingerprint, so a captured run is the same run; {@link Captured} keeps the traces in creation order, so
 * the report can compare the fingerprint with the failing run's and say so plainly when they differ.
 * Nothing outside {@link #run} is affected, and a capture inside a capture keeps its own traces.
 */
@Api(Api.Status.EXPERIMENTAL)
public final class TraceCapture {

    /** The traces created so far in the innermost capture on this thread, or none outside a capture. */
    private static final ThreadLocal<List<Trace>> CAPTURING = new ThreadLocal<>();

    private TraceCapture() {
    }

    /**
     * The code a capture runs: a property's check may throw checked exceptions, and they are its failure.
     */
    @FunctionalInterface
    public interface Code {

        /**
         * Runs.
         *
         * @throws Exception to fail
         */
        void run() throws Exception;
    }

    /**
     * What a captured run left: the traces it created, oldest first, each keeping every event, and what it
     * threw, if anything.
     *
     * @param traces the traces created during the run, in creation order
     * @param failure what the run threw, empty when it returned normally
     */
    public record Captured(List<Trace> traces, Optional<Throwable> failure) {

        /**
         * Copies the list.
         *
         * @param traces the {@code traces} component
         * @param failure the {@code failure} component
         */
        public Captured {
            traces = List.copyOf(traces);
            if (failure == null) {
                throw new NullPointerException("failure must not be null (use Optional.empty())");
            }
        }

        /**
         * Returns the last trace the run created: the simulation that ran last, usually the one that failed.
         *
         * @return the trace, empty when the run created none
         */
        public Optional<Trace> last() {
            return traces.isEmpty() ? Optional.empty() : Optional.of(traces.get(traces.size() - 1));
        }
    }

    /**
     * Runs code with every trace it creates on this thread kept in full.
     *
     * @param code the run, such as a property's check on a shrunk value
     * @return the traces and what the code threw (an {@link OutOfMemoryError} is not caught)
     */
    public static Captured run(Code code) {
        if (code == null) {
            throw new NullPointerException("code must not be null");
        }
        List<Trace> outer = CAPTURING.get();
        List<Trace> traces = new ArrayList<>();
        CAPTURING.set(traces);
        Optional<Throwable> failure = Optional.empty();
        try {
            code.run();
        } catch (OutOfMemoryError fatal) {
            throw fatal;
        } catch (Throwable thrown) {
            failure = Optional.of(thrown);
        } finally {
            if (outer == null) {
                CAPTURING.remove();
            } else {
                CAPTURING.set(outer);
            }
        }
        return new Captured(traces, failure);
    }

    /** The mode a new trace takes: every event inside a capture, what was asked for outside. */
    static TraceMode modeFor(TraceMode requested) {
        return CAPTURING.get() == null ? requested : TraceMode.FULL;
    }

    /** Notes a new trace in the current capture, if there is one. */
    static void created(Trace trace) {
        List<Trace> traces = CAPTURING.get();
        if (traces != null) {
            traces.add(trace);
        }
    }
}
