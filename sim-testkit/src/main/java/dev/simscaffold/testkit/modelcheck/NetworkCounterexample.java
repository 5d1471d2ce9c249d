package dev.simscaffold.testkit.modelcheck;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.trace.Trace;
import dev.simscaffold.testkit.replay.ReplayCommand;
import dev.simscaffold.testkit.replay.TestCoordinates;
import dev.simscaffold.testkit.report.FailedRun;
import dev.simscaffold.testkit.report.PathCase;
import dev.simscaffold.testkit.report.SimulationFailedError;
import dev.simscaffold.testkit.report.SimulationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A path from the start to a state that breaks an expectation. It is an ordinary run of the network: {@link
 * #replay()} builds the network again, with a full trace, and drives it through the same moves with the
 * same draws, so the failure comes with the trace, timeline and fingerprint of any simulated run, and
 * {@link #report()} reports it as a random failure is reported (trace files, a Mermaid sequence diagram)
 * with the command that replays it: the test, with the {@link ModelPath} its model check replays instead of
 * searching ({@code -Dsim.path}).
 *
 * @param <M> the message type
 * @param moves the moves, the network's start first
 * @param expectation the name of the broken expectation
 * @param violations what its check reported
 * @param fingerprint the trace fingerprint of the run that found it, which a replay reproduces
 * @param path the moves as {@code -Dsim.path} replays them
 * @param replayer rebuilds the run
 */
@Api(Api.Status.EXPERIMENTAL)
public record NetworkCounterexample<M>(List<Move> moves, String expectation, List<String> violations, long fingerprint,
        ModelPath path, Supplier<SimNetwork<M>> replayer) {

    /**
     * Freezes the lists.
     *
     * @param moves the moves
     * @param expectation the broken expectation's name
     * @param violations what it reported
     * @param fingerprint the run's trace fingerprint
     * @param path the moves as {@code -Dsim.path} replays them
     * @param replayer rebuilds the run
     */
    public NetworkCounterexample {
        moves = List.copyOf(moves);
        violations = List.copyOf(violations);
        if (path.moves().size() != moves.size() - 1) {
            throw new IllegalArgumentException("a path of " + path.moves().size() + " moves for a counterexample of " + (moves.size() - 1));
        }
    }

    /**
     * Replays the path on a fresh network with a full trace, up to (not including) the move that broke the
     * expectation when it was one the network checks itself, or to the end otherwise.
     *
     * @return the network after the replay; its trace ends with the violation when the network raised it
     */
    public SimNetwork<M> replay() {
        return replayer.get();
    }

    /**
     * The command that replays this counterexample: the calling test with {@code -Dsim.path}, from where the
     * user stands (see {@link ReplayCommand}); outside a test, which property to set.
     *
     * @return for example {@code ./mvnw test -Dtest='MembershipModelCheckTest#aMerge' -Dsim.path=0_a0_1_2.1}
     */
    public String replayCommand() {
        return TestCoordinates.ofCallingTest().map(test -> ReplayCommand.ofPath(test, path.encoded()))
                .orElse("rerun the failing test with -D" + ModelPath.PROPERTY + "=" + path.encoded());
    }

    /**
     * Reports the counterexample as a failed simulation is reported: replays it once with a full trace, writes
     * the trace file and the Mermaid sequence diagram under {@code target/sim-traces/}, and renders the verdict,
     * the path and the replay command, the moves, the faults that fired and the last events. A replay whose
     * fingerprint is not the one the search saw is reported as nondeterministic, with no replay command.
     *
     * @return the report, at most {@value SimulationReport#MAX_LINES} lines
     */
    public String report() {
        return reported().text();
    }

    /**
     * The failure a test raises for this counterexample: its {@link #report()} as the message, followed by
     * {@code context} (such as the check's summary), and the violation, with the replay's full trace, as the
     * cause.
     *
     * @param context a line to add after the report, or {@code ""}
     * @return the error
     */
    public SimulationFailedError failure(String context) {
        Reported reported = reported();
        return new SimulationFailedError(context.isEmpty() ? reported.text() : reported.text() + context + "\n", reported.violation());
    }

    /** A report and the violation it is about, from one replay. */
    private record Reported(String text, InvariantViolationError violation) {
    }

    private Reported reported() {
        SimNetwork<M> net = replay();
        Trace trace = net.trace();
        InvariantViolationError violation = new InvariantViolationError(expectation, violations, net.seed(), net.events(), net.now(), trace);
        FailedRun run = new FailedRun(violation, net.seed(), Optional.of(trace), "");
        String test = TestCoordinates.ofCallingTest().map(TestCoordinates::surefireFilter).orElse("model check");
        if (trace.fingerprint() != fingerprint) {
            return new Reported(SimulationReport.renderNotReplaying(test, run, List.of("the replay of path " + path.encoded()
                    + " has fingerprint " + trace.fingerprintHex() + ", the search's run " + String.format(Locale.ROOT, "%016x", fingerprint)
                    + ": the network is not a deterministic function of its draws"), Optional.empty()), violation);
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < moves.size(); i++) {
            lines.add("  " + i + ". " + moves.get(i));
        }
        int count = moves.size() - 1;
        PathCase shown = new PathCase("model-check path: " + count + (count == 1 ? " move" : " moves") + " after the start, fingerprint "
                + trace.fingerprintHex() + ":", lines, path.encoded());
        return new Reported(SimulationReport.render(test, run, replayCommand(), shown), violation);
    }

    /**
     * Renders the counterexample as a numbered list of moves after the violation.
     *
     * @return the text
     */
    public String describe() {
        StringBuilder text = new StringBuilder("expectation violated: ").append(expectation).append('\n');
        violations.forEach(v -> text.append("  ").append(v).append('\n'));
        int count = moves.size() - 1;
        text.append("path (").append(count).append(count == 1 ? " move" : " moves").append(" after the start):\n");
        for (int i = 0; i < moves.size(); i++) {
            text.append("  ").append(i).append(". ").append(moves.get(i)).append('\n');
        }
        return text.append("replay: ").append(replayCommand()).append('\n').toString();
    }
}
