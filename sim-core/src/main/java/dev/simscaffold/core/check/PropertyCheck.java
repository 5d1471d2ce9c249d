package dev.simscaffold.core.check;

import dev.simscaffold.core.Api;

/**
 * The body of a property: it passes by returning and fails by throwing (an {@link AssertionError}, an
 * {@code InvariantViolationError} from a harness, or any exception).
 *
 * @param <T> the type of the generated value
 */
@Api(Api.Status.STABLE)
@FunctionalInterface
public interface PropertyCheck<T> {

    /**
     * Checks the property for one generated value.
     *
     * @param value the value
     * @throws Exception to fail the property (unchecked throwables fail it too)
     */
    void check(T value) throws Exception;
}
