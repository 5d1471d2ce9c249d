package dev.simscaffold.plugin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.codehaus.groovy.runtime.InvokerHelper;

/**
 * The archetype's post-generate machine (archetypes/archetype-support), loaded from the compiled classes
 * inside the archetype jar exactly as its post-generate entry loads them: the plugin refuses with the
 * same {@code PropertyRules.check} that the machine runs after archetype:generate, so the two cannot
 * disagree, and an archetype that adds rules adds them to both.
 */
final class Machine {

    private static final String PACKAGE = "dev.simscaffold.archetype.support.";

    private final ClassLoader archetypeJar;
    private final ClassLoader classes;

    /**
     * @param archetypeJar a class loader over the archetype jar: its descriptor, spec, rules and the
     *     machine's classes (which need the plugin's Groovy, so they are loaded from the jar on top of it)
     */
    Machine(ClassLoader archetypeJar) {
        this.archetypeJar = archetypeJar;
        this.classes = new URLClassLoader(new URL[] {jarOf(archetypeJar)}, Machine.class.getClassLoader());
    }

    private static URL jarOf(ClassLoader archetypeJar) {
        URL entry = archetypeJar.getResource("META-INF/archetype-post-generate.groovy");
        if (entry == null) {
            throw new IllegalStateException("the archetype jar has no META-INF/archetype-post-generate.groovy: it was built without the sim-scaffold machine");
        }
        try {
            return ((JarURLConnection) entry.openConnection()).getJarFileURL();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the archetype jar of " + entry, e);
        }
    }

    /** The request's values: each property the descriptor declares, given or defaulted, never evaluated. */
    Map<String, String> values(Map<String, String> given) {
        return cast(call("FrontDoor", "values", archetypeJar, given));
    }

    /** The first problem among the values, naming the property and its value, or null. */
    String problem(Map<String, String> values) {
        return (String) call("PropertyRules", "check", archetypeJar, values);
    }

    /**
     * Why the request with these given values is refused, or null: {@link #problem} on its values, with a
     * refused default named by where it came from ("package (from groupId) = ...").
     */
    String refusal(Map<String, String> given) {
        return (String) call("FrontDoor", "refusal", archetypeJar, given);
    }

    /** Each property as [key, defaultValue, rule], the rule in words or null. */
    List<Map<String, String>> help() {
        return cast(call("FrontDoor", "help", archetypeJar));
    }

    /** The characters no value may carry, in words. */
    List<String> unsafeCharacters() {
        return cast(call("FrontDoor", "unsafeCharacters"));
    }

    /** Why {@code artifactId} cannot be listed in the parent pom {@code pom}, or null. */
    String moduleProblem(String pom, String artifactId) {
        return (String) call("ModuleEntry", "problem", pom, artifactId);
    }

    /** {@code pom} with one {@code <module>} line more. */
    String listModule(String pom, String artifactId) {
        return (String) call("ModuleEntry", "add", pom, artifactId);
    }

    /** The parent pom's groupId, artifactId and version, the first two inherited from its own parent when absent. */
    Map<String, String> parentCoordinates(Path pom) {
        Object parent = InvokerHelper.invokeConstructorOf(load("ParentProject"), new Object[] {pom.toFile()});
        return cast(InvokerHelper.invokeMethod(parent, "coordinates", null));
    }

    private Object call(String className, String method, Object... arguments) {
        return InvokerHelper.invokeStaticMethod(load(className), method, arguments);
    }

    private Class<?> load(String className) {
        try {
            return classes.loadClass(PACKAGE + className);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the archetype jar has no " + PACKAGE + className + ": it was built without the sim-scaffold machine", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }
}
