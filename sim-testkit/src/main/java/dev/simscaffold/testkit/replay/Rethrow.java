package dev.simscaffold.testkit.replay;

import dev.simscaffold.core.Api;

/**
 * Throws what a replayed run threw as it was, checked or not: a replay (a stop at a step, a double run, a choices
 * file) must fail the test with the original exception, never a wrapper that hides its type and stack.
 */
@Api(Api.Status.INTERNAL)
public final class Rethrow {

    private Rethrow() {
    }

    /**
     * Throws {@code failure} unchanged.
     *
     * @param failure what the run threw: an {@link Exception} or an {@link Error}
     * @throws Exception {@code failure} itself when it is an exception
     */
    public static void unchanged(Throwable failure) throws Exception {
        if (failure instanceof Exception exception) {
            throw exception;
        }
        throw (Error) failure;
    }
}
