package dev.simscaffold.testkit.property;

import dev.simscaffold.core.check.Falsified;
import dev.simscaffold.testkit.report.ReportedFailure;

/**
 * Thrown when a property is falsified. It is an {@link AssertionError}, so JUnit reports a failed test;
 * its message is the full failure report (seed, shrunk value, replay command) and its cause is the
 * shrunk counterexample's own failure, so the stack trace points at the failing line.
 */
public final class PropertyFailedError extends AssertionError implements ReportedFailure {

    private static final long serialVersionUID = 1L;

    private final transient Falsified<?> result;

    /**
     * Creates the error.
     *
     * @param message the rendered failure report
     * @param result what the run found
     */
    public PropertyFailedError(String message, Falsified<?> result) {
        super(message, result.shrunk().failure());
        this.result = result;
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
