package dev.simscaffold.plugin;

import dev.simscaffold.generator.api.ParentCoordinates;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * {@code sim-scaffold:add -Dtype=coordination -DartifactId=...}, run in a pom-packaging project: generates
 * {@code ./artifactId} inheriting the project (groupId and version default to the project's), and lists it in the project's pom.xml with one inserted
 * {@code <module>} line; every other byte of that file stays as it was. {@code -DdryRun=true} prints the files,
 * the line and the report and writes nothing.
 */
@Mojo(name = "add", requiresProject = false, aggregator = true, threadSafe = true)
public class AddMojo extends ScaffoldMojo {

    /** Maven creates the goal and injects its components. */
    public AddMojo() {
        super();
    }

    @Override
    void run() {
        Path workingDirectory = workingDirectory();
        ParentPom parent = ParentPom.in(workingDirectory);
        Archetype archetype = requestedArchetype();
        Request request = Request.validate(archetype, withParentDefaults(archetype.generator().parentCoordinates(parent.file())), workingDirectory);
        Optional<String> problem = archetype.generator().moduleProblem(parent.text(), request.artifactId());
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get() + " (" + parent.file() + ")");
        }
        String listed = archetype.generator().withModule(parent.text(), request.artifactId());
        if (dryRun()) {
            printPreview(request, generation().preview(request, parent.file()),
                    List.of("and " + parent.file() + " would get one line: <module>" + request.artifactId() + "</module>"));
            return;
        }
        String report = generation().generate(request, parent.file());
        try {
            parent.write(listed);
        } catch (RuntimeException e) {
            Directories.deleteTree(request.moduleDirectory());
            throw e;
        }
        print(report);
    }

    /** The user's values, with groupId and version defaulting to the parent's, so that the module inherits both. */
    private Map<String, String> withParentDefaults(ParentCoordinates parent) {
        Map<String, String> values = new LinkedHashMap<>();
        if (parent.groupId() != null) {
            values.put("groupId", parent.groupId());
        }
        if (parent.version() != null) {
            values.put("version", parent.version());
        }
        values.putAll(given());
        return values;
    }
}
