package dev.simscaffold.core.net;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.internal.Require;
import dev.simscaffold.core.time.LogicalTime;
import java.util.Objects;

/**
 * What {@link SimNetwork#runUntil} found: whether the condition held, and when. A run that did not
 * reach its condition is a value, not an exception, so a test can assert either outcome (for example
 * that a protocol does not converge while a partition holds).
 *
 * @param held whether the condition held before the deadline
 * @param time when it first held, or the deadline if it never did
 * @param events how many events this call processed
 */
@Api(Api.Status.STABLE)
public record RunResult(boolean held, LogicalTime time, long events) {

    /**
     * Validates the components; the message of any failure names the bad component and value.
     *
     * @param held the {@code held} component
     * @param time the {@code time} component
     * @param events the {@code events} component
     */
    public RunResult {
        Objects.requireNonNull(time, "time must not be null");
        Require.nonNegative("events", events);
    }
}
