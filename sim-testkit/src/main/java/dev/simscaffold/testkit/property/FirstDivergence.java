package dev.simscaffold.testkit.property;

import dev.simscaffold.core.trace.Trace;
import dev.simscaffold.testkit.determinism.DeterminismCheck;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Where two runs of one case part, in the words of the determinism package's divergence locator: the first
 * differing event of each run (index, time, node, kind, detail) and the events both agree on before it. The
 * locator is reached through {@link DeterminismCheck#assertDeterministic(long, java.util.function.LongFunction)},
 * handed the two traces already run, so a property's self-check and a double run say it the same way as
 * {@code DeterminismCheck} does.
 */
final class FirstDivergence {

    private FirstDivergence() {
    }

    /**
     * Describes where two traces of one seed part.
     *
     * @param seed the seed both ran with, for the locator's message
     * @param first the first run's trace, in full-trace mode to name the event
     * @param second the second run's trace
     * @return the description, empty when the two traces are the same run
     */
    static Optional<String> between(long seed, Trace first, Trace second) {
        if (first == second || first.fingerprint() == second.fingerprint() && first.size() == second.size()) {
            return Optional.empty();
        }
        Iterator<Trace> runs = List.of(first, second).iterator();
        try {
            DeterminismCheck.assertDeterministic(seed, s -> runs.next());
            return Optional.empty();
        } catch (AssertionError differ) {
            String message = String.valueOf(differ.getMessage());
            return Optional.of(message.substring(message.indexOf('\n') + 1));
        }
    }
}
