package dev.simscaffold.testkit.report;

/**
 * Marks a failure whose message already is the full report, so that {@link SimulationReportExtension}
 * passes it through instead of reporting the violation inside it a second time.
 */
public interface ReportedFailure {
}
