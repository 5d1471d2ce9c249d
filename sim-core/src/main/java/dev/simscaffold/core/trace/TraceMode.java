package dev.simscaffold.core.trace;

import dev.simscaffold.core.Api;

/** How much of a run a {@link Trace} keeps in memory. */
@Api(Api.Status.STABLE)
public enum TraceMode {
    /** Keep every event: for debugging and rendering. */
    FULL,
    /** Keep only the fingerprint and a bounded tail of recent events: O(1) memory for long runs. */
    FINGERPRINT_ONLY
}
