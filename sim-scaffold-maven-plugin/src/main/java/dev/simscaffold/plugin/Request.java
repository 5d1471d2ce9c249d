package dev.simscaffold.plugin;

import dev.simscaffold.generator.api.Refusal;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A generation that has passed every check: its values are the archetype's rules' to judge, its module
 * directory is a new child of the working directory.
 *
 * @param archetype what generates the module
 * @param values every property the archetype declares
 * @param workingDirectory where the user ran Maven
 * @param moduleDirectory the module's directory, {@code workingDirectory/artifactId}
 */
record Request(Archetype archetype, Map<String, String> values, Path workingDirectory, Path moduleDirectory) {

    /** Copies the values, in the descriptor's order. */
    Request {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * Checks a request before anything is written: every property with the archetype's own rules, then
     * that the artifactId names a directory that is a new child of the working directory.
     *
     * @param given the user's values (Maven's user properties), copied and never evaluated
     * @throws IllegalArgumentException with the first problem, naming the property (or where a default came
     *     from) and its value
     */
    static Request validate(Archetype archetype, Map<String, String> given, Path workingDirectory) {
        Map<String, String> values = archetype.generator().values(given);
        Optional<Refusal> refusal = archetype.generator().refusal(given);
        if (refusal.isPresent()) {
            throw new IllegalArgumentException(refusal.get().message());
        }
        String artifactId = values.get("artifactId");
        Path moduleDirectory = workingDirectory.resolve(artifactId).normalize();
        if (!workingDirectory.equals(moduleDirectory.getParent()) || !moduleDirectory.getFileName().toString().equals(artifactId)) {
            throw new IllegalArgumentException("property 'artifactId' = '" + artifactId + "' is not a plain directory name");
        }
        if (Files.exists(moduleDirectory, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException("property 'artifactId' = '" + artifactId + "': " + moduleDirectory
                    + " already exists; choose another artifactId or generate elsewhere");
        }
        return new Request(archetype, values, workingDirectory, moduleDirectory);
    }

    /** The module's artifactId, its directory's name. */
    String artifactId() {
        return values.get("artifactId");
    }
}
