package dev.simscaffold.core;

import dev.simscaffold.core.explore.Strategy;
import dev.simscaffold.core.explore.StrategyCarrier;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.time.LogicalTime;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one source of time and chance for a simulation run: its seed, its clock, its root random
 * stream and its exploration {@link Strategy}. Everything a simulation needs to be reproducible hangs
 * off this object, so a run is replayed by building a context with the same seed (and strategy).
 *
 * <p>The strategy decides among the events that could happen next; simulators built on this context use
 * it unless told otherwise. A context over the property engine's stream takes the property's strategy
 * from it ({@link StrategyCarrier}), so a network built inside a property explores as the property says.
 *
 * <p>The clock only moves forward; an attempt to move it back fails with both times in the message.
 */
@Api(Api.Status.STABLE)
public final class SimContext {

    private final long seed;
    private final SimRandom random;
    private final Strategy strategy;
    private final Set<String> purposes = new TreeSet<>();
    private LogicalTime now = LogicalTime.ZERO;

    /**
     * Creates a context whose root stream is the portable default generator for {@code seed}.
     *
     * @param seed the run's seed
     */
    public SimContext(long seed) {
        this(SimRandom.seeded(seed), Strategy.uniform());
    }

    /**
     * Creates a context whose root stream is the portable default generator for {@code seed}, exploring
     * with a given strategy.
     *
     * @param seed the run's seed
     * @param strategy how simulators on this context decide among enabled events
     */
    public SimContext(long seed, Strategy strategy) {
        this(SimRandom.seeded(seed), strategy);
    }

    /**
     * Creates a context over a given root stream, for example one whose draws the property engine
     * records or replays. The context's seed is the stream's, and so is its strategy if the stream's
     * source carries one (a property's stream carries the property's); otherwise it is uniform.
     *
     * @param random the root stream
     */
    public SimContext(SimRandom random) {
        this(random, random == null ? null : strategyOf(random));
    }

    /**
     * Creates a context over a given root stream, exploring with a given strategy.
     *
     * @param random the root stream
     * @param strategy how simulators on this context decide among enabled events
     */
    public SimContext(SimRandom random, Strategy strategy) {
        if (random == null) {
            throw new NullPointerException("random must not be null");
        }
        if (strategy == null) {
            throw new NullPointerException("strategy must not be null (use Strategy.uniform())");
        }
        this.random = random;
        this.seed = random.seed();
        this.strategy = strategy;
    }

    private static Strategy strategyOf(SimRandom random) {
        return random.source() instanceof StrategyCarrier carrier ? carrier.strategy() : Strategy.uniform();
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
     * Returns how simulators on this context decide among the events that could happen next.
     *
     * @return the strategy, {@link Strategy#uniform()} unless one was given
     */
    public Strategy strategy() {
        return strategy;
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

    /**
     * Sets the time to {@code time}, earlier or later: only for a network restored to a snapshot by a model
     * checker, whose context goes back with it. Everything else moves time forward with {@link #advanceTo}.
     *
     * @param time the restored time
     */
    @Api(Api.Status.INTERNAL)
    public void restoreTime(LogicalTime time) {
        now = Objects.requireNonNull(time, "time must not be null");
    }

    @Override
    public String toString() {
        return "SimContext[seed=" + seed + ", now=" + now
                + (strategy.equals(Strategy.uniform()) ? "" : ", strategy=" + strategy) + "]";
    }
}
