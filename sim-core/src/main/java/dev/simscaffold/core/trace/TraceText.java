package dev.simscaffold.core.trace;

import dev.simscaffold.core.Api;

/**
 * Renders the inputs, effects and messages that go into a trace, refusing values whose text would differ
 * from run to run. A class that keeps {@code Object.toString()} prints an identity hash code
 * ({@code Order@1b6d3586}); in a trace that silently makes every fingerprint unique, so the first such
 * value fails loudly instead, naming its class.
 */
@Api(Api.Status.INTERNAL)
public final class TraceText {

    private static final ClassValue<Boolean> PRINTS_IDENTITY = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            if (type.isArray()) {
                return true;
            }
            try {
                return type.getMethod("toString").getDeclaringClass() == Object.class;
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("every class has toString()", e);
            }
        }
    };

    private TraceText() {
    }

    /**
     * Renders a value for a trace event.
     *
     * @param value the input, effect or message, or null
     * @return its {@code toString()}, or {@code "null"}
     * @throws IllegalArgumentException if the value's class does not override {@code toString()} (or is an
     *                                  array), naming the class
     */
    public static String of(Object value) {
        if (value == null) {
            return "null";
        }
        if (PRINTS_IDENTITY.get(value.getClass())) {
            throw new IllegalArgumentException(value.getClass().getName() + " does not override toString(), so it prints an"
                    + " identity hash code that differs between runs and would make every trace fingerprint unique:"
                    + " make it a record or give it a toString() of its values");
        }
        return value.toString();
    }

    /**
     * Renders a value for a report that also goes into the trace, where failing is worse than saying too
     * little: a value whose class keeps {@code Object.toString()} is named by its class instead.
     *
     * @param value the value, or null
     * @return its {@code toString()}, or its class's simple name with a note when that would print an identity hash
     */
    public static String describe(Object value) {
        if (value != null && PRINTS_IDENTITY.get(value.getClass())) {
            return value.getClass().getSimpleName() + " (no toString() of its own)";
        }
        return of(value);
    }
}
