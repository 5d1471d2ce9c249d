package dev.simscaffold.testkit.replay;

import dev.simscaffold.core.Api;
import java.util.Arrays;
import java.util.Optional;
import org.junit.platform.commons.annotation.Testable;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The test class and method a report is about, as Surefire's {@code -Dtest=Class#method} wants them.
 *
 * @param className the test class's binary name
 * @param methodName the test method's name
 */
@Api(Api.Status.INTERNAL)
public record TestCoordinates(String className, String methodName) {

    /**
     * Validates the components.
     *
     * @param className the {@code className} component
     * @param methodName the {@code methodName} component
     */
    public TestCoordinates {
        if (className == null || className.isBlank() || methodName == null || methodName.isBlank()) {
            throw new IllegalArgumentException("test coordinates need a class and a method, got " + className + "#" + methodName);
        }
    }

    /**
     * Finds the innermost JUnit test method on the current call stack: a method carrying an annotation that
     * is, directly or as a meta-annotation, {@code @Testable} ({@code @Test}, {@code @ParameterizedTest}, {@code @RepeatedTest}, ...).
     *
     * @return the coordinates, or empty when not called from a test
     */
    public static Optional<TestCoordinates> ofCallingTest() {
        return StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
                .walk(frames -> frames.filter(frame -> isTestMethod(frame.getDeclaringClass(), frame.getMethodName()))
                        .findFirst()
                        .map(frame -> new TestCoordinates(frame.getDeclaringClass().getName(), frame.getMethodName())));
    }

    /**
     * Returns the class name without its package ({@code Outer$Inner} for a nested class), the form
     * Surefire's {@code -Dtest} matches.
     *
     * @return the class name without its package
     */
    public String classNameWithoutPackage() {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    /**
     * Renders as {@code Class#method}, the Surefire test filter.
     *
     * @return the Surefire test filter
     */
    public String surefireFilter() {
        return classNameWithoutPackage() + "#" + methodName;
    }

    private static boolean isTestMethod(Class<?> type, String name) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(method -> method.getName().equals(name))
                .anyMatch(method -> AnnotationSupport.isAnnotated(method, Testable.class));
    }
}
