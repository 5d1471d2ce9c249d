package dev.simscaffold.testkit.assertions;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.harness.SimHarness;
import dev.simscaffold.core.history.History;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.trace.Trace;
import dev.simscaffold.testkit.history.HistoryAssert;

/**
 * Entry point for sim-scaffold's AssertJ assertions: {@code import static
 * dev.simscaffold.testkit.assertions.SimAssertions.assertThat;} beside AssertJ's own.
 */
@Api(Api.Status.STABLE)
public final class SimAssertions {

    private SimAssertions() {
    }

    /**
     * Starts assertions on a harness.
     *
     * @param harness the harness
     * @return the assertion
     */
    public static HarnessAssert assertThat(SimHarness<?, ?, ?> harness) {
        return new HarnessAssert(harness);
    }

    /**
     * Starts assertions on a network.
     *
     * @param <M> the message type
     * @param network the network
     * @return the assertion
     */
    public static <M> NetworkAssert<M> assertThat(SimNetwork<M> network) {
        return new NetworkAssert<>(network);
    }

    /**
     * Starts assertions on a trace.
     *
     * @param trace the trace
     * @return the assertion
     */
    public static TraceAssert assertThat(Trace trace) {
        return new TraceAssert(trace);
    }

    /**
     * Starts assertions on a client history: {@code isLinearizable(model)} and friends.
     *
     * @param <I> the input type
     * @param <O> the output type
     * @param history the history
     * @return the assertion
     */
    public static <I, O> HistoryAssert<I, O> assertThat(History<I, O> history) {
        return new HistoryAssert<>(history);
    }
}
