package dev.simscaffold.core.explore;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.internal.Require;
import dev.simscaffold.core.random.SimRandom;
import java.util.Arrays;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * How a run decides among enabled events: a named, parameterised value, recorded beside the seed, that
 * makes a fresh {@link Chooser} for each run. A strategy never changes what a seed means for the draws of
 * the simulation itself: its choosers draw only from the stream they are given (the network's
 * {@code "network.order"} fork, the harness's {@code "routing"} fork).
 *
 * <p>Implementations are records, so that two strategies with the same parameters are equal and a
 * report can print one as it was configured.
 */
@Api(Api.Status.EXPERIMENTAL)
public interface Strategy {

    /**
     * Returns the strategy's compact text form, with its parameters: {@code uniform}, {@code random-walk},
     * {@code pct:3}, {@code pos}, {@code portfolio:pct:3,pos}. It is what a report prints beside the seed
     * ({@code -Dsim.strategy=pct:3}), and {@link #parse(String)} reads it back to an equal strategy.
     *
     * @return the text form
     */
    String name();

    /**
     * Makes the chooser of one run, which decides among enabled events: a harness's routed effects against its
     * next input, and a network's events for a strategy without a {@link #placer} (a model checker's).
     *
     * @param random the stream its decisions are drawn from, of that run
     * @return the chooser
     */
    Chooser chooser(SimRandom random);

    /**
     * Makes the placer of one run on a network: how this strategy orders a network's events, placing each
     * message in its delivery window as it is queued ({@link Placer}). The built-in strategies all have one; a
     * strategy that returns null (the model checker's) decides among the enabled events at every step through
     * its {@link #chooser}, at a cost that grows with the events enabled.
     *
     * @param random the stream its placements are drawn from, of that run
     * @return the placer, or null to decide through the chooser
     */
    default Placer placer(SimRandom random) {
        return null;
    }

    /**
     * How many ticks past its drawn delay the network may hold a message back for this strategy's chooser to
     * deliver it later (see {@link HoldStrategy}); 0 for every strategy that only orders events inside their
     * drawn windows. Read only for a strategy without a {@link #placer}; a placer carries its own
     * ({@link Placer#holdTicks()}).
     *
     * @return the hold, {@code >= 0}
     */
    default long holdTicks() {
        return 0;
    }

    /**
     * Whether this strategy's chooser (read only for a strategy without a {@link #placer}) may take a message at
     * any tick of its window, from the tick its delay
     * was drawn for up to the longest delay the faults allow (plus {@link #holdTicks()}): true for every
     * strategy here. False pins each message to the tick its delay was drawn for, as a run without a chooser
     * does, so that the chooser orders only the events due at one tick; a model checker that branches on the
     * delay draw itself (drawn delays) sees every pending event at one fixed tick. {@link #holdTicks()} is
     * then not used.
     *
     * @return whether messages are queued with their windows
     */
    default boolean deliversInWindows() {
        return true;
    }

    /**
     * The probability with which one run of this strategy is guaranteed to hit a given bug of the depth it
     * targets, for a run of {@code chains} chains (see {@link PctStrategy}) and {@code decisions} decisions
     * (choices among two or more enabled events), whatever the bug: PCT's bound. Strategies without such a
     * guarantee (uniform, random walk, POS) return empty, which says "no bound", not "probability 0".
     *
     * @param chains the run's chains, {@code >= 1}
     * @param decisions the run's decisions, {@code >= 0}
     * @return the lower bound per run, or empty
     * @throws IllegalArgumentException naming a bad size
     */
    default OptionalDouble bound(long chains, long decisions) {
        checkSize(chains, decisions);
        return OptionalDouble.empty();
    }

    /**
     * {@link #bound} as a report prints it beside the replay command, such as {@code pct:3 on a run of 412
     * decisions over 7 chains: a bug of depth 3 is hit with probability >= 1/(7*500^2) = 5.7e-07 per run}.
     *
     * @param chains the run's chains, {@code >= 1}
     * @param decisions the run's decisions, {@code >= 0}
     * @return the sentence
     * @throws IllegalArgumentException naming a bad size
     */
    default String describeBound(long chains, long decisions) {
        OptionalDouble bound = bound(chains, decisions);
        String run = name() + " on a run of " + decisions + " decisions over " + chains + " chains: ";
        return run + (bound.isPresent() ? String.format(Locale.ROOT, "a bug of the targeted depth is hit with probability >= %.2g per run",
                bound.getAsDouble()) : "no bound on hitting a bug of any depth");
    }

    /**
     * Rejects a run size that cannot be.
     *
     * @param chains {@code >= 1}
     * @param decisions {@code >= 0}
     * @throws IllegalArgumentException naming the bad value
     */
    static void checkSize(long chains, long decisions) {
        Require.atLeastOne("chains", chains);
        Require.nonNegative("decisions", decisions);
    }

    /**
     * The default: today's order, byte for byte. A network takes its events in (time, sequence) order of
     * the times their delays were drawn for; a harness delivers the oldest ready routed message before the
     * next external input with probability one half, again until it declines.
     *
     * @return the strategy
     */
    static Strategy uniform() {
        return UniformStrategy.INSTANCE;
    }

    /**
     * A random walk over the schedules: each decision picks uniformly among the enabled events.
     *
     * @return the strategy
     */
    static Strategy randomWalk() {
        return new RandomWalkStrategy();
    }

    /**
     * Probabilistic concurrency testing over message chains (PCTCP) with {@code depth - 1} priority change
     * points, placed over an estimated run length of {@link PctStrategy#DEFAULT_LENGTH} decisions; see
     * {@link PctStrategy}. Finds a bug that needs {@code depth} events in a particular order with a
     * probability that depends on the run's length, not on how unlikely the order is under uniform delays.
     *
     * @param depth the bug depth targeted, at least 1 ({@code 1}: random chain priorities, no change point)
     * @return the strategy
     * @throws IllegalArgumentException if {@code depth < 1}, naming the value
     */
    static Strategy pct(int depth) {
        return new PctStrategy(depth, PctStrategy.DEFAULT_LENGTH);
    }

    /**
     * Partial-order sampling: random priorities per event, re-drawn for the events that race with the one
     * that ran; see {@link PosStrategy}.
     *
     * @return the strategy
     */
    static Strategy pos() {
        return new PosStrategy();
    }

    /**
     * A strategy that chooses delays: every message may be held up to {@code ticks} past its drawn delay, and
     * {@code inner} decides among the enabled events; see {@link HoldStrategy}. Text form
     * {@code hold:TICKS:INNER}, such as {@code hold:30:random-walk} or {@code hold:30:pct:3}.
     *
     * @param ticks how far past its drawn window a message may be held, at least 1
     * @param inner random walk, PCT or POS
     * @return the strategy
     * @throws IllegalArgumentException for {@code ticks < 1} or another inner strategy, naming the value
     */
    static Strategy hold(long ticks, Strategy inner) {
        return new HoldStrategy(ticks, inner);
    }

    /**
     * A portfolio: each run explores with one of the members, picked by the run's first draw on its
     * chooser's stream (so a seed replays); see {@link PortfolioStrategy}.
     *
     * @param members the strategies, at least one, none a portfolio
     * @return the strategy
     * @throws IllegalArgumentException if there is no member, naming the value
     */
    static Strategy portfolio(Strategy... members) {
        return new PortfolioStrategy(members == null ? null : Arrays.asList(members));
    }

    /**
     * Reads a strategy's text form ({@link #name()}): {@code uniform}, {@code random-walk}, {@code pct:D},
     * {@code pct:D:LENGTH}, {@code pos}, {@code hold:TICKS:INNER}, {@code portfolio:A,B,...} with single strategies
     * (holds included) as members.
     *
     * @param text the text form, such as the value of {@code -Dsim.strategy}
     * @return the strategy
     * @throws IllegalArgumentException for an unknown name or a bad parameter, naming the value
     */
    static Strategy parse(String text) {
        return StrategyText.parse(text);
    }
}
