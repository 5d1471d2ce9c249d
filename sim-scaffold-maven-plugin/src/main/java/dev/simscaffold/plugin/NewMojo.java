package dev.simscaffold.plugin;

import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * {@code sim-scaffold:new -Dtype=coordination -DgroupId=... -DartifactId=...}: a standalone module in
 * {@code ./artifactId}. Every property is checked with the archetype's rules before anything is written;
 * {@code -DdryRun=true} prints the files and the report and writes nothing.
 */
@Mojo(name = "new", requiresProject = false, aggregator = true, threadSafe = true)
public class NewMojo extends ScaffoldMojo {

    /** Maven creates the goal and injects its components. */
    public NewMojo() {
        super();
    }

    @Override
    void run() {
        Request request = Request.validate(requestedArchetype(), given(), workingDirectory());
        if (dryRun()) {
            printPreview(request, generation().preview(request, null), List.of());
        } else {
            print(generation().generate(request, null));
        }
    }
}
