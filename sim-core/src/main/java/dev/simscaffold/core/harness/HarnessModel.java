package dev.simscaffold.core.harness;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.fault.EffectFaults;
import dev.simscaffold.core.time.LogicalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The harness world's rules, defined once for its two explorers: how an instance steps, which effects are
 * routed to which instance, which fates an effect can meet under the effect faults, and in which order
 * routed effects may arrive. {@link SimHarness} follows one run through these rules, drawing each decision
 * from its seed or its strategy's chooser, so that each of its moves is one of the {@link #successors} of the
 * world it is in ({@link SimHarness#world()}); {@code ExhaustiveSearch} (sim-testkit) asks {@link #successors}
 * for every way a {@link HarnessWorld} can go on and explores them all. Which letters may arrive
 * ({@link #arriving}), with which fates ({@link #fates}) and when time may pass ({@link #timePasses}) are
 * stated once, here, for both.
 *
 * <p>The successors of a world: every {@link WorldInput} given is an edge (time passes only when nothing is
 * in flight, or when delays let messages wait); so is the delivery of a routed effect in flight. Without delay
 * faults routed effects arrive in sending order (only the oldest may be delivered), as in the harness, where
 * every letter is ready when posted and its mailbox delivers the oldest first; with delay faults any of them
 * may arrive next. With drop or duplicate faults, losing the effect, or delivering it and keeping a copy in
 * flight, are edges too. Fault rates only switch a fate on ({@link #mayDrop()}, {@link #mayDelay()},
 * {@link #mayDuplicate()}): the harness draws whether it happens (when the effect is sent, and the letter
 * carries that fate until it arrives), the enumeration explores both. When any
 * effect may arrive next, the order they are in flight in no longer matters, so it is normalised (by
 * receiver, sender, then the input's text) and worlds that differ only in that order are one world.
 *
 * @param <S> the state type
 * @param <I> the input type
 * @param <E> the effect type
 */
@Api(Api.Status.INTERNAL)
public final class HarnessModel<S, I, E> {

    /**
     * One edge of the world: what happened, where it leads, and the step it took.
     *
     * @param <S> the state type
     * @param <I> the input type
     * @param input the index of the {@link WorldInput} taken, or -1 when a letter met a fate
     * @param letter the letter that met a fate, or null for an input
     * @param fate {@link EffectFate#DELIVERED}, {@link EffectFate#DUPLICATED} (delivered, a copy stays in
     *     flight) or {@link EffectFate#DROPPED}; null for an input
     * @param next the world it leads to
     * @param transition the step an instance took, or null when none did (time passing, a letter lost) or
     *     when the caller asked for no transitions
     */
    public record Successor<S, I>(int input, HarnessWorld.Letter<I> letter, EffectFate fate, HarnessWorld<S, I> next,
            Transition<S, I> transition) {

        /**
         * The same edge into another world, such as the next world's symmetry representative.
         *
         * @param other the world
         * @return the edge
         */
        public Successor<S, I> to(HarnessWorld<S, I> other) {
            return new Successor<>(input, letter, fate, other, transition);
        }
    }

    private static final Comparator<HarnessWorld.Letter<?>> CANONICAL = Comparator.<HarnessWorld.Letter<?>>comparingInt(
            HarnessWorld.Letter::to).thenComparingInt(HarnessWorld.Letter::from).thenComparing(HarnessWorld.Letter::order);

    private final StateMachine<S, I, E> machine;
    private final EffectRouter<E, I> router;
    private final int instances;
    private final EffectFaults faults;
    private final boolean reorders;
    private final EffectFate[] arrivals;
    private final List<EffectFate> fates;
    private final Function<? super I, String> text;

    private HarnessModel(StateMachine<S, I, E> machine, EffectRouter<E, I> router, int instances, EffectFaults faults,
            Function<? super I, String> text) {
        this.machine = machine;
        this.router = router;
        this.instances = instances;
        this.faults = faults;
        this.reorders = faults.delayRate() > 0;
        List<EffectFate> switchedOn = new ArrayList<>(List.of(EffectFate.DELIVERED));
        if (faults.duplicateRate() > 0) {
            switchedOn.add(EffectFate.DUPLICATED);
        }
        if (faults.dropRate() > 0) {
            switchedOn.add(EffectFate.DROPPED);
        }
        this.arrivals = switchedOn.toArray(new EffectFate[0]);
        this.fates = List.of(this.arrivals);
        this.text = text;
    }

    /**
     * The rules of one harness world.
     *
     * @param <S> the state type
     * @param <I> the input type
     * @param <E> the effect type
     * @param machine the transition function
     * @param router which effects go to which instance, or null when none do
     * @param instances how many instances, {@code >= 1}
     * @param faults the effect faults
     * @return the model
     * @throws IllegalArgumentException if {@code instances < 1}
     */
    public static <S, I, E> HarnessModel<S, I, E> of(StateMachine<S, I, E> machine, EffectRouter<E, I> router, int instances,
            EffectFaults faults) {
        return of(machine, router, instances, faults, String::valueOf);
    }

    /**
     * The rules of one harness world, with the text that orders letters in flight which differ only in their
     * input when any may arrive next ({@code String.valueOf} by default). An explorer that sends the same
     * inputs again and again passes a memo of it, so each distinct input is rendered once, not once per letter.
     *
     * @param <S> the state type
     * @param <I> the input type
     * @param <E> the effect type
     * @param machine the transition function
     * @param router which effects go to which instance, or null when none do
     * @param instances how many instances, {@code >= 1}
     * @param faults the effect faults
     * @param text an input's text, the same for equal inputs
     * @return the model
     * @throws IllegalArgumentException if {@code instances < 1}
     */
    public static <S, I, E> HarnessModel<S, I, E> of(StateMachine<S, I, E> machine, EffectRouter<E, I> router, int instances,
            EffectFaults faults, Function<? super I, String> text) {
        if (instances < 1) {
            throw new IllegalArgumentException("a harness model needs at least one instance, got " + instances);
        }
        if (machine == null || faults == null || text == null) {
            throw new NullPointerException("machine, faults and text must not be null");
        }
        return new HarnessModel<>(machine, router, instances, faults, text);
    }

    /**
     * One instance's step.
     *
     * @param before the instance's state
     * @param input the input
     * @param now the time
     * @return the step
     * @throws NullPointerException if the state machine returns null
     */
    public Step<S, E> transition(S before, I input, LogicalTime now) {
        Step<S, E> step = machine.transition(before, input, now);
        if (step == null) {
            throw new NullPointerException("the state machine returned null for input " + input + " at " + now);
        }
        return step;
    }

    /**
     * Where an emitted effect goes.
     *
     * @param from the instance that emitted it
     * @param effect the effect
     * @return its receiver and input, or null for an effect meant for the outside world (always, without a router)
     * @throws IllegalStateException if the router names an instance that does not exist
     */
    public Addressed<I> route(int from, E effect) {
        if (router == null) {
            return null;
        }
        Optional<Addressed<I>> routed = router.route(from, effect);
        if (routed == null) {
            throw new NullPointerException("the effect router returned null for " + effect + "; return Optional.empty() for an external effect");
        }
        if (routed.isPresent() && routed.get().to() >= instances) {
            throw new IllegalStateException("the effect router addressed " + effect + " to instance " + routed.get().to()
                    + ", but there are instances [0, " + instances + ")");
        }
        return routed.orElse(null);
    }

    /**
     * Whether the router sends any effect to an instance.
     *
     * @return whether a router is set
     */
    public boolean routes() {
        return router != null;
    }

    /**
     * Whether an effect may be lost.
     *
     * @return whether the drop rate is positive
     */
    public boolean mayDrop() {
        return faults.dropRate() > 0;
    }

    /**
     * Whether an effect may be held back, so that routed effects may arrive in any order.
     *
     * @return whether the delay rate is positive
     */
    public boolean mayDelay() {
        return reorders;
    }

    /**
     * Whether an effect may arrive twice.
     *
     * @return whether the duplicate rate is positive
     */
    public boolean mayDuplicate() {
        return faults.duplicateRate() > 0;
    }

    /**
     * How many of {@code inFlight} letters may arrive next, from the first of the world's order: every one
     * when delays reorder, else the oldest.
     *
     * @param inFlight how many letters are in flight
     * @return how many of them may arrive next
     */
    public int arriving(int inFlight) {
        return reorders ? inFlight : Math.min(1, inFlight);
    }

    /**
     * The fates a letter may meet when it arrives, in the order {@link #successors} lists them:
     * {@link EffectFate#DELIVERED}, then {@link EffectFate#DUPLICATED} and {@link EffectFate#DROPPED} when the
     * faults switch them on.
     *
     * @return the fates, immutable
     */
    public List<EffectFate> fates() {
        return fates;
    }

    /**
     * Whether time may pass while {@code inFlight} letters are in flight: only when none is, unless delays
     * let messages wait.
     *
     * @param inFlight how many letters are in flight
     * @return whether an {@link WorldInput.Advance} is a successor
     */
    public boolean timePasses(int inFlight) {
        return inFlight == 0 || reorders;
    }

    /**
     * Checks that a run follows these rules: a letter arrives only from where {@link #arriving} allows and
     * only with a fate {@link #fates} lists. {@link SimHarness} calls it at every arrival, so a harness that
     * took a step the exhaustive search would not enumerate fails at once instead of drifting.
     *
     * @param position the letter's position in the world's order of letters in flight
     * @param inFlight how many letters are in flight
     * @param fate the fate it meets
     * @throws IllegalStateException if the model lists no such successor
     */
    void requireSuccessor(int position, int inFlight, EffectFate fate) {
        if (position >= arriving(inFlight) || !fates.contains(fate)) {
            throw new IllegalStateException("the harness model lists no successor where letter " + position + " of " + inFlight
                    + " in flight is " + fate + " (it lets " + arriving(inFlight) + " arrive, as " + fates + ")");
        }
    }

    /**
     * The world a harness is in, in this model's terms: its letters in flight given in sending order, put
     * into the canonical order when any may arrive next.
     *
     * @param states every instance's state
     * @param now the time
     * @param sent the harness's letters in flight, in sending order
     * @return the world
     */
    HarnessWorld<S, I> world(List<S> states, LogicalTime now, List<Mailbox.Letter<I>> sent) {
        List<HarnessWorld.Letter<I>> letters = new ArrayList<>(sent.size());
        for (Mailbox.Letter<I> letter : sent) {
            letters.add(new HarnessWorld.Letter<>(letter.from(), letter.to(), letter.input(), order(letter.input())));
        }
        if (reorders) {
            letters.sort(CANONICAL);
        }
        return new HarnessWorld<>(states, now, letters);
    }

    /**
     * Every way {@code world} can go on, in a fixed order: the inputs in the order given, then each letter
     * that may arrive next (the oldest only, unless delays reorder), delivered, duplicated, dropped.
     *
     * @param world the world
     * @param inputs what a test may do, the same list at every world
     * @param keepTransitions whether to build each edge's {@link Transition} (only checks of steps need it)
     * @return the edges
     */
    public List<Successor<S, I>> successors(HarnessWorld<S, I> world, List<WorldInput<I>> inputs, boolean keepTransitions) {
        List<Successor<S, I>> edges = new ArrayList<>();
        List<HarnessWorld.Letter<I>> inFlight = world.inFlight();
        for (int index = 0; index < inputs.size(); index++) {
            WorldInput<I> input = inputs.get(index);
            if (input instanceof WorldInput.Apply<I> apply) {
                edges.add(step(index, null, null, world, inFlight, apply.instance(), apply.input(), keepTransitions));
            } else if (timePasses(inFlight.size())) {
                WorldInput.Advance<I> advance = (WorldInput.Advance<I>) input;
                edges.add(new Successor<>(index, null, null,
                        new HarnessWorld<>(world.states(), world.now().advance(advance.ticks()), inFlight), null));
            }
        }
        int arriving = arriving(inFlight.size());
        for (int k = 0; k < arriving; k++) {
            HarnessWorld.Letter<I> letter = inFlight.get(k);
            List<HarnessWorld.Letter<I>> rest = without(inFlight, k);
            for (EffectFate fate : arrivals) {
                edges.add(arrival(letter, fate, world, inFlight, rest, keepTransitions));
            }
        }
        return edges;
    }

    /** The edge of a letter meeting a fate: received and gone, received with a copy left in flight, or lost. */
    private Successor<S, I> arrival(HarnessWorld.Letter<I> letter, EffectFate fate, HarnessWorld<S, I> world,
            List<HarnessWorld.Letter<I>> inFlight, List<HarnessWorld.Letter<I>> rest, boolean keepTransitions) {
        return switch (fate) {
            case DELIVERED -> step(-1, letter, fate, world, rest, letter.to(), letter.input(), keepTransitions);
            case DUPLICATED -> step(-1, letter, fate, world, inFlight, letter.to(), letter.input(), keepTransitions);
            case DROPPED -> new Successor<>(-1, letter, fate, new HarnessWorld<>(world.states(), world.now(), rest), null);
            case DELAYED -> throw new IllegalStateException("a delay is not a fate a letter meets on arrival");
        };
    }

    /**
     * The edge of one transition. {@code inFlight} is immutable and, when messages may arrive in any order,
     * already canonical, so a step that sends nothing keeps it as it is and one that sends re-sorts it with
     * the new letters.
     */
    private Successor<S, I> step(int index, HarnessWorld.Letter<I> letter, EffectFate fate, HarnessWorld<S, I> world,
            List<HarnessWorld.Letter<I>> inFlight, int instance, I input, boolean keepTransitions) {
        S before = world.states().get(instance);
        Step<S, E> step = transition(before, input, world.now());
        List<S> states = replaced(world.states(), instance, step.state());
        List<HarnessWorld.Letter<I>> letters = inFlight;
        if (router != null && !step.effects().isEmpty()) {
            List<HarnessWorld.Letter<I>> sent = new ArrayList<>(inFlight);
            for (E effect : step.effects()) {
                Addressed<I> routed = route(instance, effect);
                if (routed != null) {
                    sent.add(new HarnessWorld.Letter<>(instance, routed.to(), routed.input(), order(routed.input())));
                }
            }
            if (reorders) {
                sent.sort(CANONICAL);
            }
            letters = sent;
        }
        Transition<S, I> transition = keepTransitions ? new Transition<>(instance, before, input, step.state(), world.now()) : null;
        return new Successor<>(index, letter, fate, new HarnessWorld<>(states, world.now(), letters), transition);
    }

    /** The last key of the canonical order: the input's text when the order matters. */
    private String order(I input) {
        return reorders ? text.apply(input) : "";
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
}
