package dev.simscaffold.plugin;

import org.apache.maven.plugins.annotations.Mojo;

/** {@code sim-scaffold:list}: the types, their properties, defaults and rules. */
@Mojo(name = "list", requiresProject = false, aggregator = true, threadSafe = true)
public class ListMojo extends ScaffoldMojo {

    /** Maven creates the goal and injects its components. */
    public ListMojo() {
        super();
    }

    @Override
    void run() {
        print(describe(withGoals()));
    }

    /** Whether the goals are described before the types. */
    boolean withGoals() {
        return false;
    }
}
