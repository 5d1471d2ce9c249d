package dev.simscaffold.core.expect;

import dev.simscaffold.core.Api;
import java.io.Serial;

/**
 * Thrown by {@link Expectation#unmet} when the check itself failed: it threw, or returned null. Explorers
 * report it as a failure of that expectation, under its name, rather than as a crash of the run or, worse,
 * as "not reached": a broken check must never read as a result.
 */
@Api(Api.Status.STABLE)
public final class BrokenExpectationException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The name of the expectation whose check failed. */
    private final String expectation;

    BrokenExpectationException(String expectation, String what, Throwable cause) {
        super("the check of \"" + expectation + "\" " + what, cause);
        this.expectation = expectation;
    }

    /**
     * Returns the name of the expectation whose check failed.
     *
     * @return the name
     */
    public String expectation() {
        return expectation;
    }
}
