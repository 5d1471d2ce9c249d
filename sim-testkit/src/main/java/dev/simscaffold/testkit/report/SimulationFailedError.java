package dev.simscaffold.testkit.report;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.InvariantViolationError;

/**
 * A simulation test's failure, re-thrown with the full report as its message and the original
 * violation as its cause. An {@link AssertionError}, so JUnit reports a failed test.
 */
@Api(Api.Status.EXPERIMENTAL)
public final class SimulationFailedError extends AssertionError implements ReportedFailure {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the error.
     *
     * @param report the rendered report
     * @param violation the violation it reports
     */
    public SimulationFailedError(String report, InvariantViolationError violation) {
        super(report, violation);
    }
}
