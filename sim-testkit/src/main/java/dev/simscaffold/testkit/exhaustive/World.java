package dev.simscaffold.testkit.exhaustive;

import dev.simscaffold.core.harness.HarnessView;
import dev.simscaffold.core.time.LogicalTime;
import java.util.List;

/**
 * One state of the explored model: every instance's state, the time, and the routed effects in flight in
 * sending order. Worlds are deduplicated by value equality. A world is itself the {@link HarnessView} that
 * expectations over states read, so checking a state allocates nothing.
 *
 * @param <S> the state type
 * @param <I> the input type
 */
record World<S, I>(List<S> states, LogicalTime now, List<World.Letter<I>> inFlight) implements HarnessView<S> {

    /**
     * A routed effect in flight.
     *
     * @param order the input's text when any message may arrive next, the last key of the canonical order
     *     in flight; {@code ""} otherwise. Derived from the input, so it never tells two letters apart that
     *     are otherwise equal; kept here so that sorting renders each message once, not on every comparison.
     */
    record Letter<I>(int from, int to, I input, String order) {
    }

    World {
        states = List.copyOf(states);
        inFlight = List.copyOf(inFlight);
    }
}
