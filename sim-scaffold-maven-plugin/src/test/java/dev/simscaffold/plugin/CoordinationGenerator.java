package dev.simscaffold.plugin;

import dev.simscaffold.generator.api.Generator;
import dev.simscaffold.generator.api.Generators;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The generator of the archetype-coordination jar on the test class path, found as the plugin finds it. */
final class CoordinationGenerator {

    private CoordinationGenerator() {
    }

    static Generator load() {
        URL spec = CoordinationGenerator.class.getClassLoader().getResource("META-INF/archetype-post-generate.groovy");
        try {
            Path jar = Path.of(((JarURLConnection) spec.openConnection()).getJarFileURL().toURI());
            return Generators.load(jar, new PluginRealm(), "archetype-coordination");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
