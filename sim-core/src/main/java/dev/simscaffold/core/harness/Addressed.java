package dev.simscaffold.core.harness;

import dev.simscaffold.core.Api;

/**
 * An effect's destination when it is a message to another instance: {@link SimHarness} applies
 * {@code input} to instance {@code to} once the message has survived the effect faults.
 *
 * @param <I> the input type
 * @param to the receiving instance, from 0
 * @param input what the receiver is given
 */
@Api(Api.Status.STABLE)
public record Addressed<I>(int to, I input) {

    /**
     * Rejects a negative instance or a null input, naming the value.
     *
     * @param to the receiving instance
     * @param input what the receiver is given
     */
    public Addressed {
        if (to < 0) {
            throw new IllegalArgumentException("an addressed effect needs an instance >= 0, got " + to);
        }
        if (input == null) {
            throw new NullPointerException("the input of an addressed effect must not be null");
        }
    }

    @Override
    public String toString() {
        return "to instance-" + to + ": " + input;
    }
}
