package dev.simscaffold.plugin;

import dev.simscaffold.generator.api.Property;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of {@code sim-scaffold:list}: each type with its archetype, and each property with its default
 * and its rule in words, all read from the archetypes' generators.
 */
final class Listing {

    private Listing() {
    }

    /**
     * @param plugin how to name the plugin on a command line, groupId:artifactId:version
     * @param archetypes every type's archetype, in catalog order
     * @param withGoals whether to describe the goals first (help) or only the types (list)
     */
    static String render(String plugin, List<Archetype> archetypes, boolean withGoals) {
        StringBuilder out = new StringBuilder();
        out.append("sim-scaffold ").append(plugin).append(": mvn ").append(plugin).append(":<goal> -D<property>=<value> ...\n\n");
        if (withGoals) {
            out.append(goals()).append('\n');
        }
        out.append("Types (-Dtype=...):\n");
        for (Archetype archetype : archetypes) {
            ArchetypeType type = archetype.type();
            out.append("\n").append(type.name()).append(": ").append(type.description()).append('\n');
            out.append("  from the archetype ").append(type.coordinates()).append('\n');
            out.append("  properties:\n");
            for (Property property : archetype.generator().properties()) {
                out.append(property(property));
            }
        }
        if (!archetypes.isEmpty()) {
            List<String> unsafe = new ArrayList<>(archetypes.get(0).generator().unsafeCharacters());
            out.append("\nValues are copied into the generated code as given, never evaluated: none may contain ")
                    .append(String.join(", ", unsafe)).append(".\n");
        }
        return out.toString();
    }

    /** The goals as {@code help} lists them, from {@link Goal}. */
    static String goals() {
        StringBuilder out = new StringBuilder("Goals:\n");
        for (Goal goal : Goal.values()) {
            String place = goal.where().equals("anywhere") ? "" : ", " + goal.where();
            out.append(String.format("  %-5s ", goal.goalName()));
            if (goal.arguments().isEmpty()) {
                out.append(goal.does()).append(place).append('\n');
            } else {
                out.append(goal.arguments()).append(place).append("\n        ").append(goal.does()).append('\n');
            }
        }
        return out.append(Goal.checksAndDryRuns(text -> text)).append('\n').toString();
    }

    private static String property(Property property) {
        String given = property.defaultValue() == null ? "required" : "default " + property.defaultValue();
        String rule = property.rule();
        return String.format("    %-12s %-28s %s%n", property.key(), given, rule == null ? "checked by the archetype's own rules" : rule);
    }
}
