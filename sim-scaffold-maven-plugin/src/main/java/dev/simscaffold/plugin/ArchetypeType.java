package dev.simscaffold.plugin;

/**
 * One kind of module the plugin generates: {@code -Dtype=coordination} is the archetype
 * {@code dev.simscaffold:archetype-coordination}.
 *
 * @param name what a user passes as {@code -Dtype}
 * @param groupId the archetype's groupId
 * @param artifactId the archetype's artifactId, {@code archetype-} followed by the name
 * @param version the archetype's version, the plugin's own
 * @param description the catalog's one-line description
 */
public record ArchetypeType(String name, String groupId, String artifactId, String version, String description) {

    /** The artifactId prefix that turns an archetype into a type name. */
    public static final String PREFIX = "archetype-";

    /**
     * The archetype's coordinates.
     *
     * @return {@code groupId:artifactId:version}, as Maven prints them
     */
    public String coordinates() {
        return groupId + ":" + artifactId + ":" + version;
    }
}
