package dev.simscaffold.testkit.exhaustive;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.harness.EffectFate;
import dev.simscaffold.core.harness.HarnessModel;
import dev.simscaffold.core.harness.HarnessWorld;
import dev.simscaffold.core.harness.StateMachine;
import dev.simscaffold.core.harness.WorldInput;
import dev.simscaffold.testkit.scenario.Action;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;

/**
 * Breadth-first search over every sequence of moves up to a depth, for small configurations of a
 * {@link StateMachine}. Where random simulation samples interleavings, this enumerates them all, so it
 * proves an invariant for the configuration and returns the <em>shortest</em> counterexample when one exists.
 *
 * <p>The model is the harness's, defined once in sim-core's {@link HarnessModel}, whose rules {@code SimHarness}
 * follows at random: alphabet actions (external inputs and the passage of time) and, with a
 * {@link ExhaustiveSearchBuilder#router router}, routed effects between instances, whose every delivery is a
 * branch; with effect faults, so are their loss, duplication and (with delays) reordering. A state is every
 * instance's state, the time and the routed effects in flight, deduplicated by value equality, so state and
 * input types must be values (records). Effects that are not routed are ignored.
 *
 * <p>It takes the {@link dev.simscaffold.core.expect.Expectation}s a {@code SimHarness} takes and checks them
 * in the harness's order (sometimes over the step, sometimes over the states, always over the states, always
 * over the step): always expectations over states
 * ({@link dev.simscaffold.core.harness.HarnessView}) at every new state, the others on every step, including
 * those that lead to a state already seen. A check that throws is reported as a counterexample of that
 * expectation, under its name. Eventually expectations are refused: a search bounded by depth cannot judge
 * liveness.
 *
 * <pre>{@code
 * ExhaustiveSearch.builder(machine)
 *         .instances(2, initialState)
 *         .alphabet(List.of(Action.apply(0, new Acquire()), Action.apply(1, new Acquire()), Action.advance(5)))
 *         .expect(Expectation.always("at most one holder", view -> holders(view.states())))
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
@Api(Api.Status.EXPERIMENTAL)
public final class ExhaustiveSearch<S, I, E> {

    /** The default bound on distinct states, so a search that would exhaust memory fails instead. */
    public static final long DEFAULT_MAX_STATES = 1_000_000;

    private record Node<S, I>(HarnessWorld<S, I> world, Node<S, I> parent, Move<I> move, int depth) {
        List<Move<I>> path() {
            List<Move<I>> moves = new ArrayList<>();
            for (Node<S, I> node = this; node.parent() != null; node = node.parent()) {
                moves.add(node.move());
            }
            Collections.reverse(moves);
            return moves;
        }
    }

    private final HarnessModel<S, I, E> model;
    private final List<WorldInput<I>> inputs;
    private final List<Move<I>> acts;
    private final boolean keepTransitions;
    private final List<S> initialStates;
    private final Checks<S, I> checks;
    private final int depth;
    private final long maxStates;
    private final LongSupplier clock;
    private final Consumer<String> progress;
    private final UnaryOperator<List<S>> symmetry;

    ExhaustiveSearch(ExhaustiveSearchBuilder<S, I, E> builder) {
        this.checks = new Checks<>(builder.overStates, builder.overSteps);
        Map<Object, String> texts = new HashMap<>();    // looked up, never iterated
        this.model = HarnessModel.of(builder.machine, builder.router, builder.initialStates.size(), builder.faults,
                input -> texts.computeIfAbsent(input, String::valueOf));
        this.inputs = new ArrayList<>();
        this.acts = new ArrayList<>();
        for (Action<I> action : builder.alphabet) {
            inputs.add(action instanceof Action.Apply<I> apply ? new WorldInput.Apply<>(apply.instance(), apply.input())
                    : new WorldInput.Advance<>(((Action.Advance<I>) action).ticks()));
            acts.add(new Move.Act<>(action));
        }
        this.keepTransitions = checks.readsSteps();
        this.initialStates = List.copyOf(builder.initialStates);
        this.depth = builder.depth;
        this.maxStates = builder.maxStates;
        this.clock = builder.clock;
        this.progress = builder.progress;
        this.symmetry = builder.symmetry;
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
        private final Set<HarnessWorld<S, I>> seen = new HashSet<>();
        private final Checks.Reached reached = checks.reached();
        private long transitions;
        private int completed;

        ExhaustiveResult<I> search() {
            HarnessWorld<S, I> start = HarnessWorld.initial(symmetry == null ? initialStates : symmetry.apply(initialStates));
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
                for (HarnessModel.Successor<S, I> edge : model.successors(node.world(), inputs, keepTransitions)) {
                    transitions++;
                    edge = representative(edge);
                    Node<S, I> child = new Node<>(edge.next(), node, move(edge), node.depth() + 1);
                    boolean isNew = seen.add(edge.next());
                    broken = explore(child, edge, isNew);
                    if (broken.isPresent()) {
                        return result(false, broken);
                    }
                    if (isNew) {
                        frontier.add(child);
                        if (seen.size() >= maxStates) {
                            return result(false, Optional.empty());
                        }
                    }
                }
            }
            levelCompleted(depth);
            return result(true, Optional.empty());
        }

        /** The edge into its target's representative, when the search reduces by symmetry. */
        private HarnessModel.Successor<S, I> representative(HarnessModel.Successor<S, I> edge) {
            if (symmetry == null) {
                return edge;
            }
            HarnessWorld<S, I> next = edge.next();
            return edge.to(new HarnessWorld<>(symmetry.apply(next.states()), next.now(), next.inFlight()));
        }

        /** The move a counterexample shows for an edge: the alphabet's action, or what happened to a letter. */
        private Move<I> move(HarnessModel.Successor<S, I> edge) {
            if (edge.input() >= 0) {
                return acts.get(edge.input());
            }
            HarnessWorld.Letter<I> letter = edge.letter();
            EffectFate fate = edge.fate();
            return switch (fate) {
                case DELIVERED -> new Move.Deliver<>(letter.from(), letter.to(), letter.input());
                case DUPLICATED -> new Move.Duplicate<>(letter.from(), letter.to(), letter.input());
                case DROPPED -> new Move.Drop<>(letter.from(), letter.to(), letter.input());
                case DELAYED -> throw new IllegalStateException("the harness model lists no delayed edge: " + edge);
            };
        }

        private void levelCompleted(int level) {
            completed = level;
            if (progress != null) {
                progress.accept("exhaustive search: " + result(false, Optional.empty()).summary());
            }
        }

        /**
         * Checks one edge, whose state was just marked seen, in the harness's order. A new state that breaks a
         * state expectation counts as explored, one that a step expectation rejects does not, as before
         * expectations took the place of invariants, so a failing search reports the counts it always did.
         */
        private Optional<Counterexample<I>> explore(Node<S, I> child, HarnessModel.Successor<S, I> edge, boolean isNew) {
            Checks.Violation violation = checks.onEdge(edge.next(), edge.transition(), isNew, reached);
            if (isNew && violation != null && !violation.overState()) {
                seen.remove(edge.next());
            }
            return counterexample(child, violation);
        }

        private Optional<Counterexample<I>> checkStates(Node<S, I> node) {
            return counterexample(node, checks.onState(node.world()));
        }

        private Optional<Counterexample<I>> counterexample(Node<S, I> node, Checks.Violation violation) {
            return violation == null ? Optional.empty()
                    : Optional.of(new Counterexample<>(node.path(), violation.expectation(), violation.messages()));
        }

        private ExhaustiveResult<I> result(boolean exhausted, Optional<Counterexample<I>> counterexample) {
            Map<String, Long> counts = checks.counts(reached);
            OptionalLong elapsed = clock == null ? OptionalLong.empty() : OptionalLong.of(clock.getAsLong() - started);
            return new ExhaustiveResult<>(seen.size(), transitions, completed, exhausted, counterexample, counts, elapsed);
        }
    }
}
