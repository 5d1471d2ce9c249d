package dev.simscaffold.testkit.property;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.check.Assume;
import dev.simscaffold.core.check.Gen;

/**
 * Entry point for property tests in JUnit 5: state a property over generated values in any
 * {@code @Test} method, and a failure arrives shrunk, with its seed and the command that replays it.
 *
 * <pre>{@code
 * @Test
 * void sortingKeepsEveryElement() {
 *     Properties.forAll(Gen.lists(Gen.ints(-100, 100), 0, 50))
 *             .tries(500)
 *             .check(list -> assertThat(sorted(list)).containsExactlyInAnyOrderElementsOf(list));
 * }
 * }</pre>
 *
 * <p>The base seed is random per run and printed; {@code -Dsim.seed=N} fixes it, and running a failure's
 * seed replays that failing case on the first try.
 */
@Api(Api.Status.STABLE)
public final class Properties {

    private Properties() {
    }

    /**
     * Starts a property over the values of a generator.
     *
     * @param <T> the generated type
     * @param gen the generator
     * @return the property, ready to configure and check
     */
    public static <T> ForAll<T> forAll(Gen<T> gen) {
        if (gen == null) {
            throw new NullPointerException("gen must not be null");
        }
        return new ForAll<>(gen);
    }

    /**
     * Discards the current test case unless a condition holds: for preconditions that are easier to
     * state in the property than as a generator filter. Too many discards end the run with an error
     * naming the assumption.
     *
     * @param condition what the rest of the property needs
     * @param label names the assumption in that error
     */
    public static void assume(boolean condition, String label) {
        Assume.that(condition, label);
    }
}
