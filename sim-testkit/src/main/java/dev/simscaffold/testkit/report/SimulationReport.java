package dev.simscaffold.testkit.report;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.trace.Timeline;
import java.util.Optional;

/**
 * The message a failed simulation test shows, in the order a reader needs it: the invariant and what was
 * wrong; the seed and the command that replays just that case; the shrunk inputs and faults (for a
 * property); the last events as a timeline; and where the full trace and its sequence diagram were written.
 */
@Api(Api.Status.EXPERIMENTAL)
public final class SimulationReport {

    private SimulationReport() {
    }

    /**
     * Finds the invariant violation behind a failure, looking through its causes.
     *
     * @param failure what a test threw
     * @return the violation, if there is one
     */
    public static Optional<InvariantViolationError> violationIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InvariantViolationError violation) {
                return Optional.of(violation);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return Optional.empty();
    }

    /**
     * Writes the trace files and renders the report.
     *
     * @param testName the test, as {@code Class#method}
     * @param violation the violation
     * @param replayCommand the command that replays just this case
     * @param shrunk the shrunk counterexample section of a property, if any
     * @return the report
     */
    public static String render(String testName, InvariantViolationError violation, String replayCommand, Optional<String> shrunk) {
        TraceFiles files = TraceFiles.write(testName, violation, replayCommand);
        StringBuilder text = new StringBuilder("invariant violated: ").append(violation.invariant()).append('\n');
        violation.violations().forEach(v -> text.append("  ").append(v).append('\n'));
        text.append("seed ").append(violation.seed()).append(", step ").append(violation.step()).append(", ").append(violation.time())
                .append(" in ").append(testName).append('\n')
                .append("replay just this case:\n  ").append(replayCommand).append('\n');
        shrunk.ifPresent(section -> text.append(section).append('\n'));
        text.append("last ").append(violation.recentEvents().size()).append(" events:\n").append(Timeline.render(violation.recentEvents()))
                .append("full trace: ").append(files.text()).append('\n')
                .append("sequence diagram: ").append(files.diagram()).append('\n');
        return text.toString();
    }
}
