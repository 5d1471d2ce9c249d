package dev.simscaffold.core.trace;

import dev.simscaffold.core.Api;
import java.util.List;

/**
 * What a {@link Trace} had recorded at one point, taken by {@link Trace#checkpoint()} and put back by
 * {@link Trace#restore(TraceCheckpoint)}: the fingerprint's state, the per-kind counts and size, and the kept
 * events (all of them in a full trace, the tail otherwise). Immutable once taken; the kept events are
 * immutable values, so a checkpoint shares them.
 */
@Api(Api.Status.INTERNAL)
public final class TraceCheckpoint {

    final long hashState;
    final long[] counts;
    final long size;
    final List<TraceEvent> events;
    final TraceTail tail;

    TraceCheckpoint(long hashState, long[] counts, long size, List<TraceEvent> events, TraceTail tail) {
        this.hashState = hashState;
        this.counts = counts;
        this.size = size;
        this.events = events;
        this.tail = tail;
    }
}
