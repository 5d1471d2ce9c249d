package dev.simscaffold.core.check;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.fault.StorageFaults;
import dev.simscaffold.core.internal.Require;
import dev.simscaffold.core.net.FaultSchedule;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.random.SimRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A generator: draws a value from a {@link SimRandom}. That is all it is, so any
 * {@code Function<SimRandom, T>} is a generator ({@link #of(Function)}), and because the property
 * runner puts a recording {@link ChoiceSource} behind the stream, every generator shrinks with no
 * shrinking code of its own: simpler choices give simpler values.
 *
 * <p>The factories describe what "simpler" means for each kind of value: integers move toward a target
 * (zero by default), booleans toward false, {@link #oneOf}, {@link #pick} and {@link #frequency} toward
 * their first option, lists toward fewer elements. Generators composed with {@link #map},
 * {@link #flatMap}, {@link #zip} and {@link #filter} keep shrinking, and a shrunk value is always one
 * that the generator could have produced, so invariants of generated values hold after shrinking.
 *
 * <pre>{@code
 * Gen<List<Integer>> lists = Gen.lists(Gen.ints(0, 1000), 0, 20);
 * Gen<Transfer> transfers = Gen.zip(Gen.pick("alice", "bob"), Gen.ints(1, 100), Transfer::new);
 * }</pre>
 *
 * @param <T> the generated type
 */
@Api(Api.Status.STABLE)
@FunctionalInterface
public interface Gen<T> {

    /** How many values in a row a {@link #filter} may reject before the test case is discarded. */
    int FILTER_ATTEMPTS = 100;

    /**
     * Draws one value.
     *
     * @param random the stream to draw from
     * @return the value
     */
    T draw(SimRandom random);

    /**
     * Transforms every generated value; the result shrinks as this generator does.
     *
     * @param <R> the result type
     * @param mapper the transformation
     * @return the mapped generator
     */
    default <R> Gen<R> map(Function<? super T, ? extends R> mapper) {
        Require.present("mapper", mapper);
        return random -> mapper.apply(draw(random));
    }

    /**
     * Chooses a second generator from each generated value and draws from it. Both draws land in the
     * choice sequence, so the dependent value shrinks too (unlike a per-type shrinker, which cannot see
     * through the function).
     *
     * @param <R> the result type
     * @param next picks the generator to draw the result from
     * @return the composed generator
     */
    default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> next) {
        Require.present("next", next);
        return random -> next.apply(draw(random)).draw(random);
    }

    /**
     * Keeps only values that pass a test, redrawing rejected ones; after {@value #FILTER_ATTEMPTS}
     * rejections in a row the test case is discarded, and a property whose test cases are all discarded
     * fails with an error naming {@code label}.
     *
     * @param label names the filter in error messages, such as {@code "even"}
     * @param accept the test values must pass
     * @return the filtered generator
     */
    default Gen<T> filter(String label, Predicate<? super T> accept) {
        return Composition.filter(this, label, accept, FILTER_ATTEMPTS);
    }

    /**
     * Keeps only values that pass a test; see {@link #filter(String, Predicate)}.
     *
     * @param accept the test values must pass
     * @return the filtered generator
     */
    default Gen<T> filter(Predicate<? super T> accept) {
        return filter("filter", accept);
    }

    /**
     * Lifts any function of a {@link SimRandom} into a generator. Whatever it draws is recorded, so for
     * example a fault schedule drawn from the stream shrinks for free.
     *
     * @param <T> the generated type
     * @param draw the function
     * @return the generator
     */
    static <T> Gen<T> of(Function<SimRandom, ? extends T> draw) {
        Require.present("draw", draw);
        return draw::apply;
    }

    /**
     * Always the same value.
     *
     * @param <T> the value type
     * @param value the value
     * @return the generator
     */
    static <T> Gen<T> constant(T value) {
        return random -> value;
    }

    /**
     * Integers in {@code [min, max]}, shrinking toward the value closest to zero in the range (the low
     * end for a non-negative range).
     *
     * @param min the smallest value
     * @param max the largest value
     * @return the generator
     * @throws IllegalArgumentException if {@code min > max}, naming both
     */
    static Gen<Integer> ints(int min, int max) {
        Require.ordered("min", min, "max", max);
        return ints(min, max, (int) Integers.simplestIn(min, max));
    }

    /**
     * Integers in {@code [min, max]}, shrinking toward {@code target}.
     *
     * @param min the smallest value
     * @param max the largest value
     * @param target the simplest value, in the range
     * @return the generator
     * @throws IllegalArgumentException if {@code min > max} or the target lies outside the range
     */
    static Gen<Integer> ints(int min, int max, int target) {
        Integers.validate(min, max, target);
        return random -> (int) Integers.draw(random, min, max, target);
    }

    /**
     * Longs in {@code [min, max]}, shrinking toward the value closest to zero in the range.
     *
     * @param min the smallest value
     * @param max the largest value
     * @return the generator
     * @throws IllegalArgumentException if {@code min > max}, naming both
     */
    static Gen<Long> longs(long min, long max) {
        Require.ordered("min", min, "max", max);
        return longs(min, max, Integers.simplestIn(min, max));
    }

    /**
     * Longs in {@code [min, max]}, shrinking toward {@code target}.
     *
     * @param min the smallest value
     * @param max the largest value
     * @param target the simplest value, in the range
     * @return the generator
     * @throws IllegalArgumentException if {@code min > max} or the target lies outside the range
     */
    static Gen<Long> longs(long min, long max, long target) {
        Integers.validate(min, max, target);
        return random -> Integers.draw(random, min, max, target);
    }

    /**
     * Fair booleans, shrinking toward false.
     *
     * @return the generator
     */
    static Gen<Boolean> booleans() {
        return booleans(0.5);
    }

    /**
     * Booleans that are true with a given probability, shrinking toward false.
     *
     * @param probability of true, in [0, 1]
     * @return the generator
     * @throws IllegalArgumentException if the probability is outside [0, 1]
     */
    static Gen<Boolean> booleans(double probability) {
        Require.rate("probability", probability);
        return random -> random.chance(probability);
    }

    /**
     * One of the given values, uniformly, shrinking toward the first.
     *
     * @param <T> the value type
     * @param options the values, not empty
     * @return the generator
     * @throws IllegalArgumentException if there are no options
     */
    static <T> Gen<T> pick(List<? extends T> options) {
        return Alternatives.pick(options);
    }

    /**
     * One of the given values, uniformly, shrinking toward the first.
     *
     * @param <T> the value type
     * @param options the values, not empty
     * @return the generator
     * @throws IllegalArgumentException if there are no options
     */
    @SafeVarargs
    static <T> Gen<T> pick(T... options) {
        List<T> list = new ArrayList<>(options.length);
        for (T option : options) {
            list.add(option);
        }
        return pick(list);
    }

    /**
     * Draws from one of the given generators, chosen uniformly, shrinking toward the first.
     *
     * @param <T> the value type
     * @param gens the generators, not empty
     * @return the generator
     * @throws IllegalArgumentException if there are no generators
     */
    @SafeVarargs
    static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
        List<Gen<? extends T>> list = new ArrayList<>(gens.length);
        for (Gen<? extends T> gen : gens) {
            list.add(gen);
        }
        return Alternatives.oneOf(list);
    }

    /**
     * Draws from one of the given generators, chosen in proportion to its weight, shrinking toward the
     * first.
     *
     * @param <T> the value type
     * @param options the weighted generators, not empty
     * @return the generator
     * @throws IllegalArgumentException if there are no options
     */
    static <T> Gen<T> frequency(List<Weighted<? extends T>> options) {
        return Alternatives.frequency(options);
    }

    /**
     * Lists of generated elements with a size in {@code [minSize, maxSize]}, shrinking toward shorter
     * lists of simpler elements. Beyond {@code minSize} they have on average
     * {@code min(maxSize - minSize, 8)} more elements; see {@link #lists(Gen, int, int, int)} to choose.
     *
     * @param <T> the element type
     * @param element the element generator
     * @param minSize the fewest elements, {@code >= 0}
     * @param maxSize the most elements, {@code >= minSize}
     * @return the generator of unmodifiable lists
     * @throws IllegalArgumentException if a size is negative or {@code minSize > maxSize}
     */
    static <T> Gen<List<T>> lists(Gen<T> element, int minSize, int maxSize) {
        Require.nonNegative("minSize", minSize);
        Require.ordered("minSize", minSize, "maxSize", maxSize);
        return lists(element, minSize, maxSize, minSize + Math.min(maxSize - minSize, ListDraws.DEFAULT_AVERAGE_EXTRA));
    }

    /**
     * Lists of generated elements with a size in {@code [minSize, maxSize]} and about
     * {@code averageSize} elements on average, shrinking toward shorter lists of simpler elements. The
     * length beyond {@code minSize} is geometric with mean {@code averageSize - minSize}, cut at
     * {@code maxSize}, so short lists stay common and long ones still occur.
     *
     * @param <T> the element type
     * @param element the element generator
     * @param minSize the fewest elements, {@code >= 0}
     * @param maxSize the most elements, {@code >= minSize}
     * @param averageSize the average length before the cut at {@code maxSize}, in {@code [minSize, maxSize]}
     * @return the generator of unmodifiable lists
     * @throws IllegalArgumentException if a size is negative or the sizes are out of order, naming them
     */
    static <T> Gen<List<T>> lists(Gen<T> element, int minSize, int maxSize, int averageSize) {
        Require.present("element", element);
        Require.nonNegative("minSize", minSize);
        Require.ordered("minSize", minSize, "maxSize", maxSize);
        Require.ordered("minSize", minSize, "averageSize", averageSize);
        Require.ordered("averageSize", averageSize, "maxSize", maxSize);
        double averageExtra = averageSize - minSize;
        return random -> ListDraws.draw(random, ListDraws.ELEMENT_SPAN, element, minSize, maxSize, averageExtra);
    }

    /**
     * A workload of client operations: a list of up to {@code maxSize} elements, about {@code averageSize} on
     * average, each drawn as one span labelled {@code op.<kind>} that opens with its "one more?" decision. The
     * shrinker deletes an operation as a unit and {@link ActionCount} counts each as one client operation, so a
     * shrunk workload is measured in the unit of {@link Counterexample#actions()}.
     *
     * @param <T> the operation type
     * @param kind what follows {@value ActionCount#OPERATION_PREFIX} in the span label, such as {@code kv}
     * @param operation the generator of one operation
     * @param maxSize the most operations, {@code >= 1}
     * @param averageSize the average count before the cut at {@code maxSize}, in {@code [0, maxSize]}
     * @return the generator of unmodifiable lists
     * @throws IllegalArgumentException if the kind is blank or a size is out of range, naming it
     */
    static <T> Gen<List<T>> operations(String kind, Gen<T> operation, int maxSize, int averageSize) {
        Require.present("operation", operation);
        if (kind == null || kind.isBlank()) {
            throw new IllegalArgumentException("kind must name the operations, but was \"" + kind + "\"");
        }
        Require.positive("maxSize", maxSize);
        Require.nonNegative("averageSize", averageSize);
        Require.ordered("averageSize", averageSize, "maxSize", maxSize);
        String label = ActionCount.OPERATION_PREFIX + kind;
        return random -> ListDraws.draw(random, label, operation, 0, maxSize, averageSize);
    }

    /**
     * A generator built only when first drawn from, so that a generator can refer to itself: the way to
     * write recursive values by hand. Runaway recursion is bounded by the property's {@code maxDepth}: a
     * test case that goes deeper is discarded, deterministically, instead of overflowing the stack.
     * {@link #recursive} bounds the depth by construction and is usually the better choice.
     *
     * @param <T> the generated type
     * @param gen supplies the generator, called once
     * @return the generator
     */
    static <T> Gen<T> lazy(Supplier<? extends Gen<? extends T>> gen) {
        return Composition.lazy(gen);
    }

    /**
     * Recursive values of bounded depth, such as trees and expressions: at each level either a
     * {@code base} value or {@code extend} applied to the generator of the level below, each with
     * probability one half, and only {@code base} at {@code maxDepth}. Shrinks toward {@code base}
     * values and shallower structures.
     *
     * <pre>{@code
     * Gen<Tree> trees = Gen.recursive(Gen.constant(Tree.LEAF),
     *         children -> Gen.zip(children, children, Tree::node), 6);
     * }</pre>
     *
     * @param <T> the generated type
     * @param base the values with no recursion, the simplest
     * @param extend builds a generator of one more level from the generator of the level below
     * @param maxDepth the most levels of {@code extend}, {@code >= 0}
     * @return the generator
     */
    static <T> Gen<T> recursive(Gen<T> base, Function<Gen<T>, ? extends Gen<T>> extend, int maxDepth) {
        return Composition.recursive(base, extend, maxDepth);
    }

    /**
     * Combines two generators' values; both parts shrink.
     *
     * @param <A> the first type
     * @param <B> the second type
     * @param <R> the combined type
     * @param first the first generator
     * @param second the second generator
     * @param combine builds the value, such as a record constructor
     * @return the generator
     */
    static <A, B, R> Gen<R> zip(Gen<A> first, Gen<B> second, BiFunction<? super A, ? super B, ? extends R> combine) {
        return Composition.zip(first, second, combine);
    }

    /**
     * Lists with one value from each generator, in order; all parts shrink.
     *
     * @param <T> the common element type
     * @param gens the generators
     * @return the generator of unmodifiable lists
     */
    static <T> Gen<List<T>> sequence(List<? extends Gen<? extends T>> gens) {
        return Composition.sequence(gens);
    }

    /**
     * Random fault configurations, drawn by {@link FaultConfig#swarm(SimRandom)} (swarm testing). They
     * shrink toward fewer fault kinds and lower rates, because "off" and small rates are the simplest
     * choices.
     *
     * @return the generator
     */
    static Gen<FaultConfig> faultConfigs() {
        return FaultConfig::swarm;
    }

    /**
     * Random fault schedules for a {@code SimNetwork}, drawn by
     * {@link FaultSchedule#random(SimRandom, List, long, int)}. Every draw means the same thing whatever
     * came before it, so a failing schedule shrinks to the few faults that matter, earlier and shorter.
     *
     * @param nodes the nodes faults may hit, not empty
     * @param horizon the latest time of a fault, in ticks, {@code >= 0}
     * @param maxEvents the most faults in one schedule, {@code >= 0}
     * @return the generator
     */
    static Gen<FaultSchedule> faultSchedules(List<NodeId> nodes, long horizon, int maxEvents) {
        return ScheduleGens.schedules(nodes, horizon, maxEvents, FaultSchedule.Kind.NETWORK);
    }

    /**
     * Random fault schedules that may also cut a node's power, drawn by
     * {@link FaultSchedule#randomWithPowerLoss}, for networks whose nodes own disks; they shrink like
     * {@link #faultSchedules}.
     *
     * @param nodes the nodes faults may hit, not empty
     * @param horizon the latest time of a fault, in ticks, {@code >= 0}
     * @param maxEvents the most faults in one schedule, {@code >= 0}
     * @return the generator
     */
    static Gen<FaultSchedule> faultSchedulesWithPowerLoss(List<NodeId> nodes, long horizon, int maxEvents) {
        return ScheduleGens.schedules(nodes, horizon, maxEvents, FaultSchedule.Kind.ALL);
    }

    /**
     * Random fault schedules of the kinds given, drawn by
     * {@link FaultSchedule#random(SimRandom, List, long, int, Set)}: up to {@code maxEvents}
     * entries spread over the whole horizon; they shrink like {@link #faultSchedules}.
     *
     * @param nodes the nodes faults may hit, not empty
     * @param horizon the latest time of a fault, in ticks, {@code >= 0}
     * @param maxEvents the most faults in one schedule, {@code >= 0}
     * @param kinds the kinds of fault, not empty
     * @return the generator
     */
    static Gen<FaultSchedule> faultSchedules(List<NodeId> nodes, long horizon, int maxEvents, Set<FaultSchedule.Kind> kinds) {
        return ScheduleGens.schedules(nodes, horizon, maxEvents, kinds);
    }

    /**
     * Random storage faults for simulated disks, drawn by {@link StorageFaults#swarm(SimRandom)}; they
     * shrink toward fewer fault kinds and lower rates, like {@link #faultConfigs()}.
     *
     * @return the generator
     */
    static Gen<StorageFaults> storageFaults() {
        return StorageFaults::swarm;
    }

    /**
     * The test case's own live stream, to hand to a simulation ({@code new SimContext(random)}).
     * Everything the simulation draws from it while the property runs (fault decisions, delays, node
     * choices) lands in the choice sequence, so it shrinks alongside the generated inputs. Its seed is
     * the test case's seed, so the {@code -Dsim.seed} that an {@code InvariantViolationError} suggests
     * is the one that replays the failing try.
     *
     * @return the generator
     */
    static Gen<SimRandom> liveRandom() {
        return random -> random;
    }
}
