package dev.simscaffold.generator.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The version rule at the seam: an archetype jar built with the plugin's major of the API loads whatever its
 * minor; one of another major, or without a version, is refused naming both versions before its classes load.
 */
class GeneratorsTest {

    private static final String ARCHETYPE = "dev.example:archetype-x:9.9";

    @TempDir
    Path directory;

    @Test
    void theSameMajorLoadsTheGeneratorWhateverTheMinors() throws IOException {
        ApiVersion ours = ApiVersion.current();
        Generator generator = Generators.load(archetype(new ApiVersion(ours.major(), ours.minor() + 7)), getClass().getClassLoader(), ARCHETYPE);
        assertThat(generator).isInstanceOf(FixedGenerator.class);
        assertThat(generator.refusal(java.util.Map.of())).contains(FixedGenerator.REFUSAL);
    }

    @Test
    void anotherMajorIsRefusedNamingBothVersions() throws IOException {
        ApiVersion ours = ApiVersion.current();
        ApiVersion newer = new ApiVersion(ours.major() + 1, 0);
        assertThatThrownBy(() -> Generators.load(archetype(newer), getClass().getClassLoader(), ARCHETYPE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the archetype " + ARCHETYPE + " was built with generator API " + newer + " and this sim-scaffold plugin with generator API "
                        + ours + "; they work together only with the same major version, so use the sim-scaffold plugin of the archetype's release");
    }

    @Test
    void anOlderMajorIsRefusedToo() throws IOException {
        ApiVersion ours = ApiVersion.current();
        ApiVersion older = new ApiVersion(ours.major() - 1, 9);
        assertThatThrownBy(() -> Generators.load(archetype(older), getClass().getClassLoader(), ARCHETYPE))
                .hasMessageContaining("built with generator API " + older + " and this sim-scaffold plugin with generator API " + ours);
    }

    @Test
    void aJarWithoutAVersionIsRefused() throws IOException {
        assertThatThrownBy(() -> Generators.load(archetype(null), getClass().getClassLoader(), ARCHETYPE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("the archetype " + ARCHETYPE + " carries no generator API version");
    }

    @Test
    void theVersionIsReadFromItsOneResource() {
        assertThat(ApiVersion.current()).isEqualTo(new ApiVersion(1, 0));
        assertThat(ApiVersion.parse("12.3")).isEqualTo(new ApiVersion(12, 3));
        assertThatThrownBy(() -> ApiVersion.parse("1")).hasMessage("'1' is not a generator API version (major.minor, such as 1.0)");
    }

    /** An archetype jar with the given API version (none for null) that provides {@link FixedGenerator}. */
    private Path archetype(ApiVersion version) throws IOException {
        Path jar = Files.createTempFile(directory, "archetype-", ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            if (version != null) {
                write(out, ApiVersion.RESOURCE, "version=" + version + "\n");
            }
            write(out, "META-INF/services/" + Generator.class.getName(), FixedGenerator.class.getName() + "\n");
        }
        return jar;
    }

    private static void write(JarOutputStream jar, String name, String text) throws IOException {
        jar.putNextEntry(new JarEntry(name));
        OutputStream out = jar;
        out.write(text.getBytes(StandardCharsets.UTF_8));
        jar.closeEntry();
    }
}
