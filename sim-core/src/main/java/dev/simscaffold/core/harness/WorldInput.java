package dev.simscaffold.core.harness;

import dev.simscaffold.core.Api;

/**
 * What a test does to the harness world, as {@link HarnessModel} enumerates it: what
 * {@link SimHarness#apply(int, Object)} and {@link SimHarness#advance(long)} do in a random run.
 *
 * @param <I> the input type
 */
@Api(Api.Status.INTERNAL)
public sealed interface WorldInput<I> permits WorldInput.Apply, WorldInput.Advance {

    /**
     * An external input to one instance.
     *
     * @param <I> the input type
     * @param instance the instance
     * @param input the input
     */
    record Apply<I>(int instance, I input) implements WorldInput<I> {
    }

    /**
     * Time passing.
     *
     * @param <I> the input type
     * @param ticks how long
     */
    record Advance<I>(long ticks) implements WorldInput<I> {
    }
}
