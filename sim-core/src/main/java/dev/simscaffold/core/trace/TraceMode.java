package dev.simscaffold.core.trace;

/** How much of a run a {@link Trace} keeps in memory. */
public enum TraceMode {
    /** Keep every event: for debugging and rendering. */
    FULL,
    /** Keep only the fingerprint and a bounded tail of recent events: O(1) memory for long runs. */
    FINGERPRINT_ONLY
}
