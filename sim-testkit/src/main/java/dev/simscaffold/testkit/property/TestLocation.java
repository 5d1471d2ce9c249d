package dev.simscaffold.testkit.property;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.platform.commons.annotation.Testable;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The test that is running a property, as the {@code Class#method} that Surefire's {@code -Dtest}
 * accepts. Found on the call stack: the nearest method annotated as a JUnit test ({@code @Test},
 * {@code @ParameterizedTest}, ...), else the nearest caller outside this package.
 *
 * @param className the class's name without its package ({@code Outer$Inner} for a nested class)
 * @param methodName the method's name
 */
record TestLocation(String className, String methodName) {

    private static final String OWN_PACKAGE = TestLocation.class.getPackageName() + ".";

    static TestLocation ofCaller() {
        List<StackWalker.StackFrame> frames = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
                .walk(stream -> stream
                        .filter(frame -> !isOwn(frame.getDeclaringClass()))
                        .filter(frame -> !frame.getClassName().startsWith("java.")
                                && !frame.getClassName().startsWith("jdk.")
                                && !frame.getClassName().startsWith("org.junit."))
                        .collect(Collectors.toList()));
        Optional<StackWalker.StackFrame> test = frames.stream().filter(TestLocation::isTestMethod).findFirst();
        StackWalker.StackFrame frame = test.orElse(frames.isEmpty() ? null : frames.get(0));
        if (frame == null) {
            return new TestLocation("UnknownTest", "unknown");
        }
        return new TestLocation(nameWithoutPackage(frame.getDeclaringClass()), frame.getMethodName());
    }

    /** Own main classes only: tests of the testkit live in the same package but are callers. */
    private static boolean isOwn(Class<?> type) {
        return type.getName().startsWith(OWN_PACKAGE)
                && type.getProtectionDomain().getCodeSource() != null
                && type.getProtectionDomain().getCodeSource().equals(TestLocation.class.getProtectionDomain().getCodeSource());
    }

    private static boolean isTestMethod(StackWalker.StackFrame frame) {
        for (Method method : frame.getDeclaringClass().getDeclaredMethods()) {
            if (method.getName().equals(frame.getMethodName()) && AnnotationSupport.isAnnotated(method, Testable.class)) {
                return true;
            }
        }
        return false;
    }

    private static String nameWithoutPackage(Class<?> type) {
        String packageName = type.getPackageName();
        return packageName.isEmpty() ? type.getName() : type.getName().substring(packageName.length() + 1);
    }

    /**
     * Returns the {@code Class#method} form.
     *
     * @return the selector
     */
    String selector() {
        return className + "#" + methodName;
    }

    /**
     * Returns the command that runs only this test with a given base seed.
     *
     * @param seed the seed
     * @return the command line
     */
    String replayCommand(long seed) {
        return "./mvnw test -Dtest=" + selector() + " -D" + BaseSeed.PROPERTY + "=" + seed;
    }
}
