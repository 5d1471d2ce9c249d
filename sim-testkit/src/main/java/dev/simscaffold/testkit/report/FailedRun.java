package dev.simscaffold.testkit.report;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.check.FailureIdentity;
import dev.simscaffold.core.trace.EventKind;
import dev.simscaffold.core.trace.Trace;
import dev.simscaffold.core.trace.TraceCapture;
import dev.simscaffold.core.trace.TraceEvent;
import dev.simscaffold.core.trace.TraceMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One failing run as a report shows it: what failed, the seed that replays it, and the trace that holds its
 * events. Every way of running a simulation (a property, a sweep, a campaign, a plain test) builds one, so
 * an invariant violation, a history check and any other failure get the same report and trace files.
 *
 * <p>A failure without a trace that keeps every event (a {@link TraceMode#FINGERPRINT_ONLY} run, a history
 * check, an assertion after the run) is re-run once inside {@link TraceCapture#run}, which keeps every event
 * of the traces the run creates. The re-run must be the same run: for an invariant, the same fingerprint;
 * for another failure, the same failure. When it is not, {@link #rerun()} says "nondeterministic" and the
 * report shows what the failing run itself kept.
 *
 * @param failure what the run threw
 * @param seed the seed that replays it, as {@code -Dsim.seed} takes it
 * @param trace the trace to show, keeping every event unless the re-run could not reproduce the failure
 * @param rerun how the trace was obtained when the failing run did not keep it, or {@code ""}
 */
@Api(Api.Status.INTERNAL)
public record FailedRun(Throwable failure, long seed, Optional<Trace> trace, String rerun) {

    /** Where a nondeterministic re-run is explained; reports and tests look for the word. */
    public static final String NONDETERMINISTIC = "nondeterministic";

    /**
     * Validates the components.
     *
     * @param failure the {@code failure} component
     * @param seed the {@code seed} component
     * @param trace the {@code trace} component
     * @param rerun the {@code rerun} component
     */
    public FailedRun {
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(trace, "trace");
        Objects.requireNonNull(rerun, "rerun");
    }

    /**
     * The run of a failure that is not re-run: its invariant violation's trace, if it has one.
     *
     * @param failure what the run threw
     * @param seed the seed that replays it
     * @return the run
     */
    public static FailedRun of(Throwable failure, long seed) {
        return of(failure, seed, null);
    }

    /**
     * The run of a failure, re-run once with full traces when its own trace does not keep every event.
     *
     * @param failure what the run threw
     * @param seed the seed that replays it
     * @param rerun runs the failing case again, such as {@code () -> TraceCapture.run(() -> check(value))}; {@code null}
     *              when it cannot be re-run
     * @return the run
     */
    public static FailedRun of(Throwable failure, long seed, Supplier<TraceCapture.Captured> rerun) {
        Optional<InvariantViolationError> violation = SimulationReport.violationIn(failure).filter(v -> v.trace() != null);
        if (violation.isPresent() && violation.get().trace().mode() == TraceMode.FULL) {
            return new FailedRun(failure, seed, Optional.of(violation.get().trace()), "");
        }
        Optional<Trace> own = violation.map(InvariantViolationError::trace);
        if (rerun == null) {
            return new FailedRun(failure, seed, own, own.isEmpty() ? "" : "the run kept only its last " + own.get().tail(Integer.MAX_VALUE).size()
                    + " events (TraceMode.FINGERPRINT_ONLY) and cannot be re-run from here");
        }
        TraceCapture.Captured again = rerun.get();
        return violation.isPresent() ? violationRerun(failure, seed, violation.get(), again) : otherRerun(failure, seed, again);
    }

    private static FailedRun violationRerun(Throwable failure, long seed, InvariantViolationError violation, TraceCapture.Captured again) {
        String fingerprint = violation.trace().fingerprintHex();
        Optional<Trace> rerunTrace = again.failure().flatMap(SimulationReport::violationIn).map(InvariantViolationError::trace)
                .filter(t -> t != null && t.mode() == TraceMode.FULL);
        if (rerunTrace.isPresent() && rerunTrace.get().fingerprint() == violation.trace().fingerprint()) {
            return new FailedRun(failure, seed, rerunTrace,
                    "re-run once with a full trace (the run kept fingerprints only): same fingerprint " + fingerprint);
        }
        String what = rerunTrace.map(t -> "fingerprint " + t.fingerprintHex() + " instead of " + fingerprint)
                .orElse(again.failure().map(f -> "it failed differently: " + SeedFailureText.firstLine(f)).orElse("it passed"));
        return new FailedRun(failure, seed, Optional.of(violation.trace()), NONDETERMINISTIC + ": the re-run with a full trace is not the"
                + " failing run (" + what + "); shown: the last events the failing run kept");
    }

    private static FailedRun otherRerun(Throwable failure, long seed, TraceCapture.Captured again) {
        Optional<Trace> shown = failure instanceof HistoryFailure
                ? again.traces().stream().filter(t -> t.count(EventKind.HISTORY_INVOKE) > 0).reduce((a, b) -> b).or(again::last)
                : again.last();
        if (shown.isEmpty()) {
            return new FailedRun(failure, seed, Optional.empty(), "");
        }
        if (again.failure().isEmpty() || !sameFailure(failure, again.failure().get())) {
            String what = again.failure().map(f -> "it failed differently: " + SeedFailureText.firstLine(f)).orElse("it passed");
            return new FailedRun(failure, seed, Optional.empty(), NONDETERMINISTIC + ": the re-run with a full trace is not the failing run ("
                    + what + "); no trace is shown");
        }
        return new FailedRun(failure, seed, shown, "re-run once with a full trace (the failure carries none): it failed the same way, fingerprint "
                + shown.get().fingerprintHex());
    }

    private static boolean sameFailure(Throwable original, Throwable again) {
        if (original instanceof HistoryFailure) {
            return Objects.equals(original.getMessage(), again.getMessage());
        }
        return FailureIdentity.ORIGIN.keyOf(original).equals(FailureIdentity.ORIGIN.keyOf(again));
    }

    /**
     * Returns the events the trace kept: all of them, or the last few of a fingerprint-only trace.
     *
     * @return the events, empty without a trace
     */
    public List<TraceEvent> events() {
        return trace.map(t -> t.mode() == TraceMode.FULL ? t.events() : t.tail(Integer.MAX_VALUE)).orElse(List.of());
    }

    /**
     * Tells whether the trace shown keeps every event of the run.
     *
     * @return true for a full trace
     */
    public boolean complete() {
        return trace.filter(t -> t.mode() == TraceMode.FULL).isPresent();
    }
}
