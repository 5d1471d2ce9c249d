package dev.simscaffold.testkit.exhaustive;

import dev.simscaffold.core.harness.Invariant;
import dev.simscaffold.core.harness.StateMachine;
import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.testkit.scenario.Action;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Breadth-first search over every sequence of actions up to a depth, for small configurations of a
 * {@link StateMachine}. Where random simulation samples interleavings, this enumerates them all, so it
 * proves an invariant for the configuration and returns the <em>shortest</em> counterexample when one exists.
 *
 * <p>A state is the list of all instances' states plus the current time; states are deduplicated by value
 * equality, so state types must be values (records) with proper {@code equals}/{@code hashCode}. Two kinds of
 * invariant are checked: {@link Builder#invariant state invariants} at every state, which must judge the
 * current states alone; and {@link Builder#transitionInvariant transition invariants}, invariants that keep
 * history (such as "epochs only grow"), on every transition: a fresh instance is shown the state before and
 * then the state after, so it judges that one step. Every transition is checked, including those that lead
 * to a state already seen. Effects are not faulted here.
 *
 * <pre>{@code
 * ExhaustiveSearch.builder(machine)
 *         .instances(2, initialState)
 *         .alphabet(List.of(Action.apply(0, new Acquire()), Action.apply(1, new Acquire()), Action.advance(5)))
 *         .invariant(atMostOneHolder)
 *         .depth(8)
 *         .build()
 *         .run()
 *         .assertHolds();
 * }</pre>
 *
 * @param <S> the state type
 * @param <I> the input type
 * @param <E> the effect type
 */
public final class ExhaustiveSearch<S, I, E> {

    /** The default bound on distinct states, so a search that would exhaust memory fails instead. */
    public static final long DEFAULT_MAX_STATES = 1_000_000;

    private record World<S>(List<S> states, LogicalTime now) {
    }

    private record Node<S, I>(World<S> world, Node<S, I> parent, Action<I> action, int depth) {
        List<Action<I>> path() {
            List<Action<I>> actions = new ArrayList<>();
            for (Node<S, I> node = this; node.parent() != null; node = node.parent()) {
                actions.add(node.action());
            }
            Collections.reverse(actions);
            return actions;
        }
    }

    private final StateMachine<S, I, E> machine;
    private final List<S> initialStates;
    private final List<Action<I>> alphabet;
    private final List<Invariant<S>> invariants;
    private final List<Supplier<? extends Invariant<S>>> transitionInvariants;
    private final int depth;
    private final long maxStates;

    private ExhaustiveSearch(Builder<S, I, E> builder) {
        this.machine = builder.machine;
        this.initialStates = List.copyOf(builder.initialStates);
        this.alphabet = List.copyOf(builder.alphabet);
        this.invariants = List.copyOf(builder.invariants);
        this.transitionInvariants = List.copyOf(builder.transitionInvariants);
        this.depth = builder.depth;
        this.maxStates = builder.maxStates;
    }

    /**
     * Starts configuring a search.
     *
     * @param <S> the state type
     * @param <I> the input type
     * @param <E> the effect type
     * @param machine the transition function to explore
     * @return the builder
     */
    public static <S, I, E> Builder<S, I, E> builder(StateMachine<S, I, E> machine) {
        return new Builder<>(machine);
    }

    /**
     * Runs the search.
     *
     * @return what it found
     */
    public ExhaustiveResult<I> run() {
        World<S> start = new World<>(initialStates, LogicalTime.ZERO);
        Node<S, I> root = new Node<>(start, null, null, 0);
        Set<World<S>> seen = new HashSet<>();
        seen.add(start);
        Optional<Counterexample<I>> broken = check(root);
        if (broken.isPresent()) {
            return new ExhaustiveResult<>(1, 0, false, broken);
        }
        ArrayDeque<Node<S, I>> frontier = new ArrayDeque<>();
        frontier.add(root);
        while (!frontier.isEmpty()) {
            Node<S, I> node = frontier.poll();
            if (node.depth() == depth) {
                continue;
            }
            for (Action<I> action : alphabet) {
                World<S> next = step(node.world(), action);
                Node<S, I> child = new Node<>(next, node, action, node.depth() + 1);
                broken = checkTransition(node.world(), child);
                if (broken.isPresent()) {
                    return new ExhaustiveResult<>(seen.size(), node.depth(), false, broken);
                }
                if (!seen.add(next)) {
                    continue;
                }
                broken = check(child);
                if (broken.isPresent()) {
                    return new ExhaustiveResult<>(seen.size(), node.depth(), false, broken);
                }
                if (seen.size() >= maxStates) {
                    return new ExhaustiveResult<>(seen.size(), node.depth(), false, Optional.empty());
                }
                frontier.add(child);
            }
        }
        return new ExhaustiveResult<>(seen.size(), depth, true, Optional.empty());
    }

    private World<S> step(World<S> world, Action<I> action) {
        if (action instanceof Action.Advance<I> advance) {
            return new World<>(world.states(), world.now().advance(advance.ticks()));
        }
        Action.Apply<I> apply = (Action.Apply<I>) action;
        List<S> states = new ArrayList<>(world.states());
        states.set(apply.instance(), machine.transition(states.get(apply.instance()), apply.input(), world.now()).state());
        return new World<>(Collections.unmodifiableList(states), world.now());
    }

    private Optional<Counterexample<I>> check(Node<S, I> node) {
        for (Invariant<S> invariant : invariants) {
            List<String> violations = invariant.check(node.world().states(), node.world().now());
            if (!violations.isEmpty()) {
                return Optional.of(new Counterexample<>(node.path(), invariant.name(), violations));
            }
        }
        return Optional.empty();
    }

    private Optional<Counterexample<I>> checkTransition(World<S> before, Node<S, I> after) {
        for (Supplier<? extends Invariant<S>> fresh : transitionInvariants) {
            Invariant<S> invariant = fresh.get();
            invariant.check(before.states(), before.now());
            List<String> violations = invariant.check(after.world().states(), after.world().now());
            if (!violations.isEmpty()) {
                return Optional.of(new Counterexample<>(after.path(), invariant.name(), violations));
            }
        }
        return Optional.empty();
    }

    /**
     * Configures an {@link ExhaustiveSearch}.
     *
     * @param <S> the state type
     * @param <I> the input type
     * @param <E> the effect type
     */
    public static final class Builder<S, I, E> {
        private final StateMachine<S, I, E> machine;
        private List<S> initialStates = List.of();
        private List<Action<I>> alphabet = List.of();
        private final List<Invariant<S>> invariants = new ArrayList<>();
        private final List<Supplier<? extends Invariant<S>>> transitionInvariants = new ArrayList<>();
        private int depth = -1;
        private long maxStates = DEFAULT_MAX_STATES;

        private Builder(StateMachine<S, I, E> machine) {
            if (machine == null) {
                throw new NullPointerException("machine must not be null");
            }
            this.machine = machine;
        }

        /**
         * Starts {@code count} instances in {@code state}.
         *
         * @param count how many, {@code >= 1}
         * @param state the initial state
         * @return this builder
         */
        public Builder<S, I, E> instances(int count, S state) {
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
        public Builder<S, I, E> initialStates(List<S> states) {
            if (states.isEmpty()) {
                throw new IllegalArgumentException("initial states must not be empty");
            }
            this.initialStates = List.copyOf(states);
            return this;
        }

        /**
         * Sets the finite alphabet of actions, tried in this order at every state.
         *
         * @param actions the actions, not empty
         * @return this builder
         */
        public Builder<S, I, E> alphabet(List<Action<I>> actions) {
            if (actions.isEmpty()) {
                throw new IllegalArgumentException("the alphabet must not be empty");
            }
            this.alphabet = List.copyOf(actions);
            return this;
        }

        /**
         * Adds an invariant that judges current states alone.
         *
         * @param invariant the invariant
         * @return this builder
         */
        public Builder<S, I, E> invariant(Invariant<S> invariant) {
            invariants.add(invariant);
            return this;
        }

        /**
         * Adds an invariant that keeps history, checked on every transition: each check gets a fresh
         * instance, shown the states before the transition and then the states after.
         *
         * @param fresh creates a fresh instance of the invariant
         * @return this builder
         */
        public Builder<S, I, E> transitionInvariant(Supplier<? extends Invariant<S>> fresh) {
            if (fresh == null) {
                throw new NullPointerException("fresh must not be null");
            }
            transitionInvariants.add(fresh);
            return this;
        }

        /**
         * Sets how many actions deep to search.
         *
         * @param depth {@code >= 1}
         * @return this builder
         */
        public Builder<S, I, E> depth(int depth) {
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
        public Builder<S, I, E> maxStates(long maxStates) {
            if (maxStates < 1) {
                throw new IllegalArgumentException("maxStates must be >= 1, got " + maxStates);
            }
            this.maxStates = maxStates;
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
}
