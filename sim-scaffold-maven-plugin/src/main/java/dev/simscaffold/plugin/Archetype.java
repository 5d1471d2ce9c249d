package dev.simscaffold.plugin;

import dev.simscaffold.generator.api.Generator;
import dev.simscaffold.generator.api.Generators;
import java.io.File;
import org.apache.maven.archetype.common.ArchetypeArtifactManager;
import org.apache.maven.archetype.exception.UnknownArchetype;
import org.apache.maven.execution.MavenSession;

/**
 * An archetype jar resolved from the build's repositories, with its generator.
 *
 * @param type what it generates
 * @param jar the jar in the local repository
 * @param generator the archetype's generator, found through the generator API
 */
record Archetype(ArchetypeType type, File jar, Generator generator) {

    /**
     * Resolves the type's archetype the way archetype:generate does, from the local repository or the
     * project's remote repositories, and loads its generator on top of the plugin's class loader, which brings
     * the generator API and the Groovy the archetype's machine runs on.
     *
     * @throws IllegalStateException naming the coordinates when the archetype cannot be resolved, or naming both
     *     versions when it was built with another major version of the generator API
     */
    static Archetype resolve(ArchetypeType type, ArchetypeArtifactManager artifacts, MavenSession session) {
        try {
            File jar = artifacts.getArchetypeFile(type.groupId(), type.artifactId(), type.version(),
                    session.getCurrentProject().getRemoteProjectRepositories(), session.getRepositorySession());
            return new Archetype(type, jar, Generators.load(jar.toPath(), Archetype.class.getClassLoader(), type.coordinates()));
        } catch (UnknownArchetype e) {
            throw new IllegalStateException("cannot resolve the archetype " + type.coordinates() + " of type '" + type.name() + "': " + e.getMessage(), e);
        }
    }
}
