package dev.simscaffold.plugin;

import dev.simscaffold.generator.api.Property;
import java.util.List;

/**
 * The property reference page (docs/reference/properties.md): every type's properties with their defaults and
 * rules in words, read from the archetypes' generators as {@code sim-scaffold:list} reads them, so the page and the
 * listing come from the same rule objects. A test keeps the checked-in page equal to this rendering.
 */
final class PropertyReference {

    private PropertyReference() {
    }

    /**
     * @param archetypes every type's archetype, in catalog order
     * @return the page, in Markdown
     */
    static String render(List<Archetype> archetypes) {
        StringBuilder out = new StringBuilder();
        out.append("# Properties of the sim-scaffold types\n\n")
                .append("<!-- Generated from the archetypes' rule objects by PropertyReferenceTest (sim-scaffold-maven-plugin); do not edit.\n")
                .append("     Rebuild: ").append(ReferenceRebuild.command("PropertyReferenceTest")).append(" -->\n\n")
                .append("Each property is given as `-Dproperty=value` to `sim-scaffold:new`, `sim-scaffold:add` or `archetype:generate`; ")
                .append("`sim-scaffold:list` prints the same rules. `sim-scaffold:new` and `:add` check every value before anything is written ")
                .append("(`archetype:generate` checks them after writing and removes what it wrote); a refusal names the property, its value and, ")
                .append("for a default, the property it came from.\n");
        for (Archetype archetype : archetypes) {
            ArchetypeType type = archetype.type();
            out.append("\n## ").append(type.name()).append("\n\n")
                    .append(type.description()).append(" (`-Dtype=").append(type.name()).append("`, archetype `")
                    .append(type.groupId()).append(':').append(type.artifactId()).append("`)\n\n")
                    .append("| Property | Default | Rule |\n|---|---|---|\n");
            for (Property property : archetype.generator().properties()) {
                out.append("| `").append(property.key()).append("` | ").append(defaultOf(property, type.version())).append(" | ")
                        .append(property.rule() == null ? "checked by the archetype's own rules" : property.rule()).append(" |\n");
            }
        }
        if (!archetypes.isEmpty()) {
            out.append("\nValues are copied into the generated code as given, never evaluated: none may contain ")
                    .append(String.join(", ", archetypes.get(0).generator().unsafeCharacters())).append(".\n");
        }
        return out.toString();
    }

    /** The default as the page shows it: the archetype's own version in words, so that a release does not change the page. */
    private static String defaultOf(Property property, String archetypeVersion) {
        if (property.defaultValue() == null) {
            return "required";
        }
        if (property.defaultValue().equals(archetypeVersion)) {
            return "the archetype's version";
        }
        return "`" + property.defaultValue() + "`";
    }
}
