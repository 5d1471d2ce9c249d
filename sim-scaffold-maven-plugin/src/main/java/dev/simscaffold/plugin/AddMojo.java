package dev.simscaffold.plugin;

import java.nio.file.Path;
import javax.inject.Inject;
import org.apache.maven.archetype.common.ArchetypeArtifactManager;
import org.apache.maven.archetype.generator.ArchetypeGenerator;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * {@code sim-scaffold:add -Dtype=coordination -DartifactId=...}, run in a pom-packaging project: generates
 * {@code ./artifactId} inheriting the project, and lists it in the project's pom.xml with one inserted
 * {@code <module>} line; every other byte of that file stays as it was.
 */
@Mojo(name = "add", requiresProject = false, aggregator = true, threadSafe = true)
public class AddMojo extends ScaffoldMojo {

    /**
     * @param artifacts resolves archetype jars
     * @param generator archetype-common's generator
     */
    @Inject
    public AddMojo(ArchetypeArtifactManager artifacts, ArchetypeGenerator generator) {
        super(artifacts, generator);
    }

    @Override
    void run() {
        Path workingDirectory = workingDirectory();
        ParentPom parent = ParentPom.in(workingDirectory);
        Archetype archetype = requestedArchetype();
        Request request = Request.validate(archetype, given(), workingDirectory);
        String problem = archetype.machine().moduleProblem(parent.text(), request.artifactId());
        if (problem != null) {
            throw new IllegalArgumentException(problem + " (" + parent.file() + ")");
        }
        String listed = archetype.machine().listModule(parent.text(), request.artifactId());
        String report = generation().generate(request, parent.file());
        try {
            parent.write(listed);
        } catch (RuntimeException e) {
            Directories.deleteTree(request.moduleDirectory());
            throw e;
        }
        print(report);
    }
}
