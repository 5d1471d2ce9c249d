package dev.simscaffold.plugin;

/**
 * The goals reference page (docs/reference/goals.md), rendered from {@link Goal} as {@code sim-scaffold:help}
 * lists the goals, so the page, the help text and (through a test) the plugin descriptor cannot drift apart.
 */
final class GoalReference {

    private GoalReference() {
    }

    /** @return the page, in Markdown */
    static String render() {
        StringBuilder out = new StringBuilder();
        out.append("# Goals of the sim-scaffold plugin\n\n")
                .append("<!-- Generated from the plugin's goals (Goal, checked against the plugin descriptor) by GoalReferenceTest ")
                .append("(sim-scaffold-maven-plugin); do not edit.\n")
                .append("     Rebuild: ").append(ReferenceRebuild.command("GoalReferenceTest")).append(" -->\n\n")
                .append("Run a goal as `mvn dev.simscaffold:sim-scaffold-maven-plugin:<version>:<goal>`, or as `mvn sim-scaffold:<goal>` with ")
                .append("`<pluginGroup>dev.simscaffold</pluginGroup>` in `~/.m2/settings.xml`. What each goal checks and how it writes: ")
                .append("[the plugin](plugin.md); the properties of each type: [properties](properties.md).\n\n")
                .append("| goal | run it | properties | what it does |\n|---|---|---|---|\n");
        for (Goal goal : Goal.values()) {
            out.append("| `").append(goal.goalName()).append("` | ").append(goal.where()).append(" | ")
                    .append(goal.arguments().isEmpty() ? "none" : "`" + goal.arguments() + "`").append(" | ")
                    .append(escaped(goal.does())).append(" |\n");
        }
        out.append('\n');
        return out.append(Goal.checksAndDryRuns(text -> "`" + text + "`")).append(".\n").toString();
    }

    /** Angle brackets as entities, so that {@code <module>} reads as text and not as an HTML tag. */
    private static String escaped(String text) {
        return text.replace("<", "&lt;").replace(">", "&gt;");
    }
}
