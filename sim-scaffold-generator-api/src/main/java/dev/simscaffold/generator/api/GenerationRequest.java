package dev.simscaffold.generator.api;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A generation to finish: the archetype's templates have been written in {@code outputDirectory/artifactId}
 * (next to a copy of the parent pom, for a module added to a parent), and the generator validates, completes and
 * reports the module there.
 *
 * @param values every property of the request, in the archetype's order
 * @param outputDirectory where the templates were written; the module is its {@code artifactId} subdirectory
 * @param shownDirectory the directory the report names instead of {@code outputDirectory}: where the module will
 *     live once the caller moves it (the same directory when it is not moved)
 */
public record GenerationRequest(Map<String, String> values, Path outputDirectory, Path shownDirectory) {

    /**
     * Copies the values in their order, so the request stays as made.
     *
     * @param values every property
     * @param outputDirectory where the templates were written
     * @param shownDirectory the directory the report names
     */
    public GenerationRequest {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(shownDirectory, "shownDirectory");
    }
}
