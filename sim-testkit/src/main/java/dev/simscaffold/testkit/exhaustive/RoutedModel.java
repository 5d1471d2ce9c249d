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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** An edge: the move, where it leads, and the step it took (null for time and drops, and when no check reads steps). */
    record Edge<S, I>(Move<I> move, World<S, I> next, Transition<S, I> transition) {
    }

    private final StateMachine<S, I, E> machine;
    private final List<Action<I>> alphabet;
    private final EffectRouter<E, I> router;
    private final EffectFaults faults;
    private final boolean reorders;
    private final boolean keepsTransitions;
    /** Each distinct input's text, rendered once: the canonical order compares texts on every sort. Looked up, never iterated. */
    private final Map<Object, String> texts = new HashMap<>();

    private static final Comparator<World.Letter<?>> CANONICAL = Comparator.<World.Letter<?>>comparingInt(World.Letter::to)
            .thenComparingInt(World.Letter::from).thenComparing(World.Letter::order);

    /**
     * Creates the model; {@code keepsTransitions} says whether a check reads the steps, so that a search
     * without transition invariants or sometimes conditions builds no {@link Transition} per edge.
     */
    RoutedModel(StateMachine<S, I, E> machine, List<Action<I>> alphabet, EffectRouter<E, I> router, EffectFaults faults,
            boolean keepsTransitions) {
        this.machine = machine;
        this.alphabet = alphabet;
        this.router = router;
        this.faults = faults;
        this.reorders = faults.delayRate() > 0;
        this.keepsTransitions = keepsTransitions;
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
            List<World.Letter<I>> rest = without(world.inFlight(), k);
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

    /**
     * The edge of one transition. {@code inFlight} is immutable and, when messages may arrive in any order,
     * already canonical, so a step that sends nothing keeps it as it is and one that sends re-sorts it with
     * the new letters.
     */
    private Edge<S, I> step(Move<I> move, World<S, I> world, List<World.Letter<I>> inFlight, int instance, I input) {
        S before = world.states().get(instance);
        Step<S, E> step = machine.transition(before, input, world.now());
        List<S> states = replaced(world.states(), instance, step.state());
        List<World.Letter<I>> letters = inFlight;
        if (router != null && !step.effects().isEmpty()) {
            List<World.Letter<I>> sent = new ArrayList<>(inFlight);
            for (E effect : step.effects()) {
                Optional<Addressed<I>> routed = router.route(instance, effect);
                if (routed.isPresent()) {
                    I routedInput = routed.get().input();
                    sent.add(new World.Letter<>(instance, checked(routed.get(), effect, states.size()), routedInput, order(routedInput)));
                }
            }
            if (reorders) {
                sent.sort(CANONICAL);
            }
            letters = sent;
        }
        Transition<S, I> transition = keepsTransitions ? new Transition<>(instance, before, input, step.state(), world.now()) : null;
        return new Edge<>(move, new World<>(states, world.now(), letters), transition);
    }

    /** The last key of the canonical order: the input's text when the order matters, rendered once per distinct input. */
    private String order(I input) {
        return reorders ? texts.computeIfAbsent(input, String::valueOf) : "";
    }

    /** An immutable copy of {@code list} with element {@code index} replaced. */
    @SuppressWarnings("unchecked")
    private static <T> List<T> replaced(List<T> list, int index, T value) {
        Object[] elements = list.toArray();
        elements[index] = value;
        return (List<T>) List.of(elements);
    }

    /** An immutable copy of {@code list} without element {@code index}, in the same order. */
    private static <T> List<T> without(List<T> list, int index) {
        List<T> rest = new ArrayList<>(list);
        rest.remove(index);
        return List.copyOf(rest);
    }

    private static int checked(Addressed<?> addressed, Object effect, int instances) {
        if (addressed.to() >= instances) {
            throw new IllegalStateException("the effect router addressed " + effect + " to instance " + addressed.to()
                    + ", but the search has instances [0, " + instances + ")");
        }
        return addressed.to();
    }
}
