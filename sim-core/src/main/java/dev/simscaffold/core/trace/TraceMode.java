package dev.simscaffold.core.trace;

import dev.simscaffold.core.Api;

/** How much of a run a {@link Trace} keeps in memory. */
@Api(Api.Status.STABLE)
public enum TraceMode {
    /** Keep every event: for debugging and rendering. */
    FULL,
    /** Keep only the fingerprint and a bounded tail of recent events: O(1) memory for long runs. */
    FINGERPRINT_ONLY,
    /**
     * Keep only how many events of each kind were recorded: no fingerprint (asking for it is refused), no
     * events, values neither encoded nor rendered. For a model checker's search, which tells states apart by
     * their model state, never by their trace, and replays the one run it reports with a fingerprint.
     */
    @Api(Api.Status.EXPERIMENTAL)
    COUNTS_ONLY
}
