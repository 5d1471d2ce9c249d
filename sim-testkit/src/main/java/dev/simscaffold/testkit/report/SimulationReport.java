package dev.simscaffold.testkit.report;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.explore.Strategy;
import dev.simscaffold.core.trace.Timeline;
import dev.simscaffold.core.trace.TraceEvent;
import dev.simscaffold.testkit.replay.JUnitReplay;
import dev.simscaffold.testkit.replay.SimProperty;
import dev.simscaffold.testkit.replay.TestCoordinates;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The message a failed simulation test shows, in the order a reader needs it, on one screen: what failed;
 * the seed, the strategy and the command that replays just that case; where the shown trace comes from when
 * the failing run kept none in full (a re-run, or "nondeterministic"); the shrunk inputs and the faults that
 * fired (for a property), all within the first {@value #HEAD_LINES} lines; then the events where the
 * failure happened as a timeline; where the full trace and its sequence diagram were written; and, for a
 * property, other failures met while shrinking and the original counterexample. A report never exceeds
 * {@value #MAX_LINES} lines: whatever does not fit is in the trace file, which also holds the whole
 * timeline and the choice sequence.
 */
@Api(Api.Status.EXPERIMENTAL)
public final class SimulationReport {

    /** The most lines a report has; the rest of what a run left is in its trace file. */
    public static final int MAX_LINES = 200;
    /** The lines that hold the verdict, seed, strategy, replay command, shrunk inputs and faults. */
    public static final int HEAD_LINES = 40;
    /** The verdict's share of the head: its heading and the first lines of what was wrong. */
    static final int VERDICT_LINES = 6;
    /** The shrunk counterexample's share of the head, its heading included. */
    public static final int SHRUNK_LINES = 16;
    /** The faults' share of the head, their heading included. */
    static final int FAULT_LINES = 13;
    /** How many faults the head lists before counting the rest. */
    private static final int FAULT_ACTIONS = 9;
    /** The timeline's share, its heading excluded. */
    static final int WINDOW_LINES = 30;
    /** The lines that say why a failure does not replay, and where its runs part. */
    static final int NOT_REPLAYING_LINES = 24;
    /** The first line of the report of a failure whose replays did not give it back. */
    public static final String DOES_NOT_REPLAY = FailedRun.NONDETERMINISTIC + ": this failure does not replay";
    /** What stands where the replay command would be, in the report and its trace files. */
    public static final String NO_REPLAY = "no replay command (the seed does not give this failure back; fix the nondeterminism first)";
    /** The widest line of a value, a message or an event a report prints; replay commands are never cut. */
    public static final int MAX_WIDTH = 240;

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
     * Writes the trace files and renders the report of a plain simulation run.
     *
     * @param testName the test, as {@code Class#method}
     * @param run the failing run
     * @param replayCommand the command that replays just this case
     * @return the report
     */
    public static String render(String testName, FailedRun run, String replayCommand) {
        return render(testName, run, replayCommand, Optional.empty());
    }

    /**
     * Writes the trace files and renders the report.
     *
     * @param testName the test, as {@code Class#method}
     * @param run the failing run
     * @param replayCommand the command that replays just this case
     * @param property what a property adds (shrunk counterexample, strategy, choices), if the run is a property's
     * @return the report, at most {@value #MAX_LINES} lines
     */
    public static String render(String testName, FailedRun run, String replayCommand, Optional<PropertyCase> property) {
        return render(testName, run, Optional.of(replayCommand), List.of(), property, Optional.empty());
    }

    /**
     * Writes the trace files and renders the report of a model checker's counterexample: the report of any
     * simulated run, with the path that replays it where a seed would be, and its moves.
     *
     * @param testName the test, as {@code Class#method}
     * @param run the counterexample's run, replayed with a full trace
     * @param replayCommand the command that replays just this path ({@code -Dsim.path})
     * @param path the path and its moves
     * @return the report, at most {@value #MAX_LINES} lines
     */
    public static String render(String testName, FailedRun run, String replayCommand, PathCase path) {
        return render(testName, run, Optional.of(replayCommand), List.of(), Optional.empty(), Optional.of(path));
    }

    /**
     * Writes the trace files and renders the report of a failure that did not replay from its seed: the verdict
     * begins with {@value #DOES_NOT_REPLAY}, and where a replay command would be, the report says what the
     * replays did and where the runs part. No replay command is printed, in the report, its trace files or
     * its IDE snippet: the seed does not give this failure back, and a command that seems to would send the
     * reader after a bug that is not there.
     *
     * @param testName the test, as {@code Class#method}
     * @param run the failing run
     * @param why what the replays did and the first divergence, one entry per line
     * @param property what a property adds, if the run is a property's
     * @return the report, at most {@value #MAX_LINES} lines
     */
    public static String renderNotReplaying(String testName, FailedRun run, List<String> why, Optional<PropertyCase> property) {
        if (why.isEmpty()) {
            throw new IllegalArgumentException("a failure that does not replay needs the reason it does not, got none");
        }
        return render(testName, run, Optional.empty(), why, property, Optional.empty());
    }

    private static String render(String testName, FailedRun run, Optional<String> replayCommand, List<String> why, Optional<PropertyCase> property,
            Optional<PathCase> path) {
        List<TraceEvent> events = run.events();
        EventWindow window = EventWindow.of(run.failure(), events);
        FaultDigest faults = FaultDigest.of(events.subList(0, window.to()));
        TraceFiles files = TraceFiles.write(testName, run, replayCommand.orElse(NO_REPLAY), property, path, window, faults);

        List<String> lines = new ArrayList<>();
        if (replayCommand.isEmpty()) {
            lines.add(DOES_NOT_REPLAY);
        }
        lines.addAll(fit(clip(verdict(run.failure())), VERDICT_LINES, "(the whole message is in " + files.text() + ")"));
        lines.add(seedLine(testName, run, property, path));
        if (replayCommand.isPresent()) {
            lines.add("replay just this case:");
            lines.add("  " + replayCommand.get());
        } else {
            lines.add(NO_REPLAY + ":");
            lines.addAll(fit(clip(why), NOT_REPLAYING_LINES, "(all in the test's output)"));
        }
        if (!run.rerun().isEmpty()) {
            lines.addAll(clip(List.of("trace: " + run.rerun())));
        }
        property.ifPresent(p -> {
            lines.add(p.heading());
            lines.addAll(fit(clip(p.shrunk()), SHRUNK_LINES, "(the whole counterexample is in " + files.text() + ")"));
        });
        path.ifPresent(p -> {
            lines.add(p.heading());
            lines.addAll(fit(clip(p.moves()), SHRUNK_LINES, "(every move is in " + files.text() + ")"));
        });
        if (!events.isEmpty()) {
            lines.addAll(fit(clip(faults.render(until(run), FAULT_ACTIONS)), FAULT_LINES, "(all in the trace file)"));
            lines.addAll(clip(List.of(window.title())));
            lines.addAll(clip(timeline(events.subList(window.from(), window.to()))));
        }
        lines.add("full trace: " + files.text() + run.trace().map(t -> t.states().isEmpty() ? " (every event and fault)"
                : " (every event and fault, each node's state)").orElse(""));
        lines.add("sequence diagram: " + files.diagram());
        if (replayCommand.isPresent()) {
            TestCoordinates.ofCallingTest().ifPresent(test -> lines.addAll(JUnitReplay.snippet(test, replayProperties(run, property, path))));
        }
        property.ifPresent(p -> lines.addAll(p.more()));
        return String.join("\n", fit(lines, MAX_LINES, "(report cut at " + MAX_LINES + " lines; the trace file has the rest)")) + "\n";
    }

    /**
     * What failed, first: the invariant and what it reported, or the failure's type and message (a history
     * check's message begins with its verdict and the first operation it could not place).
     *
     * @param failure what the run threw
     * @return the lines, uncut
     */
    static List<String> verdict(Throwable failure) {
        List<String> lines = new ArrayList<>();
        Optional<InvariantViolationError> violation = violationIn(failure);
        if (violation.isPresent()) {
            lines.add("invariant violated: " + violation.get().invariant());
            violation.get().violations().forEach(v -> lines.add("  " + v));
            return lines;
        }
        String message = failure.getMessage() == null ? "" : failure.getMessage().strip();
        List<String> messageLines = message.lines().toList();
        if (failure instanceof HistoryFailure && !messageLines.isEmpty()) {
            lines.add(messageLines.get(0));
        } else {
            lines.add(failure.getClass().getName() + (messageLines.isEmpty() ? "" : ": " + messageLines.get(0)));
        }
        messageLines.stream().skip(1).forEach(line -> lines.add("  " + line));
        return lines;
    }

    private static String seedLine(String testName, FailedRun run, Optional<PropertyCase> property, Optional<PathCase> path) {
        StringBuilder line = new StringBuilder(caseName(run, path));
        violationIn(run.failure()).ifPresent(v -> line.append(", step ").append(v.step()).append(", ").append(v.time()));
        line.append(" in ").append(testName);
        property.ifPresent(p -> line.append(" (strategy ").append(p.strategy()).append(')'));
        return line.toString();
    }

    /** What selects the case: {@code seed <seed>}, or for a model checker's counterexample {@code path <path>}. */
    static String caseName(FailedRun run, Optional<PathCase> path) {
        return path.map(p -> "path " + p.path()).orElse("seed " + run.seed());
    }

    /**
     * The system properties the replay command sets, for the IDE snippet: the seed, and a strategy other than
     * the default; for a model checker's counterexample, its path.
     */
    private static Map<String, String> replayProperties(FailedRun run, Optional<PropertyCase> property, Optional<PathCase> path) {
        Map<String, String> properties = new LinkedHashMap<>();
        if (path.isPresent()) {
            properties.put(SimProperty.PATH.key(), path.get().path());
            return properties;
        }
        properties.put(SimProperty.SEED.key(), Long.toString(run.seed()));
        property.map(PropertyCase::strategy).filter(strategy -> !strategy.equals(Strategy.uniform().name()))
                .ifPresent(strategy -> properties.put(SimProperty.STRATEGY.key(), strategy));
        return properties;
    }

    private static String until(FailedRun run) {
        return run.failure() instanceof HistoryFailure ? "up to that operation" : "up to the failure";
    }

    /** The window's events, the middle left out when there are more than fit. */
    private static List<String> timeline(List<TraceEvent> events) {
        List<String> lines = new ArrayList<>(Timeline.render(events).lines().toList());
        if (lines.size() <= WINDOW_LINES) {
            return lines;
        }
        int head = WINDOW_LINES * 2 / 5;
        int tail = WINDOW_LINES - head - 1;
        List<String> cut = new ArrayList<>(lines.subList(0, head));
        cut.add("  ... " + (lines.size() - head - tail) + " events (in the trace file) ...");
        cut.addAll(lines.subList(lines.size() - tail, lines.size()));
        return cut;
    }

    /**
     * Cuts lines wider than {@value #MAX_WIDTH} characters, saying how much was left out: a record holding a
     * long list prints as one line, and a report is read on a screen. The trace file has every line whole.
     *
     * @param lines the lines
     * @return the lines, none wider than {@value #MAX_WIDTH}
     */
    public static List<String> clip(List<String> lines) {
        List<String> clipped = new ArrayList<>(lines.size());
        for (String line : lines) {
            if (line.length() <= MAX_WIDTH) {
                clipped.add(line);
            } else {
                String more = " ... (" + line.length() + " characters; whole in the trace file)";
                clipped.add(line.substring(0, MAX_WIDTH - more.length()) + more);
            }
        }
        return clipped;
    }

    /**
     * Keeps at most {@code max} lines; when there are more, the last kept line says how many were left out
     * and where they are.
     *
     * @param lines the lines
     * @param max the most to keep
     * @param where where the rest is
     * @return the lines that fit
     */
    public static List<String> fit(List<String> lines, int max, String where) {
        if (lines.size() <= max) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, max - 1));
        kept.add("  ... " + (lines.size() - max + 1) + " more lines " + where);
        return kept;
    }
}
