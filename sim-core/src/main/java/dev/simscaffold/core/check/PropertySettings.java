package dev.simscaffold.core.check;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.explore.Strategy;
import dev.simscaffold.core.internal.Require;
import java.util.function.BooleanSupplier;

/**
 * How a property runs: its base seed, how many test cases to try, how large one may grow and how hard
 * to shrink. Every limit is checked here, so a bad setting fails where it is written, naming the value.
 *
 * <p>sim-core never picks a seed itself (it reads no clock and owns no entropy): the caller passes one,
 * and sim-testkit picks a random one when {@code -Dsim.seed} is absent. Try {@code i} uses seed
 * {@code s_i}, where {@code s_0} is the base seed and each next seed is derived from the previous, so
 * running with a failing try's seed as the base seed replays that failure on the first try.
 *
 * @param seed the base seed: the seed of the first try
 * @param tries how many valid test cases to run before the property passes, {@code > 0}
 * @param maxShrinkAttempts how many candidate runs shrinking may make, {@code >= 0}
 * @param maxChoices how many random choices one test case may make before it is discarded, {@code > 0}
 * @param maxDepth how many stack frames deep generation may go before the test case is discarded,
 *                 {@code > 0}; counted in logical frames, so the bound is the same on every JDK and JIT state
 * @param maxDiscards how many test cases may be discarded (filtered out, assumed away, overrun) before the
 *                    run gives up with an {@link IllegalArgumentException}, {@code > 0}
 * @param failureIdentity which shrink candidates count as failing the same way as the original
 * @param stopShrinking polled before each shrink attempt; returning true ends shrinking early. A test
 *                      kit may pass a wall-clock deadline here; results then depend on machine speed
 * @param strategy how a simulation built on a test case's stream decides among the events that could happen
 *                 next: its stream carries the strategy, so {@code new SimContext(random)} (and a network's
 *                 {@code .random(random)}) use it; recorded beside the seed, since the same seed under another
 *                 strategy is another run
 */
@Api(Api.Status.EXPERIMENTAL)
public record PropertySettings(
        long seed,
        int tries,
        int maxShrinkAttempts,
        int maxChoices,
        int maxDepth,
        int maxDiscards,
        FailureIdentity failureIdentity,
        BooleanSupplier stopShrinking,
        Strategy strategy) {

    /** Tries per property unless set: enough to find common bugs in a unit-test budget. */
    public static final int DEFAULT_TRIES = 200;

    /** Candidate runs shrinking may make unless set. */
    public static final int DEFAULT_MAX_SHRINK_ATTEMPTS = 5_000;

    /** Choices one test case may make unless set. */
    public static final int DEFAULT_MAX_CHOICES = 100_000;

    /**
     * Stack frames generation may use unless set: deep enough for any reasonable recursive value, far
     * below the few thousand frames at which a default thread stack overflows.
     */
    public static final int DEFAULT_MAX_DEPTH = 1_000;

    /** Discarded test cases tolerated unless set. */
    public static final int DEFAULT_MAX_DISCARDS = 1_000;

    /**
     * Validates the components; the message of any failure names the bad component and value.
     *
     * @param seed the base seed
     * @param tries valid test cases to run, {@code > 0}
     * @param maxShrinkAttempts candidate runs shrinking may make, {@code >= 0}
     * @param maxChoices choices per test case, {@code > 0}
     * @param maxDepth stack frames generation may use, {@code > 0}
     * @param maxDiscards discarded test cases tolerated, {@code > 0}
     * @param failureIdentity when a candidate fails the same way, not null
     * @param stopShrinking polled before each shrink attempt, not null
     * @param strategy how simulations on a test case's stream explore, not null
     */
    public PropertySettings {
        Require.positive("tries", tries);
        Require.nonNegative("maxShrinkAttempts", maxShrinkAttempts);
        Require.positive("maxChoices", maxChoices);
        Require.positive("maxDepth", maxDepth);
        Require.positive("maxDiscards", maxDiscards);
        Require.present("failureIdentity", failureIdentity);
        Require.present("stopShrinking", stopShrinking);
        Require.present("strategy", strategy);
    }

    /**
     * The default settings for a base seed.
     *
     * @param seed the base seed
     * @return the settings
     */
    public static PropertySettings seeded(long seed) {
        return new PropertySettings(seed, DEFAULT_TRIES, DEFAULT_MAX_SHRINK_ATTEMPTS, DEFAULT_MAX_CHOICES,
                DEFAULT_MAX_DEPTH, DEFAULT_MAX_DISCARDS, FailureIdentity.ORIGIN, () -> false, Strategy.uniform());
    }

    /**
     * Returns a copy with another base seed.
     *
     * @param newSeed the base seed
     * @return the settings
     */
    public PropertySettings withSeed(long newSeed) {
        return new PropertySettings(newSeed, tries, maxShrinkAttempts, maxChoices, maxDepth, maxDiscards, failureIdentity, stopShrinking, strategy);
    }

    /**
     * Returns a copy with another number of tries.
     *
     * @param newTries how many test cases, {@code > 0}
     * @return the settings
     */
    public PropertySettings withTries(int newTries) {
        return new PropertySettings(seed, newTries, maxShrinkAttempts, maxChoices, maxDepth, maxDiscards, failureIdentity, stopShrinking, strategy);
    }

    /**
     * Returns a copy with another shrink budget.
     *
     * @param attempts how many candidate runs shrinking may make, {@code >= 0} (0 turns shrinking off)
     * @return the settings
     */
    public PropertySettings withMaxShrinkAttempts(int attempts) {
        return new PropertySettings(seed, tries, attempts, maxChoices, maxDepth, maxDiscards, failureIdentity, stopShrinking, strategy);
    }

    /**
     * Returns a copy with another limit on choices per test case.
     *
     * @param choices the limit, {@code > 0}
     * @return the settings
     */
    public PropertySettings withMaxChoices(int choices) {
        return new PropertySettings(seed, tries, maxShrinkAttempts, choices, maxDepth, maxDiscards, failureIdentity, stopShrinking, strategy);
    }

    /**
     * Returns a copy with another limit on how deep generation may go.
     *
     * @param depth the limit in stack frames, {@code > 0}
     * @return the settings
     */
    public PropertySettings withMaxDepth(int depth) {
        return new PropertySettings(seed, tries, maxShrinkAttempts, maxChoices, depth, maxDiscards, failureIdentity, stopShrinking, strategy);
    }

    /**
     * Returns a copy with another limit on discarded test cases.
     *
     * @param discards the limit, {@code > 0}
     * @return the settings
     */
    public PropertySettings withMaxDiscards(int discards) {
        return new PropertySettings(seed, tries, maxShrinkAttempts, maxChoices, maxDepth, discards, failureIdentity, stopShrinking, strategy);
    }

    /**
     * Returns a copy with another rule for which shrink candidates fail the same way.
     *
     * @param identity the rule
     * @return the settings
     */
    public PropertySettings withFailureIdentity(FailureIdentity identity) {
        return new PropertySettings(seed, tries, maxShrinkAttempts, maxChoices, maxDepth, maxDiscards, identity, stopShrinking, strategy);
    }

    /**
     * Returns a copy with a signal that ends shrinking early, such as a wall-clock deadline.
     *
     * @param stop polled before each shrink attempt
     * @return the settings
     */
    public PropertySettings withStopShrinking(BooleanSupplier stop) {
        return new PropertySettings(seed, tries, maxShrinkAttempts, maxChoices, maxDepth, maxDiscards, failureIdentity, stop, strategy);
    }

    /**
     * Returns a copy with another exploration strategy.
     *
     * @param newStrategy how simulations on a test case's stream decide among enabled events
     * @return the settings
     */
    public PropertySettings withStrategy(Strategy newStrategy) {
        return new PropertySettings(seed, tries, maxShrinkAttempts, maxChoices, maxDepth, maxDiscards, failureIdentity, stopShrinking, newStrategy);
    }
}
