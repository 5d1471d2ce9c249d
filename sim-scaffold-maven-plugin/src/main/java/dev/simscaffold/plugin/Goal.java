package dev.simscaffold.plugin;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The plugin's goals, the one source of what {@code sim-scaffold:help} prints about them and of the goals
 * reference page (docs/reference/goals.md). A test checks these against the plugin descriptor Maven builds
 * from the mojos, so a goal added, renamed or removed there fails the build until it is described here.
 */
enum Goal {
    NEW(NewMojo.class, "-Dtype=<type> -DgroupId=<groupId> -DartifactId=<artifactId> [more properties]", "anywhere",
            "generates a standalone project in ./<artifactId>"),
    ADD(AddMojo.class, "-Dtype=<type> -DartifactId=<artifactId> [more properties]", "in the directory of a pom-packaging project",
            "generates ./<artifactId> inheriting that project and adds one <module> line to its pom.xml, changing nothing else"),
    LIST(ListMojo.class, "", "anywhere", "the types, their properties, defaults and rules"),
    HELP(HelpMojo.class, "", "anywhere", "the goals and the types");

    /** The goals that take {@code -DdryRun=true}: they print the files and the report and write nothing. */
    static final List<Goal> DRY_RUNS = List.of(NEW, ADD);

    /**
     * The sentence that closes the goals in the help text and on the page: what the goals that write check, and
     * their dry run.
     *
     * @param code how a goal's name or a flag is set off ({@code `new`} in Markdown, as it is in plain text)
     * @return the sentence, without its final punctuation
     */
    static String checksAndDryRuns(UnaryOperator<String> code) {
        return String.join(" and ", DRY_RUNS.stream().map(goal -> code.apply(goal.goalName())).toList())
                + " check every property before anything is written and refuse with one message naming the property and its value; with "
                + code.apply("-DdryRun=true") + " they print the files and the report and write nothing";
    }

    private final Class<? extends ScaffoldMojo> mojo;
    private final String arguments;
    private final String where;
    private final String does;

    Goal(Class<? extends ScaffoldMojo> mojo, String arguments, String where, String does) {
        this.mojo = mojo;
        this.arguments = arguments;
        this.where = where;
        this.does = does;
    }

    /** @return the goal's name on a command line, {@code new} in {@code sim-scaffold:new} */
    String goalName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the class Maven runs for the goal */
    Class<? extends ScaffoldMojo> mojo() {
        return mojo;
    }

    /** @return the properties the goal needs, empty when it takes none */
    String arguments() {
        return arguments;
    }

    /** @return where the goal is run from */
    String where() {
        return where;
    }

    /** @return what the goal does */
    String does() {
        return does;
    }
}
