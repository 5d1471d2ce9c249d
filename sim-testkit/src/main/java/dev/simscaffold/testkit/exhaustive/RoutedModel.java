package dev.simscaffold.testkit.exhaustive;

import dev.simscaffold.core.fault.EffectFaults;
import dev.simscaffold.core.harness.Addressed;
import dev.simscaffold.core.harness.EffectRouter;
import dev.simscaffold.core.harness.StateMachine;
import dev.simscaffold.core.harness.Step;
import dev.simscaffold.core.harness.Transition;
import dev.simscaffold.testkit.scenario.Action;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The successors of a {@link World}: the model that {@link dev.simscaffold.core.harness.SimHarness} runs at
 * random, enumerated. Every alphabet action is an edge; so is the delivery of a routed effect in flight.
 * Without delay faults, routed effects arrive in sending order (only the oldest may be delivered) and time
 * does not pass while one is in flight, as in the harness, where they arrive before time moves on; with
 * delay faults any of them may arrive next, and time may pass first. With drop or duplicate faults, losing
 * the effect, or delivering it and keeping a copy in flight, are edges too. Fault rates only switch a fate
 * on: every fate that can happen is explored. When any effect may arrive next, the order they are in
 * flight in no longer matters, so it is normalised (by receiver, sender, then the input's text) and worlds
 * that differ only in that order count as one state.
 *
 * @param <S> the state type
 * @param <I> the input type
 * @param <E> the effect type
 */
final class RoutedModel<S, I, E> {

    /** An edge: the move, where it leads, and the step it took (null for time and drops). */
    record Edge<S, I>(Move<I> move, World<S, I> next, Transition<S, I> transition) {
    }

    private final StateMachine<S, I, E> machine;
    private final List<Action<I>> alphabet;
    private final EffectRouter<E, I> router;
    private final EffectFaults faults;
    private final boolean reorders;

    private static final Comparator<World.Letter<?>> CANONICAL = Comparator.<World.Letter<?>>comparingInt(World.Letter::to)
            .thenComparingInt(World.Letter::from).thenComparing(letter -> String.valueOf(letter.input()));

    RoutedModel(StateMachine<S, I, E> machine, List<Action<I>> alphabet, EffectRouter<E, I> router, EffectFaults faults) {
        this.machine = machine;
        this.alphabet = alphabet;
        this.router = router;
        this.faults = faults;
        this.reorders = faults.delayRate() > 0;
    }

    List<Edge<S, I>> successors(World<S, I> world) {
        List<Edge<S, I>> edges = new ArrayList<>();
        for (Action<I> action : alphabet) {
            if (action instanceof Action.Apply<I> apply) {
                edges.add(step(new Move.Act<>(action), world, world.inFlight(), apply.instance(), apply.input()));
            } else if (world.inFlight().isEmpty() || reorders) {
                Action.Advance<I> advance = (Action.Advance<I>) action;
                edges.add(new Edge<>(new Move.Act<>(action),
                        new World<>(world.states(), world.now().advance(advance.ticks()), world.inFlight()), null));
            }
        }
        int deliverable = reorders ? world.inFlight().size() : Math.min(1, world.inFlight().size());
        for (int k = 0; k < deliverable; k++) {
            World.Letter<I> letter = world.inFlight().get(k);
            List<World.Letter<I>> rest = new ArrayList<>(world.inFlight());
            rest.remove(k);
            edges.add(step(new Move.Deliver<>(letter.from(), letter.to(), letter.input()), world, rest, letter.to(), letter.input()));
            if (faults.duplicateRate() > 0) {
                edges.add(step(new Move.Duplicate<>(letter.from(), letter.to(), letter.input()), world, world.inFlight(),
                        letter.to(), letter.input()));
            }
            if (faults.dropRate() > 0) {
                edges.add(new Edge<>(new Move.Drop<>(letter.from(), letter.to(), letter.input()),
                        new World<>(world.states(), world.now(), rest), null));
            }
        }
        return edges;
    }

    private Edge<S, I> step(Move<I> move, World<S, I> world, List<World.Letter<I>> inFlight, int instance, I input) {
        S before = world.states().get(instance);
        Step<S, E> step = machine.transition(before, input, world.now());
        List<S> states = new ArrayList<>(world.states());
        states.set(instance, step.state());
        List<World.Letter<I>> letters = new ArrayList<>(inFlight);
        if (router != null) {
            for (E effect : step.effects()) {
                Optional<Addressed<I>> routed = router.route(instance, effect);
                if (routed.isPresent()) {
                    letters.add(new World.Letter<>(instance, checked(routed.get(), effect, states.size()), routed.get().input()));
                }
            }
        }
        if (reorders) {
            letters.sort(CANONICAL);
        }
        return new Edge<>(move, new World<>(states, world.now(), letters),
                new Transition<>(instance, before, input, step.state(), world.now()));
    }

    private static int checked(Addressed<?> addressed, Object effect, int instances) {
        if (addressed.to() >= instances) {
            throw new IllegalStateException("the effect router addressed " + effect + " to instance " + addressed.to()
                    + ", but the search has instances [0, " + instances + ")");
        }
        return addressed.to();
    }
}
