package dev.simscaffold.plugin;

import javax.inject.Inject;
import org.apache.maven.archetype.common.ArchetypeArtifactManager;
import org.apache.maven.archetype.generator.ArchetypeGenerator;
import org.apache.maven.plugins.annotations.Mojo;

/** {@code sim-scaffold:help}: the goals, then the types with their properties, defaults and rules. */
@Mojo(name = "help", requiresProject = false, aggregator = true, threadSafe = true)
public class HelpMojo extends ScaffoldMojo {

    /**
     * @param artifacts resolves archetype jars
     * @param generator archetype-common's generator (unused here)
     */
    @Inject
    public HelpMojo(ArchetypeArtifactManager artifacts, ArchetypeGenerator generator) {
        super(artifacts, generator);
    }

    @Override
    void run() {
        print(describe(true));
    }
}
