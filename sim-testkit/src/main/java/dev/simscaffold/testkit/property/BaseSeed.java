package dev.simscaffold.testkit.property;

import dev.simscaffold.testkit.replay.SimProperty;
import java.util.OptionalLong;
import java.util.SplittableRandom;

/**
 * Where a property's base seed comes from: {@code -Dsim.seed} if given (so the replay command in a
 * failure report always works), else the seed fixed in the test, else a fresh random one. Picking a
 * random seed is the one non-deterministic act of the property engine, and it lives here, outside
 * sim-core, which never reads a clock or owns entropy.
 */
final class BaseSeed {

    /** The system property that fixes the base seed of every property in the run. */
    static final String PROPERTY = SimProperty.SEED.key();

    private BaseSeed() {
    }

    static long resolve(OptionalLong fixedInTest) {
        String given = System.getProperty(PROPERTY);
        if (given != null && !given.isBlank()) {
            return parse(given.trim());
        }
        return fixedInTest.isPresent() ? fixedInTest.getAsLong() : new SplittableRandom().nextLong();
    }

    static boolean givenOnCommandLine() {
        String given = System.getProperty(PROPERTY);
        return given != null && !given.isBlank();
    }

    private static long parse(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PROPERTY + " must be a 64-bit decimal integer, got \"" + text + "\"", e);
        }
    }
}
