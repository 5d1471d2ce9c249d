package dev.simscaffold.core.harness;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.time.LogicalTime;
import java.util.List;

/**
 * One state of the harness world as {@link HarnessModel} enumerates it: every instance's state, the time,
 * and the routed effects in flight. Worlds are compared by value, so an exhaustive explorer deduplicates
 * them in a set; state and input types must therefore be values (records). A world is itself the
 * {@link HarnessView} that expectations over states read, so checking one allocates nothing.
 *
 * <p>{@link SimHarness} keeps the same three things live (its states, its clock and its mailbox); the
 * mailbox also knows each letter's ready time, which a world leaves out: without delay faults every letter
 * is ready when posted, and with them {@link HarnessModel} lets any letter arrive next.
 *
 * @param <S> the state type
 * @param <I> the input type
 * @param states every instance's state, indexed by instance
 * @param now the time
 * @param inFlight the routed effects in flight: in sending order, or canonical when any may arrive next
 */
@Api(Api.Status.INTERNAL)
public record HarnessWorld<S, I>(List<S> states, LogicalTime now, List<HarnessWorld.Letter<I>> inFlight) implements HarnessView<S> {

    /**
     * A routed effect in flight.
     *
     * @param <I> the input type
     * @param from the sending instance
     * @param to the receiving instance
     * @param input what the receiver is given
     * @param order the input's text when any message may arrive next, the last key of the canonical order
     *     in flight; {@code ""} otherwise. Derived from the input, so it never tells two letters apart that
     *     are otherwise equal; kept here so that sorting renders each message once, not on every comparison.
     */
    public record Letter<I>(int from, int to, I input, String order) {
    }

    /**
     * Copies the lists (a no-op for lists that are already immutable).
     *
     * @param states every instance's state
     * @param now the time
     * @param inFlight the routed effects in flight
     */
    public HarnessWorld {
        states = List.copyOf(states);
        inFlight = List.copyOf(inFlight);
    }

    /**
     * The world where the harness starts: the given states at time zero, nothing in flight.
     *
     * @param <S> the state type
     * @param <I> the input type
     * @param states every instance's initial state
     * @return the world
     */
    public static <S, I> HarnessWorld<S, I> initial(List<S> states) {
        return new HarnessWorld<>(states, LogicalTime.ZERO, List.of());
    }
}
