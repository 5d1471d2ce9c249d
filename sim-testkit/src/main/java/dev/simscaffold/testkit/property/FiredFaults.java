package dev.simscaffold.testkit.property;

import dev.simscaffold.core.trace.TraceEvent;
import dev.simscaffold.testkit.report.SimulationReport;
import java.util.ArrayList;
import java.util.List;

/**
 * The faults a shrunk simulation run actually injected, read from its trace: what a reader needs to
 * understand the failure. A shrunk swarm configuration is no substitute: its rates are whatever
 * shrinking left (a jump rate of {@code 2.2E-17} next to a jump that fired), while the trace says which
 * faults happened, when, and to whom.
 */
final class FiredFaults {

    private FiredFaults() {
    }

    /** Lists the faults that fired, one line each, or says that none did; empty for a non-simulation failure. */
    static String render(Throwable failure) {
        var violation = SimulationReport.violationIn(failure).filter(v -> v.trace() != null);
        if (violation.isEmpty()) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        for (TraceEvent event : violation.get().trace().events()) {
            if (event.kind().fault()) {
                lines.add("  " + event.time() + " " + event.kind() + " " + event.actor()
                        + (event.peer().isEmpty() ? "" : " -> " + event.peer())
                        + (event.detail().isEmpty() ? "" : " " + event.detail()));
            }
        }
        return lines.isEmpty()
                ? "Faults that fired: none\n"
                : "Faults that fired (" + lines.size() + "):\n" + String.join("\n", lines) + '\n';
    }

}
