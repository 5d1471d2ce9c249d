package dev.simscaffold.plugin;

import org.apache.maven.plugins.annotations.Mojo;

/** {@code sim-scaffold:help}: the goals, then the types with their properties, defaults and rules. */
@Mojo(name = "help", requiresProject = false, aggregator = true, threadSafe = true)
public class HelpMojo extends ListMojo {

    /** Maven creates the goal and injects its components. */
    public HelpMojo() {
        super();
    }

    @Override
    boolean withGoals() {
        return true;
    }
}
