package dev.simscaffold.core.model;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.time.LogicalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A model key ({@link ModelKeyed#modelKey}) that keeps the node's absolute times apart from the rest of its state,
 * and so declares that the node measures time only from now: a model checker may then take two states that
 * differ only by a shift in time as one state (see {@link ModelTime#RELATIVE_WHERE_DECLARED}), which lets a
 * protocol whose clocks only move forward repeat its states.
 *
 * <p>Returning a timed key is a promise about the node: run from a state with {@code now} and every one of its
 * {@code times} shifted by the same number of ticks, it does the same things, with the times it arms and
 * reports shifted alike. So it holds no other absolute time ({@code state} has none: a deadline, a last-heard
 * tick, a lease's end all go in {@code times}); it never acts on a time's absolute value (no "at tick 100", no
 * {@code now % period}); and it puts no absolute time in a message, a durable state or on a disk, because the
 * network keys those as they are and would take a stale timestamp there for a fresh one.
 *
 * <pre>{@code
 * public Object modelKey() {
 *     return TimedKey.of(new State(entries, started), nextRound, leaseEnd);
 * }
 * }</pre>
 *
 * @param state the node's state without its absolute times, a value with value equality
 * @param times the node's absolute times, in ticks, in an order that depends on {@code state} only
 */
@Api(Api.Status.EXPERIMENTAL)
public record TimedKey(Object state, List<Long> times) {

    /**
     * Copies the times and rejects a missing part.
     *
     * @param state the state without times
     * @param times the times, in ticks
     */
    public TimedKey {
        Objects.requireNonNull(state, "state must not be null");
        times = List.copyOf(Objects.requireNonNull(times, "times must not be null"));
    }

    /**
     * Returns the key of a node whose state is {@code state} and whose absolute times are {@code times}.
     *
     * @param state the state without times
     * @param times the times, in the order the state fixes
     * @return the key
     */
    public static TimedKey of(Object state, LogicalTime... times) {
        List<Long> ticks = new ArrayList<>(times.length);
        for (LogicalTime time : times) {
            ticks.add(time.ticks());
        }
        return new TimedKey(state, ticks);
    }

    /**
     * Returns {@code key} as a timed key: itself if it is one, else a key whose whole value is its state and that
     * declares no times (any time inside it then stays absolute). For a node that composes the keys of its parts.
     *
     * @param key a part's key
     * @return the key as a timed key
     */
    public static TimedKey from(Object key) {
        return key instanceof TimedKey timed ? timed : new TimedKey(key, List.of());
    }

    /**
     * Returns this key with every time {@code ticks} earlier: with {@code ticks} the network's now, the times
     * relative to now.
     *
     * @param ticks how far to shift, in ticks
     * @return the shifted key
     */
    public TimedKey shiftedBy(long ticks) {
        if (ticks == 0 || times.isEmpty()) {
            return this;
        }
        Long[] shifted = new Long[times.size()];
        for (int i = 0; i < shifted.length; i++) {
            shifted[i] = times.get(i) - ticks;
        }
        return new TimedKey(state, List.of(shifted));
    }
}
