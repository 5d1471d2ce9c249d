package dev.simscaffold.testkit.report;

import dev.simscaffold.core.Api;

/**
 * Marks a failure whose message already is the full report, so that {@link SimulationReportExtension}
 * passes it through instead of reporting the violation inside it a second time.
 */
@Api(Api.Status.INTERNAL)
public interface ReportedFailure {
}
