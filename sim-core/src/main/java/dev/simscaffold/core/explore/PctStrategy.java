package dev.simscaffold.core.explore;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.internal.Require;
import dev.simscaffold.core.random.SimRandom;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Probabilistic concurrency testing, {@link Strategy#pct(int)}: a PCT scheduler (Burckhardt et al., ASPLOS
 * 2010) over message chains, as PCTCP (Ozkan et al., OOPSLA 2018) adapts it to message passing.
 *
 * <p><b>On a network</b> PCT acts where messages enter the queue ({@link Placer}), so that a step costs what a
 * step of the default order costs: a chain is the messages one node sends another, its priority (high or low,
 * one half each) is drawn with its first message; a high chain's messages arrive at their drawn ticks, a low
 * chain's wait to the end of their windows, as a strict priority scheduler keeps a low chain waiting while higher
 * ones have events. The i-th change point (counted in messages placed, {@code length} of them) demotes the chain
 * of the message being placed to low from then on. Timers, disk completions
 * and faults have no window and keep their ticks. This keeps PCT's idea (a low chain waits while higher ones run,
 * a change point demotes one) but not its guarantee: a low chain's message waits only to the end of its own window,
 * so a later message of a high chain may still come after it. The bound below is proven for the chooser over
 * enabled events (a harness); on a network it is an estimate, and the bug benchmark's per-run rates are the
 * measure of what placement finds.
 *
 * <p><b>In a harness</b>, and for a chooser over enabled events, a <em>chain</em> is the events of one kind from one origin to one set of nodes
 * ({@link EnabledEvent#origin()}, {@link EnabledEvent#touches()}): the messages one node sends another (a
 * channel), a node's timers, its disk completions, the fault actions on some nodes; in a harness, the
 * routed effects from one instance to another and the inputs to one instance. PCTCP builds its chains from
 * the causal order of messages, which the seam does not see; channels are the chains a sender and a
 * receiver give, and keep each channel in its own order. Where PCT gives each thread a random priority, each
 * chain gets one when its first event competes with another, and every decision takes the enabled event
 * of the highest-priority chain (the first in the default order within a chain, so a chain runs in its
 * own order). At {@code depth - 1} change points the chain about to run is demoted below every chain that
 * was never demoted, the i-th change point lower than the ones before. A bug that needs {@code depth}
 * ordering constraints is then found in a run with probability about {@code 1 / (chains * length^(depth-1))}.
 *
 * <p><b>The estimate.</b> A chooser is stateless across runs (a run must replay from its seed alone), so
 * it cannot learn the run's length as Coyote does; the change points are placed uniformly over
 * {@code length} <em>decisions</em> (choices among two or more enabled events; a forced step is not
 * counted). {@link #DEFAULT_LENGTH} fits the corpus Raft: over 50 seeds of its benchmark run (600 ticks
 * of realistic faults, 400 to recover) a run makes 246 to 561 decisions, 416 in the median. A longer run
 * sees no change point past {@code length}, a shorter one fewer change points.
 *
 * <p>All of it is drawn from the run's stream: the change points when the chooser is made (a draw of 0
 * puts a change point at step {@code length}, the latest, so shrinking moves change points out of the
 * run), a chain's priority when it first competes (a draw of 0 is the lowest, and equal priorities fall
 * back to the default order). Shrinking every draw to 0 gives the default order.
 *
 * @param depth the bug depth targeted: {@code depth - 1} change points, at least 1
 * @param length the estimated number of decisions a run makes, at least 1
 */
@Api(Api.Status.EXPERIMENTAL)
public record PctStrategy(int depth, long length) implements Strategy {

    /** The estimated run length {@link Strategy#pct(int)} assumes, in decisions. */
    public static final long DEFAULT_LENGTH = 500;

    /**
     * Validates the parameters; a failure names the bad value.
     *
     * @param depth at least 1
     * @param length at least 1
     */
    public PctStrategy {
        Require.atLeastOne("PCT depth", depth);
        Require.atLeastOne("PCT length", length);
    }

    /** {@code pct:D}, or {@code pct:D:L} when the length is not the default. */
    @Override
    public String name() {
        return "pct:" + depth + (length == DEFAULT_LENGTH ? "" : ":" + length);
    }

    @Override
    public Placer placer(SimRandom random) {
        return new PctPlacer(depth, length, random);
    }

    @Override
    public Chooser chooser(SimRandom random) {
        return new PctChooser(depth, length, random);
    }

    /**
     * PCT's bound: the bug's first chain must draw the highest priority ({@code 1 / chains}) and each of
     * its {@code depth - 1} ordering points must get its change point, drawn uniformly over {@link #length}
     * decisions ({@code 1 / length} each): {@code 1 / (chains * length^(depth-1))}. It covers bugs whose
     * ordering points fall within the first {@code length} decisions; {@link #describeBound} says so when
     * the run is longer.
     */
    @Override
    public OptionalDouble bound(long chains, long decisions) {
        Strategy.checkSize(chains, decisions);
        return OptionalDouble.of(1.0 / chains / Math.pow(length, depth - 1));
    }

    /** The bound with its formula, and the part of a longer run it does not cover. */
    @Override
    public String describeBound(long chains, long decisions) {
        double bound = bound(chains, decisions).getAsDouble();
        String formula = depth == 1 ? "1/" + chains : "1/(" + chains + "*" + length + (depth == 2 ? "" : "^" + (depth - 1)) + ")";
        String text = String.format(Locale.ROOT, "%s on a run of %d decisions over %d chains: a bug of depth %d is hit with probability >= %s = %.2g per run",
                name(), decisions, chains, depth, formula, bound);
        return decisions <= length ? text : text + " if its ordering points fall within the first " + length
                + " decisions (later ones get no change point; raise the length with pct:" + depth + ":" + decisions + ")";
    }
}
