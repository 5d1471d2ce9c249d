package dev.simscaffold.testkit.exhaustive;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.fault.EffectFaults;
import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.expect.Kind;
import dev.simscaffold.core.harness.EffectRouter;
import dev.simscaffold.core.harness.HarnessView;
import dev.simscaffold.core.harness.StateMachine;
import dev.simscaffold.core.harness.Transition;
import dev.simscaffold.testkit.scenario.Action;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;

/**
 * Configures an {@link ExhaustiveSearch}: instances, alphabet, depth and at least one always expectation are
 * required; a router, effect faults, a state bound, a clock and a progress reporter are optional. It takes the
 * expectations a {@code SimHarness} takes, so one set of checks serves random runs and the search alike.
 *
 * @param <S> the state type
 * @param <I> the input type
 * @param <E> the effect type
 */
@Api(Api.Status.EXPERIMENTAL)
public final class ExhaustiveSearchBuilder<S, I, E> {
    final StateMachine<S, I, E> machine;
    List<S> initialStates = List.of();
    List<Action<I>> alphabet = List.of();
    final List<Expectation<? super HarnessView<S>>> overStates = new ArrayList<>();
    final List<Expectation<? super Transition<S, I>>> overSteps = new ArrayList<>();
    private final Set<String> sometimesNames = new TreeSet<>();
    EffectRouter<E, I> router;
    EffectFaults faults = EffectFaults.NONE;
    int depth = -1;
    long maxStates = ExhaustiveSearch.DEFAULT_MAX_STATES;
    LongSupplier clock;
    Consumer<String> progress;
    UnaryOperator<List<S>> symmetry;

    ExhaustiveSearchBuilder(StateMachine<S, I, E> machine) {
        this.machine = Objects.requireNonNull(machine, "machine must not be null");
    }

    /**
     * Starts {@code count} instances in {@code state}.
     *
     * @param count how many, {@code >= 1}
     * @param state the initial state
     * @return this builder
     */
    public ExhaustiveSearchBuilder<S, I, E> instances(int count, S state) {
        if (count < 1) {
            throw new IllegalArgumentException("instance count must be >= 1, got " + count);
        }
        this.initialStates = Collections.nCopies(count, state);
        return this;
    }

    /**
     * Starts one instance per given state.
     *
     * @param states the initial states, not empty
     * @return this builder
     */
    public ExhaustiveSearchBuilder<S, I, E> initialStates(List<S> states) {
        if (states.isEmpty()) {
            throw new IllegalArgumentException("initial states must not be empty");
        }
        this.initialStates = List.copyOf(states);
        return this;
    }

    /**
     * Sets the finite alphabet of actions, tried in this order at every state (before routed deliveries).
     *
     * @param actions the actions, not empty
     * @return this builder
     */
    public ExhaustiveSearchBuilder<S, I, E> alphabet(List<Action<I>> actions) {
        if (actions.isEmpty()) {
            throw new IllegalArgumentException("the alphabet must not be empty");
        }
        this.alphabet = List.copyOf(actions);
        return this;
    }

    /**
     * Routes effects between instances, as {@code SimHarnessBuilder.router} does: each routed effect in
     * flight is delivered as its receiver's input, and every order of delivery is explored.
     *
     * @param router tells which effects go to which instance
     * @return this builder
     */
    public ExhaustiveSearchBuilder<S, I, E> router(EffectRouter<E, I> router) {
        this.router = Objects.requireNonNull(router, "router must not be null");
        return this;
    }

    /**
     * Switches on the fates of routed effects to explore: a positive drop rate explores their loss, a
     * positive duplicate rate a second delivery, a positive delay rate any order of delivery and time
     * passing while they are in flight. The rates' values do not matter: every fate that can happen is
     * explored.
     *
     * @param faults the effect faults, as given to the harness
     * @return this builder
     */
    public ExhaustiveSearchBuilder<S, I, E> faults(EffectFaults faults) {
        this.faults = Objects.requireNonNull(faults, "faults must not be null (use EffectFaults.NONE)");
        return this;
    }

    /**
     * Adds an expectation over all instances' states, as {@code SimHarnessBuilder.expect} takes it: an always
     * one is checked at every new state, in the order added; a sometimes one is counted on every explored
     * step, and {@link ExhaustiveResult#assertHolds()} fails naming it if no step reaches it.
     *
     * @param expectation always or sometimes; a sometimes name must be new to this search
     * @return this builder
     * @throws IllegalArgumentException for an eventually expectation: a breadth-first search up to a depth
     *                                  sees no infinite runs, so it cannot judge liveness
     */
    public ExhaustiveSearchBuilder<S, I, E> expect(Expectation<? super HarnessView<S>> expectation) {
        overStates.add(admit(expectation));
        return this;
    }

    /**
     * Adds an expectation over each step (the instance, its state before, the input, its state after, the
     * time), as {@code SimHarnessBuilder.expectStep} takes it: an always one is checked on every explored
     * step, including those that lead to a state already seen, after the always expectations over states; a
     * sometimes one is counted on every explored step.
     *
     * @param expectation always or sometimes; a sometimes name must be new to this search
     * @return this builder
     * @throws IllegalArgumentException for an eventually expectation, which this search cannot judge
     */
    public ExhaustiveSearchBuilder<S, I, E> expectStep(Expectation<? super Transition<S, I>> expectation) {
        overSteps.add(admit(expectation));
        return this;
    }

    private <V extends Expectation<?>> V admit(V expectation) {
        Objects.requireNonNull(expectation, "expectation must not be null");
        if (expectation.kind() == Kind.EVENTUALLY) {
            throw new IllegalArgumentException("ExhaustiveSearch checks always and sometimes expectations, got " + expectation
                    + ": a search bounded by depth never sees the end of a run, so it cannot tell \"not yet\" from"
                    + " \"never\"; check it on a SimNetwork with awaitLiveness");
        }
        if (expectation.kind() == Kind.SOMETIMES && !sometimesNames.add(expectation.name())) {
            throw new IllegalArgumentException("a sometimes expectation named \"" + expectation.name() + "\" was already added");
        }
        return expectation;
    }

    /**
     * Reduces the search by symmetry: every state reached is replaced by {@code representative} of it before
     * it is looked up, kept and expanded, so the search counts one state per orbit. The representative must be
     * an exact canonical form: equal for two states exactly when one is a relabelling of the other (sorting
     * interchangeable parts by <em>all</em> of their data, or {@link Symmetry#leastRelabelling}); one that
     * merges states from different orbits loses states, one that splits an orbit only loses reduction. The
     * expectations must not tell relabelled states apart. Not combined with a router, whose effects in flight
     * name instances.
     *
     * @param representative maps the instances' states to their orbit's canonical member
     * @return this builder
     */
    public ExhaustiveSearchBuilder<S, I, E> symmetry(UnaryOperator<List<S>> representative) {
        this.symmetry = Objects.requireNonNull(representative, "representative must not be null");
        return this;
    }

    /**
     * Sets how many moves deep to search.
     *
     * @param depth {@code >= 1}
     * @return this builder
     */
    public ExhaustiveSearchBuilder<S, I, E> depth(int depth) {
        if (depth < 1) {
            throw new IllegalArgumentException("depth must be >= 1, got " + depth);
        }
        this.depth = depth;
        return this;
    }

    /**
     * Bounds the number of distinct states.
     *
     * @param maxStates {@code >= 1}
     * @return this builder
     */
    public ExhaustiveSearchBuilder<S, I, E> maxStates(long maxStates) {
        if (maxStates < 1) {
            throw new IllegalArgumentException("maxStates must be >= 1, got " + maxStates);
        }
        this.maxStates = maxStates;
        return this;
    }

    /**
     * Measures the search with a clock the caller chooses (such as {@code System::nanoTime}), so the
     * result reports its duration and rate; without one it reports neither.
     *
     * @param nanos returns a time in nanoseconds
     * @return this builder
     */
    public ExhaustiveSearchBuilder<S, I, E> clock(LongSupplier nanos) {
        this.clock = Objects.requireNonNull(nanos, "nanos must not be null");
        return this;
    }

    /**
     * Reports a one-line summary each time a depth level is complete, such as {@code System.out::println}.
     *
     * @param progress receives the summaries
     * @return this builder
     */
    public ExhaustiveSearchBuilder<S, I, E> progress(Consumer<String> progress) {
        this.progress = Objects.requireNonNull(progress, "progress must not be null");
        return this;
    }

    /**
     * Validates and builds the search.
     *
     * @return the search
     * @throws IllegalStateException if instances, alphabet, depth or an always expectation are missing, or
     *                               an action targets an instance that does not exist
     */
    public ExhaustiveSearch<S, I, E> build() {
        if (initialStates.isEmpty()) {
            throw new IllegalStateException("no instances: call instances(count, state) or initialStates(list)");
        }
        if (alphabet.isEmpty()) {
            throw new IllegalStateException("no alphabet: call alphabet(actions)");
        }
        if (depth < 0) {
            throw new IllegalStateException("no depth: call depth(n)");
        }
        if (overStates.stream().noneMatch(ExhaustiveSearchBuilder::always)
                && overSteps.stream().noneMatch(ExhaustiveSearchBuilder::always)) {
            throw new IllegalStateException("no always expectation: a search that checks nothing proves nothing");
        }
        if (symmetry != null && router != null) {
            throw new IllegalStateException("symmetry with a router: routed effects in flight name instances, which a"
                    + " representative of the states alone cannot relabel");
        }
        for (Action<I> action : alphabet) {
            if (action instanceof Action.Apply<I> apply && apply.instance() >= initialStates.size()) {
                throw new IllegalStateException("action " + apply + " targets instance " + apply.instance()
                        + " but there are only " + initialStates.size() + " instances");
            }
        }
        return new ExhaustiveSearch<>(this);
    }

    private static boolean always(Expectation<?> expectation) {
        return expectation.kind() == Kind.ALWAYS;
    }
}
