package dev.simscaffold.generator.api;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Finds the generator in an archetype jar, after checking the version rule of {@link ApiVersion}: an archetype
 * built with another major of this API is refused with a message naming both versions, before any of its classes
 * is loaded.
 */
public final class Generators {

    /**
     * The property by which a caller that finishes a generation itself, with {@link Generator#generate}, tells the
     * archetype's post-generate entry to leave the module to it: set in the properties of archetype-common's
     * generation request, whose post-generate script then does nothing. archetype:generate never sets it.
     */
    public static final String FINISHED_THROUGH_SEAM = "simScaffoldFinishedThroughSeam";

    private Generators() {
    }

    /**
     * Loads the archetype's generator on a class loader over its jar whose parent is {@code parent}, so that the
     * archetype's classes share the caller's copy of this API (and of what else the caller offers them).
     *
     * @param archetypeJar the archetype jar
     * @param parent the class loader the archetype's classes link against: one that sees this API
     * @param archetype the archetype as messages name it, such as its coordinates
     * @return the generator
     * @throws IllegalStateException naming the archetype and both versions when the majors differ, or when the jar
     *     has no generator (one) or no API version
     */
    public static Generator load(Path archetypeJar, ClassLoader parent, String archetype) {
        ApiVersion ours = ApiVersion.current();
        ApiVersion theirs = ApiVersion.of(archetypeJar);
        if (theirs == null) {
            throw new IllegalStateException("the archetype " + archetype + " carries no generator API version (" + ApiVersion.RESOURCE
                    + "): it was built without the sim-scaffold generator, or before generator API " + ours);
        }
        if (!ours.worksWith(theirs)) {
            throw new IllegalStateException("the archetype " + archetype + " was built with generator API " + theirs
                    + " and this sim-scaffold plugin with generator API " + ours + "; they work together only with the same major version, "
                    + "so use the sim-scaffold plugin of the archetype's release");
        }
        List<Generator> found = ServiceLoader.load(Generator.class, loaderOver(archetypeJar, parent)).stream().map(ServiceLoader.Provider::get).toList();
        if (found.size() != 1) {
            throw new IllegalStateException("the archetype " + archetype + " provides " + found.size() + " generators (META-INF/services/"
                    + Generator.class.getName() + "), not one");
        }
        return found.get(0);
    }

    private static ClassLoader loaderOver(Path jar, ClassLoader parent) {
        try {
            return new URLClassLoader(new URL[] {jar.toUri().toURL()}, parent);
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("'" + jar + "' cannot be read as a jar: " + e.getMessage(), e);
        }
    }
}
