package dev.simscaffold.core.check;

import dev.simscaffold.core.Api;

/**
 * Discards the current test case from inside a property, for conditions that are easier to state there
 * than as a generator filter: {@code Assume.that(list.size() > 1, "two or more")}. A discarded test case
 * neither passes nor fails; too many discards end the run with an error naming the assumption.
 */
@Api(Api.Status.STABLE)
public final class Assume {

    private Assume() {
    }

    /**
     * Discards the test case unless the condition holds.
     *
     * @param condition what the rest of the property needs
     * @param label names the assumption in the error a run gives when it discards too many test cases
     */
    public static void that(boolean condition, String label) {
        if (!condition) {
            throw Discard.assumption(label);
        }
    }

    /**
     * Discards the test case unless the condition holds.
     *
     * @param condition what the rest of the property needs
     */
    public static void that(boolean condition) {
        that(condition, "assumption");
    }
}
