package dev.simscaffold.testkit.report;

import dev.simscaffold.core.Api;
import java.util.List;
import java.util.Objects;

/**
 * What a property adds to a simulation's report: the heading (which try failed, with which seeds), the
 * shrunk counterexample, the sections that follow the timeline (other failures met while shrinking, the
 * original counterexample), the strategy, and the choice sequence, which goes to the trace file only: a
 * shrunk protocol run makes thousands of choices, and a report is read on a screen.
 *
 * @param heading the first line of the property's part, such as {@code Property X falsified on try 3 (...)}
 * @param shrunk the shrunk counterexample with how the shrink went, one entry per line, for the report
 * @param value the shrunk value alone, one entry per line, for the trace file: the file is about the case, so
 *        it holds nothing that depends on how the shrink went (steps, attempts, budgets), only on its result
 * @param more the sections after the timeline, one entry per line
 * @param strategy the schedule strategy in its text form ({@code uniform}, {@code pct:3})
 * @param choices the shrunk case's choice sequence, for the trace file
 */
@Api(Api.Status.INTERNAL)
public record PropertyCase(String heading, List<String> shrunk, List<String> value, List<String> more, String strategy, String choices) {

    /**
     * Copies the lists.
     *
     * @param heading the {@code heading} component
     * @param shrunk the {@code shrunk} component
     * @param value the {@code value} component
     * @param more the {@code more} component
     * @param strategy the {@code strategy} component
     * @param choices the {@code choices} component
     */
    public PropertyCase {
        Objects.requireNonNull(heading, "heading");
        shrunk = List.copyOf(shrunk);
        value = List.copyOf(value);
        more = List.copyOf(more);
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(choices, "choices");
    }
}
