package dev.simscaffold.testkit.exhaustive;

import dev.simscaffold.core.time.LogicalTime;
import java.util.List;

/**
 * One state of the explored model: every instance's state, the time, and the routed effects in flight in
 * sending order. Worlds are deduplicated by value equality.
 *
 * @param <S> the state type
 * @param <I> the input type
 */
record World<S, I>(List<S> states, LogicalTime now, List<World.Letter<I>> inFlight) {

    /** A routed effect in flight. */
    record Letter<I>(int from, int to, I input) {
    }

    World {
        states = List.copyOf(states);
        inFlight = List.copyOf(inFlight);
    }
}
