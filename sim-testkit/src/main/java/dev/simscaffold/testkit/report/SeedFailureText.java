package dev.simscaffold.testkit.report;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.trace.TraceCapture;
import dev.simscaffold.testkit.replay.TestCoordinates;
import java.util.function.LongConsumer;

/**
 * How a seed sweep or a campaign words one failing seed: the full simulation report with its trace files
 * when the failure is an invariant violation or a history check, else the failure's message and the replay
 * command. One place, so that every way of running many seeds reports a failure the same way.
 */
@Api(Api.Status.INTERNAL)
public final class SeedFailureText {

    private SeedFailureText() {
    }

    /**
     * Renders the failure of one seed: for an invariant violation or a history check, the report and trace
     * files of a simulation, re-running the seed once with full traces when the failure carries no trace that
     * keeps every event (other failures are not re-run: a sweep's simulation may count its runs).
     *
     * @param fallbackName what to call the run when it is not called from a test
     * @param seed the failing seed
     * @param failure what the seed threw
     * @param replay the command that replays just this seed
     * @param simulation runs one seed, as the sweep or campaign did
     * @return the text, ending with a line break
     */
    public static String render(String fallbackName, long seed, Throwable failure, String replay, LongConsumer simulation) {
        if (SimulationReport.violationIn(failure).isEmpty() && !(failure instanceof HistoryFailure)) {
            return failure.getMessage() + "\nreplay just this case:\n  " + replay + "\n";
        }
        FailedRun run = FailedRun.of(failure, seed, () -> TraceCapture.run(() -> simulation.accept(seed)));
        String test = TestCoordinates.ofCallingTest().map(TestCoordinates::surefireFilter).orElse(fallbackName);
        return SimulationReport.render(test, run, replay);
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
     * The simulation step at which an invariant failed: how soon a seed failed, which makes it the simplest
     * of the seeds that failed the same way.
     *
     * @param failure what a seed threw
     * @return the step, or {@code -1} when the failure is not an invariant violation
     */
    public static long step(Throwable failure) {
        return SimulationReport.violationIn(failure).map(InvariantViolationError::step).orElse(-1L);
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
