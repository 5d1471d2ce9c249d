package dev.simscaffold.core;

import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.time.LogicalTime;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one source of time and chance for a simulation run: its seed, its clock and its root random
 * stream. Everything a simulation needs to be reproducible hangs off this object, so a run is replayed
 * by building a context with the same seed.
 *
 * <p>The clock only moves forward; an attempt to move it back fails with both times in the message.
 */
public final class SimContext {

    private final long seed;
    private final SimRandom random;
    private final Set<String> purposes = new TreeSet<>();
    private LogicalTime now = LogicalTime.ZERO;

    /**
     * Creates a context whose root stream is the portable default generator for {@code seed}.
     *
     * @param seed the run's seed
     */
    public SimContext(long seed) {
        this(SimRandom.seeded(seed));
    }

    /**
     * Creates a context over a given root stream, for example one whose draws the property engine
     * records or replays. The context's seed is the stream's.
     *
     * @param random the root stream
     */
    public SimContext(SimRandom random) {
        if (random == null) {
            throw new NullPointerException("random must not be null");
        }
        this.random = random;
        this.seed = random.seed();
    }

    /**
     * Returns the seed that replays this run.
     *
     * @return the seed
     */
    public long seed() {
        return seed;
    }

    /**
     * Returns the current simulated time.
     *
     * @return the time
     */
    public LogicalTime now() {
        return now;
    }

    /**
     * Returns the root random stream. Prefer {@link #fork(String)} for each consumer.
     *
     * @return the root stream
     */
    public SimRandom random() {
        return random;
    }

    /**
     * Derives an independent random stream for one purpose. Each purpose may be forked once per context:
     * a second fork of the same purpose would silently share the first one's numbers (a test drawing from
     * {@code fork("effects")} would replay the harness's own fault decisions), so it is refused.
     *
     * @param purpose a non-empty name such as {@code "inputs"} or {@code "effects"}
     * @return the stream
     * @throws IllegalStateException if this context already forked {@code purpose}
     */
    public SimRandom fork(String purpose) {
        SimRandom stream = random.fork(purpose);
        if (!purposes.add(purpose)) {
            throw new IllegalStateException("fork purpose \"" + purpose + "\" is already in use on this context (purposes so far: "
                    + purposes + "); pick a name of your own, such as \"inputs\" or \"workload\"");
        }
        return stream;
    }

    /**
     * Moves the clock forward.
     *
     * @param ticks how far, {@code >= 0}
     * @return the new time
     * @throws IllegalArgumentException if {@code ticks} is negative
     */
    public LogicalTime advance(long ticks) {
        now = now.advance(ticks);
        return now;
    }

    /**
     * Moves the clock to a given time, which must not be before the current one.
     *
     * @param time the new time
     * @return the new time
     * @throws IllegalArgumentException if {@code time} is before the current time, naming both
     */
    public LogicalTime advanceTo(LogicalTime time) {
        if (time.isBefore(now)) {
            throw new IllegalArgumentException("time cannot go backwards: now is " + now + ", asked to move to " + time);
        }
        now = time;
        return now;
    }

    @Override
    public String toString() {
        return "SimContext[seed=" + seed + ", now=" + now + "]";
    }
}
