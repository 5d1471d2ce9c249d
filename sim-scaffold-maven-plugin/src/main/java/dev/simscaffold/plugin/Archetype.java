package dev.simscaffold.plugin;

import java.io.File;
import org.apache.maven.archetype.common.ArchetypeArtifactManager;
import org.apache.maven.archetype.exception.UnknownArchetype;
import org.apache.maven.execution.MavenSession;

/**
 * An archetype jar resolved from the build's repositories, with its machine.
 *
 * @param type what it generates
 * @param jar the jar in the local repository
 * @param machine the post-generate machine loaded from the jar
 */
record Archetype(ArchetypeType type, File jar, Machine machine) {

    /**
     * Resolves the type's archetype the way archetype:generate does, from the local repository or the
     * project's remote repositories.
     *
     * @throws IllegalStateException naming the coordinates when the archetype cannot be resolved
     */
    static Archetype resolve(ArchetypeType type, ArchetypeArtifactManager artifacts, MavenSession session) {
        try {
            File jar = artifacts.getArchetypeFile(type.groupId(), type.artifactId(), type.version(),
                    session.getCurrentProject().getRemoteProjectRepositories(), session.getRepositorySession());
            return new Archetype(type, jar, new Machine(artifacts.getArchetypeJarLoader(jar)));
        } catch (UnknownArchetype e) {
            throw new IllegalStateException("cannot resolve the archetype " + type.coordinates() + " of type '" + type.name() + "': " + e.getMessage(), e);
        }
    }
}
