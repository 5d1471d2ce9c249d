package dev.simscaffold.generator.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Properties;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * The version of this API that a plugin or an archetype was built with. The rule: a plugin and an archetype work
 * together when their majors are equal, whatever their minors; a minor adds only what the other side may ignore
 * (a default method), and anything that breaks either side raises the major. The one source is
 * {@value #RESOURCE}, which this API's jar holds and which every archetype jar carries beside its copy of the API.
 *
 * @param major raised by every change that breaks a plugin or an archetype built before it
 * @param minor raised by additions both sides can ignore
 */
public record ApiVersion(int major, int minor) {

    /** Where the version is written, in this API's jar and in every archetype jar. */
    public static final String RESOURCE = "dev/simscaffold/generator/api/api-version.properties";

    /**
     * Checks the numbers.
     *
     * @param major the major
     * @param minor the minor
     * @throws IllegalArgumentException for a negative number
     */
    public ApiVersion {
        if (major < 0 || minor < 0) {
            throw new IllegalArgumentException("an API version has non-negative numbers, got " + major + "." + minor);
        }
    }

    /**
     * The version of the API loaded here: the plugin's, when the plugin calls it.
     *
     * @return the version in this class's own {@value #RESOURCE}
     */
    public static ApiVersion current() {
        try (InputStream in = ApiVersion.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the generator API has no " + RESOURCE + ": its jar is damaged");
            }
            return read(in, "the generator API");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the generator API's " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /**
     * The version an archetype jar was built with, read from that jar alone.
     *
     * @param archetypeJar the archetype jar
     * @return its version, or null when the jar carries none (it was built before this API)
     */
    public static ApiVersion of(Path archetypeJar) {
        try (JarFile jar = new JarFile(archetypeJar.toFile())) {
            ZipEntry entry = jar.getEntry(RESOURCE);
            if (entry == null) {
                return null;
            }
            try (InputStream in = jar.getInputStream(entry)) {
                return read(in, archetypeJar.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE + " in " + archetypeJar + ": " + e.getMessage(), e);
        }
    }

    /**
     * Parses "major.minor".
     *
     * @param text the version, such as "1.0"
     * @return the version
     * @throws IllegalArgumentException naming the text when it is not two whole numbers joined by a dot
     */
    public static ApiVersion parse(String text) {
        String[] parts = text == null ? new String[0] : text.trim().split("\\.", -1);
        if (parts.length != 2 || !parts[0].matches("\\d{1,9}") || !parts[1].matches("\\d{1,9}")) {
            throw new IllegalArgumentException("'" + text + "' is not a generator API version (major.minor, such as 1.0)");
        }
        return new ApiVersion(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    /**
     * Whether a plugin of this version and an archetype of {@code other} work together.
     *
     * @param other the other side's version
     * @return true when the majors are equal
     */
    public boolean worksWith(ApiVersion other) {
        return major == other.major;
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }

    private static ApiVersion read(InputStream in, String where) throws IOException {
        Properties properties = new Properties();
        properties.load(in);
        try {
            return parse(properties.getProperty("version"));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(RESOURCE + " in " + where + ": " + e.getMessage(), e);
        }
    }
}
