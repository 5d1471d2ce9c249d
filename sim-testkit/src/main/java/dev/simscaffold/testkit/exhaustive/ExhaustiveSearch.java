package dev.simscaffold.testkit.exhaustive;

import dev.simscaffold.core.harness.Invariant;
import dev.simscaffold.core.harness.Sometimes;
import dev.simscaffold.core.harness.StateMachine;
import dev.simscaffold.core.harness.Transition;
import dev.simscaffold.core.harness.TransitionInvariant;
import dev.simscaffold.core.time.LogicalTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Breadth-first search over every sequence of moves up to a depth, for small configurations of a
 * {@link StateMachine}. Where random simulation samples interleavings, this enumerates them all, so it
 * proves an invariant for the configuration and returns the <em>shortest</em> counterexample when one exists.
 *
 * <p>The model is the harness's: alphabet actions (external inputs and the passage of time) and, with a
 * {@link ExhaustiveSearchBuilder#router router}, routed effects between instances, whose every delivery is a
 * branch; with effect faults, so are their loss, duplication and (with delays) reordering. A state is every
 * instance's state, the time and the routed effects in flight, deduplicated by value equality, so state and
 * input types must be values (records). State {@link Invariant}s are checked at every new state;
 * {@link TransitionInvariant}s and {@link Sometimes} conditions on every step, including those that lead to a
 * state already seen. Effects that are not routed are ignored.
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

    private record Node<S, I>(World<S, I> world, Node<S, I> parent, Move<I> move, int depth) {
        List<Move<I>> path() {
            List<Move<I>> moves = new ArrayList<>();
            for (Node<S, I> node = this; node.parent() != null; node = node.parent()) {
                moves.add(node.move());
            }
            Collections.reverse(moves);
            return moves;
        }
    }

    private final RoutedModel<S, I, E> model;
    private final List<S> initialStates;
    private final List<Invariant<S>> invariants;
    private final List<TransitionInvariant<S, I>> transitionInvariants;
    private final List<Sometimes<S, I>> sometimes;
    private final int depth;
    private final long maxStates;
    private final LongSupplier clock;
    private final Consumer<String> progress;

    ExhaustiveSearch(ExhaustiveSearchBuilder<S, I, E> builder) {
        this.model = new RoutedModel<>(builder.machine, List.copyOf(builder.alphabet), builder.router, builder.faults,
                !builder.transitionInvariants.isEmpty() || !builder.sometimes.isEmpty());
        this.initialStates = List.copyOf(builder.initialStates);
        this.invariants = List.copyOf(builder.invariants);
        this.transitionInvariants = List.copyOf(builder.transitionInvariants);
        this.sometimes = List.copyOf(builder.sometimes);
        this.depth = builder.depth;
        this.maxStates = builder.maxStates;
        this.clock = builder.clock;
        this.progress = builder.progress;
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
    public static <S, I, E> ExhaustiveSearchBuilder<S, I, E> builder(StateMachine<S, I, E> machine) {
        return new ExhaustiveSearchBuilder<>(machine);
    }

    /**
     * Runs the search.
     *
     * @return what it found and how much it explored
     */
    public ExhaustiveResult<I> run() {
        return new Run().search();
    }

    /** The mutable bookkeeping of one search. */
    private final class Run {
        private final long started = clock == null ? 0 : clock.getAsLong();
        private final Set<World<S, I>> seen = new HashSet<>();
        private final long[] reached = new long[sometimes.size()];
        private long transitions;
        private int completed;

        ExhaustiveResult<I> search() {
            World<S, I> start = new World<>(initialStates, LogicalTime.ZERO, List.of());
            Node<S, I> root = new Node<>(start, null, null, 0);
            seen.add(start);
            Optional<Counterexample<I>> broken = checkStates(root);
            if (broken.isPresent()) {
                return result(false, broken);
            }
            ArrayDeque<Node<S, I>> frontier = new ArrayDeque<>();
            frontier.add(root);
            while (!frontier.isEmpty()) {
                Node<S, I> node = frontier.poll();
                if (node.depth() > completed) {
                    levelCompleted(node.depth());
                }
                if (node.depth() == depth) {
                    continue;
                }
                for (RoutedModel.Edge<S, I> edge : model.successors(node.world())) {
                    transitions++;
                    Node<S, I> child = new Node<>(edge.next(), node, edge.move(), node.depth() + 1);
                    broken = edge.transition() == null ? Optional.empty() : checkStep(child, edge.transition());
                    if (broken.isEmpty() && seen.add(edge.next())) {
                        broken = checkStates(child);
                        if (broken.isEmpty() && seen.size() >= maxStates) {
                            return result(false, Optional.empty());
                        }
                        frontier.add(child);
                    }
                    if (broken.isPresent()) {
                        return result(false, broken);
                    }
                }
            }
            levelCompleted(depth);
            return result(true, Optional.empty());
        }

        private void levelCompleted(int level) {
            completed = level;
            if (progress != null) {
                progress.accept("exhaustive search: " + result(false, Optional.empty()).summary());
            }
        }

        private Optional<Counterexample<I>> checkStates(Node<S, I> node) {
            for (Invariant<S> invariant : invariants) {
                List<String> violations = invariant.check(node.world().states(), node.world().now());
                if (!violations.isEmpty()) {
                    return Optional.of(new Counterexample<>(node.path(), invariant.name(), violations));
                }
            }
            return Optional.empty();
        }

        private Optional<Counterexample<I>> checkStep(Node<S, I> node, Transition<S, I> transition) {
            for (int i = 0; i < sometimes.size(); i++) {
                if (sometimes.get(i).condition().test(transition)) {
                    reached[i]++;
                }
            }
            for (TransitionInvariant<S, I> invariant : transitionInvariants) {
                List<String> violations = invariant.check(transition);
                if (!violations.isEmpty()) {
                    return Optional.of(new Counterexample<>(node.path(), invariant.name(), violations));
                }
            }
            return Optional.empty();
        }

        private ExhaustiveResult<I> result(boolean exhausted, Optional<Counterexample<I>> counterexample) {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (int i = 0; i < sometimes.size(); i++) {
                counts.put(sometimes.get(i).name(), reached[i]);
            }
            OptionalLong elapsed = clock == null ? OptionalLong.empty() : OptionalLong.of(clock.getAsLong() - started);
            return new ExhaustiveResult<>(seen.size(), transitions, completed, exhausted, counterexample, counts, elapsed);
        }
    }
}
