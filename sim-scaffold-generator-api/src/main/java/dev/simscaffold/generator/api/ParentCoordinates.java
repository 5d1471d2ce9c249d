package dev.simscaffold.generator.api;

/**
 * A parent pom's coordinates, groupId and version inherited from its own parent when it declares none.
 *
 * @param groupId the groupId, or null when neither the pom nor its parent says
 * @param artifactId the artifactId, or null when the pom has none
 * @param version the version, or null when neither the pom nor its parent says
 */
public record ParentCoordinates(String groupId, String artifactId, String version) {
}
