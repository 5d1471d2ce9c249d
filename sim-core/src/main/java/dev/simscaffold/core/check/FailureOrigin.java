package dev.simscaffold.core.check;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.InvariantViolationError;
import java.security.CodeSource;
import java.util.List;
import java.util.Objects;

/**
 * Where a failure comes from, so that shrinking keeps the bug it started with. A broken simulation
 * invariant is identified by the invariant's name; any other throwable by its type and the top frame
 * of application code that threw it, as Hypothesis' {@code interesting_origin} does: an assertion that
 * fails on line 42 and a {@code NullPointerException} in the code under test are different bugs even
 * though both fail the property.
 *
 * <p>The five exceptions the JVM itself throws from compiled code ({@code NullPointerException},
 * {@code ArithmeticException}, {@code ArrayIndexOutOfBoundsException}, {@code ClassCastException} and
 * {@code ArrayStoreException}, exactly these classes) are identified by their type alone. Once such a
 * throw is hot, HotSpot's JIT throws one pre-allocated instance with no stack trace and no message instead
 * ({@code -XX:+OmitStackTraceInFastThrow}, on by default), after a number of throws that depends on when
 * the compiler got to run. Their line is known on some runs and not on others, so an origin that used it
 * would make shrinking, which compares origins, depend on JIT state and machine load: the same seed could
 * shrink to different cases.
 *
 * @param kind {@code "invariant"} for a broken invariant, else the throwable's class name
 * @param where the invariant's name, the top application frame ({@code Class.method(File.java:12)}), or
 *              {@code "any line (...)"} for one of the five exceptions the JIT may throw without a stack trace
 */
@Api(Api.Status.EXPERIMENTAL)
public record FailureOrigin(String kind, String where) {

    /** Frames of these packages are library code: the origin is the first frame below them. */
    private static final List<String> LIBRARY_PREFIXES = List.of(
            "java.", "javax.", "jdk.", "sun.", "com.sun.", "org.junit.", "org.opentest4j.", "org.assertj.",
            "org.hamcrest.", "dev.simscaffold.testkit.");

    /**
     * The exceptions HotSpot's JIT may throw pre-allocated, without stack trace or message, once their throw is
     * hot: the implicit null, division, array index, cast and array store checks of compiled code. Only these exact
     * classes: the JVM never pre-allocates a subclass.
     */
    static final List<Class<? extends RuntimeException>> LINE_UNKNOWABLE = List.of(NullPointerException.class,
            ArithmeticException.class, ArrayIndexOutOfBoundsException.class, ClassCastException.class, ArrayStoreException.class);

    /** Where an exception of {@link #LINE_UNKNOWABLE} comes from: any line, since the JIT may drop it. */
    static final String ANY_LINE = "any line (the JIT may throw it without a stack trace)";

    /** sim-core's own package prefix: its frames are library code when they come from sim-core's jar. */
    private static final String KERNEL_PREFIX = "dev.simscaffold.core.";

    /**
     * Validates the components.
     *
     * @param kind what failed, not null
     * @param where where it failed, not null
     */
    public FailureOrigin {
        if (kind == null || where == null) {
            throw new NullPointerException("kind and where must not be null");
        }
    }

    /**
     * Returns the origin of a failure: the first {@link InvariantViolationError} in its cause chain,
     * else its own type and top application frame, or only its type if it is one of the five exceptions the
     * JIT may throw without a stack trace.
     *
     * @param failure what a test case threw
     * @return its origin
     */
    public static FailureOrigin of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvariantViolationError violation) {
                return new FailureOrigin("invariant", violation.invariant());
            }
        }
        String where = LINE_UNKNOWABLE.contains(failure.getClass()) ? ANY_LINE : topApplicationFrame(failure.getStackTrace());
        return new FailureOrigin(failure.getClass().getName(), where);
    }

    private static String topApplicationFrame(StackTraceElement[] frames) {
        for (StackTraceElement frame : frames) {
            if (!isLibrary(frame.getClassName())) {
                return frame.toString();
            }
        }
        return frames.length == 0 ? "(no stack trace)" : frames[0].toString();
    }

    private static boolean isLibrary(String className) {
        for (String prefix : LIBRARY_PREFIXES) {
            if (className.startsWith(prefix)) {
                return true;
            }
        }
        return className.startsWith(KERNEL_PREFIX) && fromKernel(className);
    }

    /** Whether a class was loaded from where sim-core was: tests may live in sim-core's packages. */
    private static boolean fromKernel(String className) {
        try {
            Class<?> type = Class.forName(className, false, FailureOrigin.class.getClassLoader());
            return Objects.equals(location(type), location(FailureOrigin.class));
        } catch (ClassNotFoundException | LinkageError unknown) {
            return false;
        }
    }

    private static Object location(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        return source == null ? null : source.getLocation();
    }

    /** Renders {@code invariant "name"} or {@code type at frame}. */
    @Override
    public String toString() {
        return kind.equals("invariant") ? "invariant \"" + where + "\"" : kind + " at " + where;
    }
}
