package dev.simscaffold.testkit.property;

import dev.simscaffold.core.check.Counterexample;
import dev.simscaffold.core.check.Falsified;
import dev.simscaffold.testkit.replay.ReplayCommand;
import dev.simscaffold.testkit.replay.TestCoordinates;
import java.util.Optional;

/**
 * The message of a failed property, in the order a reader needs it: what failed and with which seed,
 * the shrunk counterexample, the command that replays it, then the original counterexample and the
 * choices for the curious.
 */
final class FailureReport {

    private FailureReport() {
    }

    static String render(String name, Falsified<?> failure, Optional<TestCoordinates> test) {
        Counterexample<?> shrunk = failure.shrunk();
        Counterexample<?> original = failure.original();
        StringBuilder text = new StringBuilder();
        text.append("Property ").append(name).append(" falsified on try ").append(failure.triesRun())
                .append(" (seed ").append(failure.failingSeed()).append(", base seed ").append(failure.seed()).append(")\n");
        text.append("Shrunk counterexample (").append(failure.shrinkSteps()).append(" shrink steps, ")
                .append(failure.shrinkAttempts()).append(" attempts):\n");
        text.append(value(shrunk)).append('\n');
        text.append("Failure: ").append(describe(shrunk.failure())).append('\n');
        text.append("Replay only this case:\n  ").append(test.map(t -> ReplayCommand.of(t, failure.failingSeed()))
                .orElse("rerun the test with -Dsim.seed=" + failure.failingSeed())).append('\n');
        text.append("Original counterexample (").append(original.choices().size()).append(" choices):\n");
        text.append(value(original)).append('\n');
        text.append("Original failure: ").append(describe(original.failure())).append('\n');
        text.append("Shrunk choices (").append(shrunk.choices().size()).append("): ").append(shrunk.choices());
        return text.toString();
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
