package dev.simscaffold.plugin;

import javax.inject.Inject;
import org.apache.maven.archetype.common.ArchetypeArtifactManager;
import org.apache.maven.archetype.generator.ArchetypeGenerator;
import org.apache.maven.plugins.annotations.Mojo;

/** {@code sim-scaffold:list}: the types, their properties, defaults and rules. */
@Mojo(name = "list", requiresProject = false, aggregator = true, threadSafe = true)
public class ListMojo extends ScaffoldMojo {

    /**
     * @param artifacts resolves archetype jars
     * @param generator archetype-common's generator (unused here)
     */
    @Inject
    public ListMojo(ArchetypeArtifactManager artifacts, ArchetypeGenerator generator) {
        super(artifacts, generator);
    }

    @Override
    void run() {
        print(describe(false));
    }
}
