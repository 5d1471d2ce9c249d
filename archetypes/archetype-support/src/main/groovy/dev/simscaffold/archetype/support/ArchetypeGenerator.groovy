package dev.simscaffold.archetype.support

import dev.simscaffold.generator.api.GenerationRequest
import dev.simscaffold.generator.api.Generator
import dev.simscaffold.generator.api.Outcome
import dev.simscaffold.generator.api.ParentCoordinates
import dev.simscaffold.generator.api.Property
import dev.simscaffold.generator.api.Refusal

import java.lang.management.ManagementFactory
import java.nio.file.Path

/**
 * The machine as the generator API's {@link Generator}: what the sim-scaffold Maven plugin finds in an archetype
 * jar with ServiceLoader (META-INF/services). Every call is the one the post-generate entry makes after
 * archetype:generate, so the plugin and archetype:generate refuse the same values with the same messages.
 */
final class ArchetypeGenerator implements Generator {

    /** The archetype jar's resources: descriptor, spec, rules and templates. */
    private final ClassLoader resources

    /** For ServiceLoader: the resources of the jar this class was loaded from, and of no other. */
    ArchetypeGenerator() {
        this(new URLClassLoader([ArchetypeGenerator.protectionDomain.codeSource.location] as URL[], (ClassLoader) null))
    }

    /** @param resources a class loader over the archetype jar (or, in the machine's cases, a fixture) */
    ArchetypeGenerator(ClassLoader resources) {
        this.resources = resources
    }

    @Override
    List<Property> properties() {
        return FrontDoor.help(resources).collect { new Property(it.key, it.defaultValue, it.rule) }
    }

    @Override
    List<String> unsafeCharacters() {
        return FrontDoor.unsafeCharacters()
    }

    @Override
    Map<String, String> values(Map<String, String> given) {
        return FrontDoor.values(resources, given)
    }

    @Override
    Optional<Refusal> refusal(Map<String, String> given) {
        return Optional.ofNullable(FrontDoor.refusal(resources, given))
    }

    @Override
    ParentCoordinates parentCoordinates(Path parentPom) {
        Map<String, String> coordinates = new ParentProject(parentPom.toFile()).coordinates()
        return new ParentCoordinates(coordinates.groupId, coordinates.artifactId, coordinates.version)
    }

    @Override
    Optional<String> moduleProblem(String parentPom, String artifactId) {
        return Optional.ofNullable(ModuleEntry.problem(parentPom, artifactId))
    }

    @Override
    String withModule(String parentPom, String artifactId) {
        return ModuleEntry.add(parentPom, artifactId)
    }

    @Override
    Outcome generate(GenerationRequest request) {
        long runStart = ManagementFactory.runtimeMXBean.startTime
        return new Generation(resources, request.values(), request.outputDirectory().toFile(), runStart, request.shownDirectory().toFile()).run()
    }
}
