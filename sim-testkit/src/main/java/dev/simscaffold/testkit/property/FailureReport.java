package dev.simscaffold.testkit.property;

import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.check.Counterexample;
import dev.simscaffold.core.check.Falsified;
import dev.simscaffold.testkit.replay.ReplayCommand;
import dev.simscaffold.testkit.replay.TestCoordinates;
import dev.simscaffold.testkit.report.SimulationReport;
import java.util.Optional;

/**
 * The message of a failed property, in the order a reader needs it. When the shrunk failure is a broken
 * simulation invariant, the simulation report leads (invariant, seed and replay command, shrunk inputs
 * and faults, last events, trace files); otherwise: what failed and with which seed, the shrunk
 * counterexample, the failure and the replay command. The original counterexample and the choices
 * follow for the curious.
 */
final class FailureReport {

    private FailureReport() {
    }

    static String render(String name, Falsified<?> failure, Optional<TestCoordinates> test) {
        String replay = test.map(t -> ReplayCommand.of(t, failure.failingSeed()))
                .orElse("rerun the test with -Dsim.seed=" + failure.failingSeed());
        Optional<InvariantViolationError> violation = SimulationReport.violationIn(failure.shrunk().failure())
                .filter(v -> v.trace() != null);
        if (violation.isPresent()) {
            return SimulationReport.render(name, violation.get(), replay, Optional.of(header(name, failure) + shrunk(failure)))
                    + original(failure);
        }
        return header(name, failure) + shrunk(failure)
                + "Failure: " + describe(failure.shrunk().failure()) + '\n'
                + "Replay only this case:\n  " + replay + '\n'
                + original(failure);
    }

    private static String header(String name, Falsified<?> failure) {
        return "Property " + name + " falsified on try " + failure.triesRun()
                + " (seed " + failure.failingSeed() + ", base seed " + failure.seed() + ")\n";
    }

    private static String shrunk(Falsified<?> failure) {
        return "Shrunk counterexample (" + failure.shrinkSteps() + " shrink steps, " + failure.shrinkAttempts() + " attempts):\n"
                + value(failure.shrunk()) + '\n';
    }

    private static String original(Falsified<?> failure) {
        Counterexample<?> shrunk = failure.shrunk();
        Counterexample<?> original = failure.original();
        return "Original counterexample (" + original.choices().size() + " choices):\n"
                + value(original) + '\n'
                + "Original failure: " + describe(original.failure()) + '\n'
                + "Shrunk choices (" + shrunk.choices().size() + "): " + shrunk.choices();
    }

    private static String value(Counterexample<?> counterexample) {
        if (counterexample.value() == null) {
            return "  null (or no value: the generator itself threw)";
        }
        return Pretty.render(counterexample.value(), "  ");
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        String firstLines = message == null ? "" : message.strip();
        return failure.getClass().getName() + (firstLines.isEmpty() ? "" : ": " + firstLines.replace("\n", "\n    "));
    }
}
