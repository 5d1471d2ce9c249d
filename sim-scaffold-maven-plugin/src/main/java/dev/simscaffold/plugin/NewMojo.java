package dev.simscaffold.plugin;

import org.apache.maven.plugins.annotations.Mojo;

/**
 * {@code sim-scaffold:new -Dtype=coordination -DgroupId=... -DartifactId=...}: a standalone module in
 * {@code ./artifactId}. Every property is checked with the archetype's rules before anything is written.
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
        print(generation().generate(request, null));
    }
}
