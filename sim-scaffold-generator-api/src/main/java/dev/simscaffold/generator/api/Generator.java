package dev.simscaffold.generator.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The generator inside an archetype jar, as the sim-scaffold Maven plugin sees it: what it takes, what it refuses,
 * and the generation itself. An archetype provides one through {@link java.util.ServiceLoader}; the plugin finds it
 * with {@link Generators#load}. Every method is pure except {@link #generate}; values are copied, never evaluated.
 *
 * <p>The calls, in the order the plugin makes them: {@link #properties} (to warn about a misspelt {@code -D}),
 * {@link #refusal} on the user's values, {@link #values} for the request, then for a module added to a parent
 * {@link #parentCoordinates}, {@link #moduleProblem} and {@link #withModule}, and last {@link #generate}.
 */
public interface Generator {

    /**
     * Every property the archetype takes, in the order a listing shows them.
     *
     * @return the properties, with their defaults and rules in words
     */
    List<Property> properties();

    /**
     * The characters no value may contain, in words ("a dollar sign"), for a listing.
     *
     * @return the words, each once
     */
    List<String> unsafeCharacters();

    /**
     * Every property of a request: the value given, else the default, with {@code ${other}} in a default replaced
     * by the value of an earlier property.
     *
     * @param given the user's values, exactly as given
     * @return every property the archetype takes, in its order; null for one without value or default
     */
    Map<String, String> values(Map<String, String> given);

    /**
     * Why a request with these values is refused, checked before anything is written with the rules the
     * generation applies after the templates are written, so both refuse the same values.
     *
     * @param given the user's values, exactly as given
     * @return the first problem, or empty
     */
    Optional<Refusal> refusal(Map<String, String> given);

    /**
     * The coordinates of the parent pom a module is added to.
     *
     * @param parentPom the parent's pom.xml
     * @return its coordinates
     */
    ParentCoordinates parentCoordinates(Path parentPom);

    /**
     * Why {@code artifactId} cannot be listed as a module of a parent pom.
     *
     * @param parentPom the parent pom's text
     * @param artifactId the new module's artifactId
     * @return the problem, or empty
     */
    Optional<String> moduleProblem(String parentPom, String artifactId);

    /**
     * The parent pom with one {@code <module>} line more and every other character as it was.
     *
     * @param parentPom the parent pom's text
     * @param artifactId the new module's artifactId
     * @return the new text
     */
    String withModule(String parentPom, String artifactId);

    /**
     * Finishes a module whose templates have been written: validates it, gives the files their names, renders
     * what needs computed values and, inside a parent, writes its {@code <parent>}.
     *
     * @param request the values and where the templates were written
     * @return the report, or a refusal after the generator has removed what was written
     * @throws IllegalStateException when the module cannot be finished, after removing what was written
     */
    Outcome generate(GenerationRequest request);
}
