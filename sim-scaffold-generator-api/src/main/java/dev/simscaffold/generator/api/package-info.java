/**
 * The typed seam between the sim-scaffold Maven plugin and the generator inside an archetype jar.
 *
 * <p>The plugin finds the archetype's {@link dev.simscaffold.generator.api.Generator} with
 * {@link dev.simscaffold.generator.api.Generators#load}, which reads the API version the archetype was built with
 * and refuses, naming both versions, when its major differs from the plugin's ({@link
 * dev.simscaffold.generator.api.ApiVersion}). Values go in as a map of property to value; what comes out is a
 * {@link dev.simscaffold.generator.api.Refusal} (the property, its value, the reason and where a defaulted value
 * came from) or a {@link dev.simscaffold.generator.api.Report}. No class is named by a string and nothing is read
 * from standard output.
 *
 * <pre>{@code
 * Generator generator = Generators.load(archetypeJar, Plugin.class.getClassLoader(), "dev.simscaffold:archetype-gossip:0.1.0");
 * Optional<Refusal> refusal = generator.refusal(Map.of("groupId", "com..example", "artifactId", "members"));
 * // refusal.get().message(): "package (from groupId) = 'com..example' is not a valid Java package name: ..."
 * }</pre>
 */
package dev.simscaffold.generator.api;
