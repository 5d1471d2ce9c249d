package dev.simscaffold.testkit.property;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.check.Falsified;
import dev.simscaffold.testkit.report.ReportedFailure;

/**
 * Thrown when a property is falsified. It is an {@link AssertionError}, so JUnit reports a failed test.
 *
 * <p>The full failure report is printed once, to standard output, when the property fails, and is
 * available as {@link #report()}. The message is a short summary (what failed, the seed, the replay
 * command), because Surefire prints the message twice, under the test and again in the run's summary,
 * and a report of fifty lines shown twice hides more than it shows. The stack trace points at the
 * failing line: a broken invariant's own trace is adopted (its message would repeat the report), any
 * other failure is the cause.
 */
@Api(Api.Status.STABLE)
public final class PropertyFailedError extends AssertionError implements ReportedFailure {

    private static final long serialVersionUID = 1L;

    /** The full failure report, as printed when the property failed. */
    private final String report;
    private final transient Falsified<?> result;

    /**
     * Creates the error.
     *
     * @param summary the short message
     * @param report the rendered failure report
     * @param result what the run found
     */
    public PropertyFailedError(String summary, String report, Falsified<?> result) {
        super(summary, result.shrunk().failure() instanceof InvariantViolationError ? null : result.shrunk().failure());
        this.report = report;
        this.result = result;
        if (result.shrunk().failure() instanceof InvariantViolationError violation) {
            setStackTrace(violation.getStackTrace());
        }
    }

    /**
     * Returns the full failure report, as printed when the property failed.
     *
     * @return the report
     */
    public String report() {
        return report;
    }

    /**
     * Returns what the run found, to inspect the counterexamples programmatically.
     *
     * @return the falsified result
     */
    public Falsified<?> result() {
        return result;
    }
}
