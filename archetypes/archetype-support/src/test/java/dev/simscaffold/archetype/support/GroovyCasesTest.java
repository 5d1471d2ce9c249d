package dev.simscaffold.archetype.support;

import groovy.lang.GroovyClassLoader;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the machine's unit cases: the Groovy classes named {@code *Cases.groovy} under src/test/groovy.
 * They are compiled by the same Groovy as maven-archetype-plugin's and run against the machine's compiled
 * classes, the very classes every archetype jar carries. Every public {@code void} method without
 * parameters is one case, run on a fresh instance; a class whose constructor takes a {@code File} gets a
 * new empty temporary directory for each case.
 */
class GroovyCasesTest {

    private static final String PACKAGE = "dev/simscaffold/archetype/support";

    @TestFactory
    Stream<DynamicNode> cases() throws IOException, URISyntaxException {
        Path directory = Path.of(GroovyCasesTest.class.getClassLoader().getResource(PACKAGE).toURI());
        GroovyClassLoader loader = new GroovyClassLoader(GroovyCasesTest.class.getClassLoader());
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> caseFiles = files.filter(file -> file.getFileName().toString().endsWith("Cases.groovy")).sorted().toList();
            return caseFiles.stream().map(file -> container(loader, file)).toList().stream();
        }
    }

    private static DynamicNode container(GroovyClassLoader loader, Path file) {
        String name = file.getFileName().toString().replace(".groovy", "");
        Class<?> type = load(loader, PACKAGE.replace('/', '.') + "." + name);
        Stream<Method> methods = Arrays.stream(type.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers()))
                .filter(method -> method.getParameterCount() == 0 && method.getReturnType() == void.class && !method.isSynthetic())
                .sorted(Comparator.comparing(Method::getName));
        return DynamicContainer.dynamicContainer(name, methods.map(method -> DynamicTest.dynamicTest(method.getName(), () -> run(type, method))).toList());
    }

    private static Class<?> load(GroovyClassLoader loader, String className) {
        try {
            return loader.loadClass(className);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("cannot compile " + className, e);
        }
    }

    private static void run(Class<?> type, Method method) throws Throwable {
        Path dir = Files.createTempDirectory("archetype-support-");
        try {
            Object instance = Arrays.stream(type.getConstructors()).anyMatch(c -> c.getParameterCount() == 1)
                    ? type.getConstructor(File.class).newInstance(dir.toFile())
                    : type.getConstructor().newInstance();
            method.invoke(instance);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
