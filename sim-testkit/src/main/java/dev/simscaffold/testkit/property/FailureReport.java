package dev.simscaffold.testkit.property;

import dev.simscaffold.core.check.Counterexample;
import dev.simscaffold.core.check.Falsified;
import dev.simscaffold.core.check.SpanDecisions;
import dev.simscaffold.core.explore.Strategy;
import dev.simscaffold.testkit.replay.ReplayCommand;
import dev.simscaffold.testkit.replay.SimProperty;
import dev.simscaffold.testkit.replay.StrategyProperty;
import dev.simscaffold.testkit.replay.TestCoordinates;
import dev.simscaffold.testkit.report.FailedRun;
import dev.simscaffold.testkit.report.PropertyCase;
import dev.simscaffold.testkit.report.SimulationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The report of a failed property: the simulation report ({@link SimulationReport}: verdict, seed, strategy
 * and replay command, then the shrunk counterexample and the faults that fired, the timeline, the trace
 * files) with the property's parts in it; after the timeline, the decisions of the shrunk run's spans, other
 * failures met while shrinking, each with a command that replays exactly that case, and the original
 * counterexample. The choice sequence goes to the trace file.
 */
final class FailureReport {

    /** How many spans' decisions a report lists: a shrunk run rarely needs more to be understood. */
    private static final int MAX_DECISION_LINES = 8;
    /** How many other failures met while shrinking a report shows in full; the rest are counted. */
    private static final int MAX_ALSO_FOUND = 3;
    /** The lines each of those, and the original counterexample, may take. */
    private static final int MAX_CASE_LINES = 8;

    private FailureReport() {
    }

    /**
     * The short message: what failed, where the report is, and the replay command, in three lines that
     * read well in Surefire's summary.
     */
    static String summary(String name, Falsified<?> failure, Optional<TestCoordinates> test, Strategy strategy, ReplaySelfCheck selfCheck) {
        String head = "Property " + name + " falsified: " + failure.shrunk().origin() + " (seed " + failure.failingSeed()
                + (failure.alsoFound().isEmpty() ? "" : "; " + failure.alsoFound().size() + " other failure"
                        + (failure.alsoFound().size() == 1 ? "" : "s") + " found while shrinking")
                + ")\n  full report above, on standard output\n  ";
        return head + (selfCheck.replays() ? "replay: " + replay(failure, test, strategy)
                : SimulationReport.DOES_NOT_REPLAY + ": " + selfCheck.firstProblem());
    }

    /** The replay command: the seed, and the strategy unless it is the default order. */
    private static String replay(Falsified<?> failure, Optional<TestCoordinates> test, Strategy strategy) {
        return test.map(t -> ReplayCommand.of(t, failure.failingSeed()))
                .orElse("rerun the test with " + SimProperty.SEED.flag(failure.failingSeed())) + StrategyProperty.flag(strategy);
    }

    /**
     * Renders the report and writes its trace files.
     *
     * @param selfCheck the replays of the shrunk and original cases: the first shows the full trace when the failure's own
     *        trace does not keep every event, and a failure that did not replay gets no replay command
     */
    static String render(String name, Falsified<?> failure, Optional<TestCoordinates> test, Strategy strategy, String budget,
            ReplaySelfCheck selfCheck) {
        FailedRun run = FailedRun.of(failure.shrunk().failure(), failure.failingSeed(), selfCheck::shrunkReplay);
        List<String> shrunk = new ArrayList<>(shrunk(failure));
        shrunk.add(1, budget);
        PropertyCase property = new PropertyCase(header(name, failure), shrunk, value(failure.shrunk()),
                more(failure, test, strategy, selfCheck.replays()),
                strategy.name(), failure.shrunk().choices().size() + " choices: " + failure.shrunk().choices()
                        + "\nencoded (for -D" + SimProperty.REPLAY.key() + "): " + failure.shrunk().choices().encoded());
        return selfCheck.replays() ? SimulationReport.render(name, run, replay(failure, test, strategy), Optional.of(property))
                : SimulationReport.renderNotReplaying(name, run, selfCheck.problems(), Optional.of(property));
    }

    /**
     * Whether a budget ended the shrink, read from the engine's own {@link Falsified#shrinkEnd()}: the attempt
     * limit (deterministic) or the stop hook (the wall-time {@code shrinkTimeLimit}); a shrink that converged found
     * no smaller case failing the same way.
     *
     * @param maxAttempts the attempt limit the property ran with
     * @param deadline the wall-time stop hook, or {@code null} without a time limit
     * @return one line for the report's head
     */
    static String budget(Falsified<?> failure, int maxAttempts, ShrinkDeadline deadline) {
        int attempts = failure.shrinkAttempts();
        if (maxAttempts == 0) {
            return "Shrink: not shrunk (maxShrinkAttempts(0))";
        }
        return switch (failure.shrinkEnd()) {
            case STOP_HOOK -> deadline != null && deadline.fired()
                    ? "Shrink stopped by its time limit (shrinkTimeLimit " + deadline.limit() + ", after " + attempts
                            + " attempts): it may not be minimal, and a run on a faster machine may shrink further"
                    : "Shrink stopped by its stop hook (after " + attempts + " attempts): it may not be minimal";
            case ATTEMPT_BUDGET -> failure.alsoFound().isEmpty()
                    ? "Shrink stopped by its attempt budget (" + attempts + " of " + maxAttempts + " attempts): it may not be minimal;"
                            + " maxShrinkAttempts(..) raises the budget"
                    : "Shrink used its whole attempt budget (" + attempts + " of " + maxAttempts + " attempts, shared with the other"
                            + " failures found): a shrink may have stopped short; maxShrinkAttempts(..) raises the budget";
            case CONVERGED -> "Shrink finished within its budget (" + attempts + " of " + maxAttempts
                    + " attempts): no smaller case it tried fails the same way";
        };
    }

    private static String header(String name, Falsified<?> failure) {
        return "Property " + name + " falsified on try " + failure.triesRun()
                + " (seed " + failure.failingSeed() + ", base seed " + failure.seed() + ")";
    }

    private static List<String> shrunk(Falsified<?> failure) {
        Counterexample<?> shrunk = failure.shrunk();
        List<String> lines = new ArrayList<>();
        lines.add("Shrunk counterexample (" + failure.shrinkSteps() + " shrink steps, " + failure.shrinkAttempts() + " attempts; "
                + shrunk.choices().size() + " choices" + spans(shrunk) + "):");
        lines.addAll(value(shrunk));
        return lines;
    }

    private static List<String> more(Falsified<?> failure, Optional<TestCoordinates> test, Strategy strategy, boolean replays) {
        List<String> lines = new ArrayList<>(decisions(failure.shrunk()));
        lines.addAll(alsoFound(failure, test, strategy, replays));
        Counterexample<?> original = failure.original();
        lines.add("Original counterexample (" + original.choices().size() + " choices):");
        lines.addAll(SimulationReport.fit(SimulationReport.clip(value(original)), MAX_CASE_LINES, "(not shown: the shrunk case is the one to read)"));
        lines.addAll(SimulationReport.clip(List.of("Original failure: " + firstLine(original.failure()))));
        return lines;
    }

    /** What the shrunk run's top-level spans decided, beyond the simplest choices, the first few of them. */
    private static List<String> decisions(Counterexample<?> shrunk) {
        List<SpanDecisions> decisions = shrunk.decisions();
        if (decisions.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add("Decisions by span (choices other than the simplest):");
        lines.addAll(SimulationReport.clip(decisions.stream().limit(MAX_DECISION_LINES).map(decision -> "  " + decision).toList()));
        if (decisions.size() > MAX_DECISION_LINES) {
            lines.add("  ... " + (decisions.size() - MAX_DECISION_LINES) + " more");
        }
        return lines;
    }

    private static String spans(Counterexample<?> counterexample) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, Integer> count : counterexample.spanCounts().entrySet()) {
            text.append(", ").append(count.getValue()).append(' ').append(count.getKey());
        }
        return text.toString();
    }

    private static List<String> alsoFound(Falsified<?> failure, Optional<TestCoordinates> test, Strategy strategy, boolean replays) {
        if (failure.alsoFound().isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add("Also found while shrinking (" + failure.alsoFound().size() + " other failure"
                + (failure.alsoFound().size() == 1 ? "" : "s") + ", each shrunk on its own):");
        int number = 1;
        for (Counterexample<?> other : failure.alsoFound()) {
            if (number > MAX_ALSO_FOUND) {
                lines.add("  ... " + (failure.alsoFound().size() - MAX_ALSO_FOUND) + " more: rerun with a fix for the first ones to see them");
                break;
            }
            String replay = test.map(t -> ReplayCommand.ofCase(t, failure.failingSeed(), other.choices().encoded()))
                    .orElse("rerun the test with " + SimProperty.SEED.flag(failure.failingSeed()) + " " + SimProperty.REPLAY.flag(other.choices().encoded()))
                    + StrategyProperty.flag(strategy);
            List<String> entry = new ArrayList<>();
            entry.add("  " + number++ + ". " + other.origin());
            value(other).forEach(line -> entry.add("   " + line));
            entry.add("     " + firstLine(other.failure()));
            lines.addAll(SimulationReport.fit(SimulationReport.clip(entry), MAX_CASE_LINES, ""));
            lines.add(replays ? "     replay: " + replay : "     no replay command: the property's main failure does not replay, so neither may this one");
        }
        return lines;
    }

    private static List<String> value(Counterexample<?> counterexample) {
        if (counterexample.value() == null) {
            return List.of("  null (or no value: the generator itself threw)");
        }
        return Pretty.render(counterexample.value(), "  ").lines().toList();
    }

    /** The failure's type and the first line of its message: the original's details are in its own run. */
    private static String firstLine(Throwable failure) {
        String message = failure.getMessage() == null ? "" : failure.getMessage().strip();
        int newline = message.indexOf('\n');
        return failure.getClass().getName() + (message.isEmpty() ? "" : ": " + (newline < 0 ? message : message.substring(0, newline)));
    }
}
