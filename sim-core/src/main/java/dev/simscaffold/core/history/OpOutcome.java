package dev.simscaffold.core.history;

import dev.simscaffold.core.Api;

/**
 * How a client operation ended, as Jepsen records it. The distinction that matters to a checker is what
 * the client <em>knows</em>: an {@link #OK} took effect with the output it saw, a {@link #FAIL} certainly
 * did not take effect, and an {@link #INFO} may have taken effect at any point after its invocation, or
 * never.
 */
@Api(Api.Status.EXPERIMENTAL)
public enum OpOutcome {
    /** The operation completed and returned its output. */
    OK,
    /** The operation certainly did not take effect (the service said so). */
    FAIL,
    /**
     * The client does not know whether the operation took effect: its reply was lost, it timed out or it
     * crashed. An operation still pending when the history ends counts as this.
     */
    INFO
}
