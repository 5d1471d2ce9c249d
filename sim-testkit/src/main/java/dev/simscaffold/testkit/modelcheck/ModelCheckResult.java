package dev.simscaffold.testkit.modelcheck;

import dev.simscaffold.core.Api;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a network model check found and how much it explored. Only {@link Verdict#HOLDS} is a proof; a check
 * that stopped at a limit says so, with the depth it completed and the states it saw.
 *
 * @param <M> the message type
 * @param verdict what the check established
 * @param states distinct states reached, the start states included
 * @param transitions moves followed, including those into states already seen
 * @param depth BFS: the deepest level whose every state was expanded; DFS: the deepest state reached; a delay-bounded
 *              search: its deviation bound, or the deviations its counterexample needs
 * @param counterexample the path to a broken expectation, if one was found (the shortest, for BFS)
 * @param sometimes each sometimes expectation of the checker with how many distinct states met it
 * @param replayedMoves moves replayed to rebuild states, the cost of keeping states as paths
 * @param elapsedNanos how long the check took, when given a stopwatch
 */
@Api(Api.Status.EXPERIMENTAL)
public record ModelCheckResult<M>(Verdict verdict, long states, long transitions, int depth,
        Optional<NetworkCounterexample<M>> counterexample, Map<String, Long> sometimes, long replayedMoves,
        OptionalLong elapsedNanos) {

    /** What a check established. */
    public enum Verdict {
        /** Every reachable state was explored (within the budgets) and met every expectation. */
        HOLDS,
        /** A reachable state broke an expectation: see the counterexample. */
        VIOLATED,
        /** Every state up to the depth bound met every expectation, but some had moves past it. */
        INCOMPLETE_DEPTH,
        /** The state limit stopped the check before it covered the depth bound. */
        INCOMPLETE_STATES,
        /**
         * Every state was explored and met every always expectation, but an eventually expectation misses on
         * a cycle that does not move time, where fairness cannot be judged.
         */
        INCOMPLETE_LIVENESS,
        /**
         * A delay-bounded search ({@link NetworkModelCheckBuilder#deviations}) met no violation in any run that
         * deviates from the default schedule at most {@link #depth()} times, up to its horizon of moves, but cut
         * off some run at one of the two bounds.
         */
        INCOMPLETE_DEVIATIONS
    }

    /**
     * Freezes the sometimes counts in declaration order.
     *
     * @param verdict what the check established
     * @param states distinct states
     * @param transitions moves followed
     * @param depth depth completed or reached
     * @param counterexample the counterexample, if any
     * @param sometimes counts per sometimes expectation
     * @param replayedMoves moves replayed
     * @param elapsedNanos duration, if measured
     */
    public ModelCheckResult {
        sometimes = Collections.unmodifiableMap(new LinkedHashMap<>(sometimes));
    }

    /**
     * Renders the outcome in one line: the verdict, states, transitions, depth and, when measured, the rate.
     *
     * @return the summary
     */
    public String summary() {
        String what = switch (verdict) {
            case HOLDS -> "holds: every reachable state explored";
            case VIOLATED -> "violated";
            case INCOMPLETE_DEPTH -> "incomplete at depth " + depth + " (depth bound; no violation up to it)";
            case INCOMPLETE_STATES -> "incomplete at depth " + depth + " (state limit)";
            case INCOMPLETE_LIVENESS -> "incomplete: an eventually expectation misses on a cycle that does not move time";
            case INCOMPLETE_DEVIATIONS -> "incomplete at deviation bound " + depth + " (no violation in any run deviating at most "
                    + depth + " times from the default schedule, up to the horizon)";
        };
        String rate = elapsedNanos.isPresent()
                ? String.format(Locale.ROOT, ", %d ms, %.0f states/s", elapsedNanos.getAsLong() / 1_000_000,
                        states * 1e9 / Math.max(1, elapsedNanos.getAsLong()))
                : "";
        return what + ", " + states + " states, " + transitions + " transitions" + rate;
    }

    /**
     * Fails unless every reachable state was explored and met every expectation.
     *
     * @return this result
     * @throws AssertionError with the counterexample's report (its trace files, sequence diagram and replay
     *         command, see {@link NetworkCounterexample#report()}), or saying where and why the check stopped
     */
    public ModelCheckResult<M> assertHolds() {
        return check(false);
    }

    /**
     * Fails on a violation or when the state limit stopped the check; passes when every state up to the
     * depth bound met every expectation, which is a bounded result, not a proof.
     *
     * @return this result
     * @throws AssertionError with the counterexample's report, or saying the state limit stopped the check
     */
    public ModelCheckResult<M> assertHoldsWithinDepth() {
        return check(true);
    }

    private ModelCheckResult<M> check(boolean boundedIsEnough) {
        if (counterexample.isPresent()) {
            throw counterexample.get().failure("(" + summary() + ")");
        }
        if (verdict == Verdict.INCOMPLETE_STATES || verdict == Verdict.INCOMPLETE_LIVENESS || ((verdict == Verdict.INCOMPLETE_DEPTH || verdict == Verdict.INCOMPLETE_DEVIATIONS) && !boundedIsEnough)) {
            throw new AssertionError("model check " + summary() + ": raise the limit or lower the bound");
        }
        sometimes.forEach((name, count) -> {
            if (count == 0) {
                throw new AssertionError("sometimes expectation '" + name + "' met by no explored state (" + summary() + ")");
            }
        });
        return this;
    }
}
