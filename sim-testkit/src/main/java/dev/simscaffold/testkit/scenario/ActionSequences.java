package dev.simscaffold.testkit.scenario;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.check.Weighted;
import dev.simscaffold.core.harness.SimHarness;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns input generators into generators of whole scenarios for a {@code StateMachine}: sequences of
 * {@link Action}s that apply inputs to instances, interleaved, with time passing in between. It is the
 * Java form of the seed's {@code arb_input_sequence}. Because the sequences come from the property
 * engine's {@link Gen}, a failing scenario shrinks to fewer, simpler actions.
 *
 * <pre>{@code
 * Gen<List<Action<LeaseInput>>> scenarios = ActionSequences.<LeaseInput>forInstances(3)
 *         .input(5, acquires)                 // to an instance chosen by the instance weights
 *         .input(2, releases)
 *         .inputTo(0, 1, adminCommands)       // always to instance 0
 *         .instanceWeights(2, 1, 1)           // instance 0 is the busiest
 *         .advance(1, 1, 30)                  // sometimes 1..30 ticks pass
 *         .lists(1, 100);
 * Properties.forAll(scenarios).check(actions -> ActionSequences.applyAll(newHarness(), actions));
 * }</pre>
 *
 * @param <I> the input type
 */
@Api(Api.Status.STABLE)
public final class ActionSequences<I> {

    private final int instances;
    private final List<Weighted<? extends Action<I>>> kinds = new ArrayList<>();
    private int[] instanceWeights;

    private ActionSequences(int instances) {
        this.instances = instances;
        this.instanceWeights = new int[instances];
        Arrays.fill(instanceWeights, 1);
    }

    /**
     * Starts a scenario generator for a harness with {@code instances} instances.
     *
     * @param <I> the input type
     * @param instances how many instances inputs may target, {@code >= 1}
     * @return the builder
     */
    public static <I> ActionSequences<I> forInstances(int instances) {
        if (instances < 1) {
            throw new IllegalArgumentException("instances must be >= 1, got " + instances);
        }
        return new ActionSequences<>(instances);
    }

    /**
     * Adds inputs that go to an instance drawn by the instance weights.
     *
     * @param weight how often, relative to the other kinds, {@code >= 1}
     * @param inputs the input generator
     * @return this builder
     */
    public ActionSequences<I> input(int weight, Gen<? extends I> inputs) {
        Gen<Integer> target = Gen.frequency(targets());
        kinds.add(Weighted.of(weight, Gen.zip(target, inputs, (instance, input) -> Action.<I>apply(instance, input))));
        return this;
    }

    /**
     * Adds inputs that always go to one instance.
     *
     * @param instance the instance, in {@code [0, instances)}
     * @param weight how often, relative to the other kinds, {@code >= 1}
     * @param inputs the input generator
     * @return this builder
     */
    public ActionSequences<I> inputTo(int instance, int weight, Gen<? extends I> inputs) {
        checkInstance(instance);
        kinds.add(Weighted.of(weight, inputs.map(input -> Action.<I>apply(instance, input))));
        return this;
    }

    /**
     * Sets how often each instance is targeted by {@link #input(int, Gen)}; applies to kinds added after.
     *
     * @param weights one weight per instance, each {@code >= 1}
     * @return this builder
     */
    public ActionSequences<I> instanceWeights(int... weights) {
        if (weights.length != instances) {
            throw new IllegalArgumentException("need one weight per instance (" + instances + "), got " + weights.length);
        }
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] < 1) {
                throw new IllegalArgumentException("weight of instance " + i + " must be >= 1, got " + weights[i]);
            }
        }
        this.instanceWeights = weights.clone();
        return this;
    }

    /**
     * Adds the passage of time: {@code minTicks..maxTicks} ticks.
     *
     * @param weight how often, relative to the other kinds, {@code >= 1}
     * @param minTicks shortest step, {@code >= 1}
     * @param maxTicks longest step, {@code >= minTicks}
     * @return this builder
     */
    public ActionSequences<I> advance(int weight, long minTicks, long maxTicks) {
        if (minTicks < 1 || maxTicks < minTicks) {
            throw new IllegalArgumentException("advance needs 1 <= minTicks <= maxTicks, got " + minTicks + ".." + maxTicks);
        }
        kinds.add(Weighted.of(weight, Gen.longs(minTicks, maxTicks).map(Action::<I>advance)));
        return this;
    }

    /**
     * Builds the generator of action lists.
     *
     * @param minLength fewest actions, {@code >= 0}
     * @param maxLength most actions, {@code >= minLength}
     * @return the generator
     * @throws IllegalStateException if no kind of action was added
     */
    public Gen<List<Action<I>>> lists(int minLength, int maxLength) {
        if (kinds.isEmpty()) {
            throw new IllegalStateException("no actions: add input(...), inputTo(...) or advance(...) first");
        }
        Gen<Action<I>> action = Gen.frequency(List.copyOf(kinds));
        return Gen.lists(action, minLength, maxLength);
    }

    /**
     * Plays a scenario on a harness: applies each input, lets time pass for each advance.
     *
     * @param <S> the state type
     * @param <I> the input type
     * @param <E> the effect type
     * @param harness the harness
     * @param actions the scenario
     */
    public static <S, I, E> void applyAll(SimHarness<S, I, E> harness, List<Action<I>> actions) {
        for (Action<I> action : actions) {
            if (action instanceof Action.Apply<I> apply) {
                harness.apply(apply.instance(), apply.input());
            } else {
                harness.advance(((Action.Advance<I>) action).ticks());
            }
        }
    }

    private List<Weighted<? extends Integer>> targets() {
        List<Weighted<? extends Integer>> targets = new ArrayList<>();
        for (int i = 0; i < instances; i++) {
            targets.add(Weighted.of(instanceWeights[i], Gen.constant(i)));
        }
        return targets;
    }

    private void checkInstance(int instance) {
        if (instance < 0 || instance >= instances) {
            throw new IllegalArgumentException("instance must be in [0, " + instances + "), got " + instance);
        }
    }
}
