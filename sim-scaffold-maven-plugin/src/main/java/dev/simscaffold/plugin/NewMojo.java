package dev.simscaffold.plugin;

import javax.inject.Inject;
import org.apache.maven.archetype.common.ArchetypeArtifactManager;
import org.apache.maven.archetype.generator.ArchetypeGenerator;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * {@code sim-scaffold:new -Dtype=coordination -DgroupId=... -DartifactId=...}: a standalone module in
 * {@code ./artifactId}. Every property is checked with the archetype's rules before anything is written.
 */
@Mojo(name = "new", requiresProject = false, aggregator = true, threadSafe = true)
public class NewMojo extends ScaffoldMojo {

    /**
     * @param artifacts resolves archetype jars
     * @param generator archetype-common's generator
     */
    @Inject
    public NewMojo(ArchetypeArtifactManager artifacts, ArchetypeGenerator generator) {
        super(artifacts, generator);
    }

    @Override
    void run() {
        Request request = Request.validate(requestedArchetype(), given(), workingDirectory());
        print(generation().generate(request, null));
    }
}
