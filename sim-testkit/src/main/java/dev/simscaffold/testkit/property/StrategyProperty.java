package dev.simscaffold.testkit.property;

import dev.simscaffold.core.explore.Strategy;

/**
 * Where a property's strategy comes from: {@code -Dsim.strategy} if given (so a replay command that names a
 * strategy replays it), else the one set in the test. Read beside {@link BaseSeed}, because a run is a seed
 * and a strategy: the same seed under another strategy is another run. The default order is never
 * printed, so reports of tests that keep it are what they were.
 */
final class StrategyProperty {

    /** The system property that sets the strategy of every property in the run. */
    static final String PROPERTY = "sim.strategy";

    private StrategyProperty() {
    }

    static Strategy resolve(Strategy setInTest) {
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

    static boolean givenOnCommandLine() {
        String given = System.getProperty(PROPERTY);
        return given != null && !given.isBlank();
    }

    /** What a replay command adds for a strategy: nothing for the default order. */
    static String flag(Strategy strategy) {
        return strategy.equals(Strategy.uniform()) ? "" : " -D" + PROPERTY + "=" + strategy.name();
    }
}
