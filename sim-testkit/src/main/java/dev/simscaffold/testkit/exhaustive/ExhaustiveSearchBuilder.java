package dev.simscaffold.testkit.exhaustive;

import dev.simscaffold.core.fault.EffectFaults;
import dev.simscaffold.core.harness.EffectRouter;
import dev.simscaffold.core.harness.Invariant;
import dev.simscaffold.core.harness.Sometimes;
import dev.simscaffold.core.harness.StateMachine;
import dev.simscaffold.core.harness.TransitionInvariant;
import dev.simscaffold.testkit.scenario.Action;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Configures an {@link ExhaustiveSearch}: instances, alphabet, depth and checks are required; a router,
 * effect faults, a state bound, a clock and a progress reporter are optional.
 *
 * @param <S> the state type
 * @param <I> the input type
 * @param <E> the effect type
 */
public final class ExhaustiveSearchBuilder<S, I, E> {
    final StateMachine<S, I, E> machine;
    List<S> initialStates = List.of();
    List<Action<I>> alphabet = List.of();
    final List<Invariant<S>> invariants = new ArrayList<>();
    final List<TransitionInvariant<S, I>> transitionInvariants = new ArrayList<>();
    final List<Sometimes<S, I>> sometimes = new ArrayList<>();
    EffectRouter<E, I> router;
    EffectFaults faults = EffectFaults.NONE;
    int depth = -1;
    long maxStates = ExhaustiveSearch.DEFAULT_MAX_STATES;
    LongSupplier clock;
    Consumer<String> progress;

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
     * Adds an invariant that judges the current states, checked at every new state.
     *
     * @param invariant the invariant
     * @return this builder
     */
    public ExhaustiveSearchBuilder<S, I, E> invariant(Invariant<S> invariant) {
        invariants.add(Objects.requireNonNull(invariant, "invariant must not be null"));
        return this;
    }

    /**
     * Adds an invariant over each step (before, input, after, now), checked on every explored step,
     * including those that lead to a state already seen.
     *
     * @param invariant the invariant
     * @return this builder
     */
    public ExhaustiveSearchBuilder<S, I, E> transitionInvariant(TransitionInvariant<S, I> invariant) {
        transitionInvariants.add(Objects.requireNonNull(invariant, "transition invariant must not be null"));
        return this;
    }

    /**
     * Declares a situation some explored step should reach; {@link ExhaustiveResult#assertHolds()} fails
     * naming it if none does.
     *
     * @param condition the condition
     * @return this builder
     */
    public ExhaustiveSearchBuilder<S, I, E> sometimes(Sometimes<S, I> condition) {
        sometimes.add(Objects.requireNonNull(condition, "sometimes condition must not be null"));
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
     * @throws IllegalStateException if instances, alphabet, depth or invariants are missing, or an
     *                               action targets an instance that does not exist
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
        if (invariants.isEmpty() && transitionInvariants.isEmpty()) {
            throw new IllegalStateException("no invariants: a search that checks nothing proves nothing");
        }
        for (Action<I> action : alphabet) {
            if (action instanceof Action.Apply<I> apply && apply.instance() >= initialStates.size()) {
                throw new IllegalStateException("action " + apply + " targets instance " + apply.instance()
                        + " but there are only " + initialStates.size() + " instances");
            }
        }
        return new ExhaustiveSearch<>(this);
    }
}
