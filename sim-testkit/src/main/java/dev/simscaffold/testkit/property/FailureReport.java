package dev.simscaffold.testkit.property;

import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.check.Counterexample;
import dev.simscaffold.core.check.Falsified;
import dev.simscaffold.core.check.SpanDecisions;
import dev.simscaffold.core.explore.Strategy;
import dev.simscaffold.testkit.replay.ReplayCommand;
import dev.simscaffold.testkit.replay.TestCoordinates;
import dev.simscaffold.testkit.report.SimulationReport;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The message of a failed property, in the order a reader needs it. When the shrunk failure is a broken
 * simulation invariant, the simulation report leads (invariant, seed and replay command, shrunk inputs
 * and the faults that fired, last events, trace files); otherwise: what failed and with which seed, the
 * shrunk counterexample, the failure and the replay command. Other failures met while shrinking follow,
 * each with a command that replays exactly that case; then the original counterexample and the choices.
 */
final class FailureReport {

    /** How many spans' decisions a report lists: a shrunk run rarely needs more to be understood. */
    private static final int MAX_DECISION_LINES = 12;

    private FailureReport() {
    }

    /**
     * The short message: what failed, where the report is, and the replay command, in three lines that
     * read well in Surefire's summary.
     */
    static String summary(String name, Falsified<?> failure, Optional<TestCoordinates> test, Strategy strategy) {
        return "Property " + name + " falsified: " + failure.shrunk().origin() + " (seed " + failure.failingSeed()
                + (failure.alsoFound().isEmpty() ? "" : "; " + failure.alsoFound().size() + " other failure"
                        + (failure.alsoFound().size() == 1 ? "" : "s") + " found while shrinking")
                + ")\n  full report above, on standard output\n  replay: " + replay(failure, test, strategy);
    }

    /** The replay command: the seed, and the strategy unless it is the default order. */
    private static String replay(Falsified<?> failure, Optional<TestCoordinates> test, Strategy strategy) {
        return test.map(t -> ReplayCommand.of(t, failure.failingSeed()))
                .orElse("rerun the test with -Dsim.seed=" + failure.failingSeed()) + StrategyProperty.flag(strategy);
    }

    static String render(String name, Falsified<?> failure, Optional<TestCoordinates> test, Strategy strategy) {
        String replay = replay(failure, test, strategy);
        Optional<InvariantViolationError> violation = SimulationReport.violationIn(failure.shrunk().failure())
                .filter(v -> v.trace() != null);
        String main = violation.isPresent()
                ? SimulationReport.render(name, violation.get(), replay, Optional.of(header(name, failure) + shrunk(failure)))
                : header(name, failure) + shrunk(failure)
                        + "Failure: " + describe(failure.shrunk().failure()) + '\n'
                        + "Replay only this case:\n  " + replay + '\n';
        return main + alsoFound(failure, test, strategy) + original(failure);
    }

    private static String header(String name, Falsified<?> failure) {
        return "Property " + name + " falsified on try " + failure.triesRun()
                + " (seed " + failure.failingSeed() + ", base seed " + failure.seed() + ")\n";
    }

    private static String shrunk(Falsified<?> failure) {
        Counterexample<?> shrunk = failure.shrunk();
        return "Shrunk counterexample (" + failure.shrinkSteps() + " shrink steps, " + failure.shrinkAttempts() + " attempts; "
                + shrunk.choices().size() + " choices" + spans(shrunk) + "):\n"
                + value(shrunk) + '\n'
                + FiredFaults.render(shrunk.failure())
                + decisions(shrunk);
    }

    /** What the shrunk run's top-level spans decided, beyond the simplest choices, the first few of them. */
    private static String decisions(Counterexample<?> shrunk) {
        List<SpanDecisions> decisions = shrunk.decisions();
        if (decisions.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder("Decisions by span (choices other than the simplest):\n");
        decisions.stream().limit(MAX_DECISION_LINES).forEach(decision -> text.append("  ").append(decision).append('\n'));
        if (decisions.size() > MAX_DECISION_LINES) {
            text.append("  ... ").append(decisions.size() - MAX_DECISION_LINES).append(" more\n");
        }
        return text.toString();
    }

    private static String spans(Counterexample<?> counterexample) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, Integer> count : counterexample.spanCounts().entrySet()) {
            text.append(", ").append(count.getValue()).append(' ').append(count.getKey());
        }
        return text.toString();
    }

    private static String alsoFound(Falsified<?> failure, Optional<TestCoordinates> test, Strategy strategy) {
        if (failure.alsoFound().isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder("Also found while shrinking (" + failure.alsoFound().size() + " other failure"
                + (failure.alsoFound().size() == 1 ? "" : "s") + ", each shrunk on its own):\n");
        int number = 1;
        for (Counterexample<?> other : failure.alsoFound()) {
            String replay = test.map(t -> ReplayCommand.ofCase(t, failure.failingSeed(), other.choices().encoded()))
                    .orElse("rerun the test with -Dsim.seed=" + failure.failingSeed() + " -Dsim.replay=" + other.choices().encoded())
                    + StrategyProperty.flag(strategy);
            text.append("  ").append(number++).append(". ").append(other.origin()).append('\n')
                    .append(Pretty.render(other.value(), "     ")).append('\n')
                    .append("     ").append(describe(other.failure()).replace("\n", "\n     ")).append('\n')
                    .append("     replay: ").append(replay).append('\n');
        }
        return text.toString();
    }

    private static String original(Falsified<?> failure) {
        Counterexample<?> shrunk = failure.shrunk();
        Counterexample<?> original = failure.original();
        return "Original counterexample (" + original.choices().size() + " choices):\n"
                + value(original) + '\n'
                + "Original failure: " + firstLine(original.failure()) + '\n'
                + "Shrunk choices (" + shrunk.choices().size() + "): " + shrunk.choices();
    }

    private static String value(Counterexample<?> counterexample) {
        if (counterexample.value() == null) {
            return "  null (or no value: the generator itself threw)";
        }
        return Pretty.render(counterexample.value(), "  ");
    }

    /** The failure's type and the first line of its message: the original's details are in its own run. */
    private static String firstLine(Throwable failure) {
        String described = describe(failure);
        int newline = described.indexOf('\n');
        return newline < 0 ? described : described.substring(0, newline);
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        String firstLines = message == null ? "" : message.strip();
        return failure.getClass().getName() + (firstLines.isEmpty() ? "" : ": " + firstLines.replace("\n", "\n    "));
    }
}
