package dev.simscaffold.core.trace;

import java.util.Objects;
import java.util.concurrent.Callable;

/** The thread scope behind {@link TraceListener#listening}: which listener a trace created now reports to. */
final class TraceListenerScope {

    /** The listener of the innermost scope on this thread, or none outside a scope. */
    private static final ThreadLocal<TraceListener> LISTENER = new ThreadLocal<>();

    private TraceListenerScope() {
    }

    static <T> T run(TraceListener listener, Callable<T> code) throws Exception {
        Objects.requireNonNull(listener, "listener must not be null");
        Objects.requireNonNull(code, "code must not be null");
        TraceListener outer = LISTENER.get();
        LISTENER.set(listener);
        try {
            return code.call();
        } finally {
            if (outer == null) {
                LISTENER.remove();
            } else {
                LISTENER.set(outer);
            }
        }
    }

    /** The listener a new trace reports to, or null outside a scope. */
    static TraceListener current() {
        return LISTENER.get();
    }
}
