package dev.simscaffold.testkit.report;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.testkit.replay.TestCoordinates;
import java.util.Optional;

/**
 * How a seed sweep or a campaign words one failing seed: the full simulation report with its trace files
 * when the failure is an invariant violation with a trace, else the failure's message and the replay
 * command. One place, so that every way of running many seeds reports a failure the same way.
 */
@Api(Api.Status.INTERNAL)
public final class SeedFailureText {

    private SeedFailureText() {
    }

    /**
     * Renders the failure of one seed.
     *
     * @param fallbackName what to call the run when it is not called from a test
     * @param failure what the seed threw
     * @param replay the command that replays just this seed
     * @return the text, ending with a line break
     */
    public static String render(String fallbackName, Throwable failure, String replay) {
        Optional<InvariantViolationError> violation = SimulationReport.violationIn(failure).filter(v -> v.trace() != null);
        if (violation.isPresent()) {
            String test = TestCoordinates.ofCallingTest().map(TestCoordinates::surefireFilter).orElse(fallbackName);
            return SimulationReport.render(test, violation.get(), replay, Optional.empty());
        }
        return failure.getMessage() + "\nreplay just this case:\n  " + replay + "\n";
    }

    /**
     * The failure's type and the first line of its message, for one-line summaries.
     *
     * @param failure what a seed threw
     * @return for example {@code InvariantViolationError: invariant violated: at most one holder}
     */
    public static String firstLine(Throwable failure) {
        String message = String.valueOf(failure.getMessage());
        int newline = message.indexOf('\n');
        return failure.getClass().getSimpleName() + ": " + (newline < 0 ? message : message.substring(0, newline));
    }

    /**
     * What failed: the violated invariant's name, or the failure's type when it is not a violation.
     *
     * @param failure what a seed threw
     * @return the invariant or the type's simple name
     */
    public static String whatFailed(Throwable failure) {
        return SimulationReport.violationIn(failure).map(InvariantViolationError::invariant).orElse(failure.getClass().getSimpleName());
    }
}
