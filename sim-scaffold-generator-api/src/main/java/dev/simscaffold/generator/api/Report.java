package dev.simscaffold.generator.api;

import java.util.Objects;

/**
 * What a finished generation reports: the module, its place, the checks it ships with, the next steps and the
 * commands that run and replay its tests, as the text archetype:generate prints after it.
 *
 * @param text the report, one line per line, ending with a line break
 */
public record Report(String text) implements Outcome {

    /**
     * Checks that there is a text.
     *
     * @param text the report
     * @throws NullPointerException when it is missing
     */
    public Report {
        Objects.requireNonNull(text, "text");
    }
}
