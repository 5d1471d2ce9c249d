package dev.simscaffold.testkit.replay;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.explore.Strategy;

/**
 * Where the strategy of a property, a sweep or a campaign comes from: {@code -Dsim.strategy} if given (so a
 * replay command that names a strategy replays it), else the one set in the test. Read beside the base
 * seed ({@code -Dsim.seed}), because a run is a seed and a strategy: the same seed under another strategy is
 * another run. The default order adds nothing to a replay command.
 */
@Api(Api.Status.INTERNAL)
public final class StrategyProperty {

    /** The system property that sets the strategy of every property, sweep and campaign in the run. */
    public static final String PROPERTY = SimProperty.STRATEGY.key();

    private StrategyProperty() {
    }

    /**
     * Resolves the strategy.
     *
     * @param setInTest the strategy the test set
     * @return {@code -Dsim.strategy}'s strategy, else {@code setInTest}
     * @throws IllegalArgumentException naming the value when it is not a strategy
     */
    public static Strategy resolve(Strategy setInTest) {
        String given = System.getProperty(PROPERTY);
        if (!givenOnCommandLine()) {
            return setInTest;
        }
        try {
            return Strategy.parse(given);
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("-D" + PROPERTY + "=" + given + " is not a strategy: " + unknown.getMessage(), unknown);
        }
    }

    /**
     * Tells whether {@code -Dsim.strategy} was given.
     *
     * @return true when it was
     */
    public static boolean givenOnCommandLine() {
        String given = System.getProperty(PROPERTY);
        return given != null && !given.isBlank();
    }

    /**
     * What a replay command adds for a strategy: nothing for the default order.
     *
     * @param strategy the strategy
     * @return {@code " -Dsim.strategy=..."} or {@code ""}
     */
    public static String flag(Strategy strategy) {
        return strategy.equals(Strategy.uniform()) ? "" : " -D" + PROPERTY + "=" + strategy.name();
    }
}
