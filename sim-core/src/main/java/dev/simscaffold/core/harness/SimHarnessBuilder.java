package dev.simscaffold.core.harness;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.expect.Kind;
import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.trace.TraceMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Configures a {@link SimHarness}: the instances, the faults, the checks, where effects go and how much of
 * the run to keep. Everything but the instances has a default: no faults, no router (every effect goes to
 * the sink), full trace.
 *
 * @param <S> the state type
 * @param <I> the input type
 * @param <E> the effect type
 */
@Api(Api.Status.STABLE)
public final class SimHarnessBuilder<S, I, E> {

    /** The default bound on routed deliveries in one call, so a message loop fails instead of hanging. */
    public static final long DEFAULT_MAX_DELIVERIES_PER_CALL = 1_000_000;

    final StateMachine<S, I, E> machine;
    long seed;
    SimContext context;
    List<S> initialStates = List.of();
    FaultConfig faults = FaultConfig.none();
    final List<Expectation<? super HarnessView<S>>> overStates = new ArrayList<>();
    final List<Expectation<? super Transition<S, I>>> overSteps = new ArrayList<>();
    private final Set<String> sometimesNames = new TreeSet<>();
    EffectSink<E> sink;
    EffectRouter<E, I> router;
    TraceMode traceMode = TraceMode.FULL;
    long maxDeliveriesPerCall = DEFAULT_MAX_DELIVERIES_PER_CALL;
    LongSupplier stopwatch;
    Consumer<? super HarnessWorld<S, I>> worlds;

    SimHarnessBuilder(StateMachine<S, I, E> machine) {
        this.machine = Objects.requireNonNull(machine, "machine must not be null");
    }

    /**
     * Sets the seed of a fresh context (ignored if {@link #context(SimContext)} is given).
     *
     * @param seed the seed
     * @return this builder
     */
    public SimHarnessBuilder<S, I, E> seed(long seed) {
        this.seed = seed;
        return this;
    }

    /**
     * Uses an existing context, for example one whose draws the property engine records.
     *
     * @param context the context
     * @return this builder
     */
    public SimHarnessBuilder<S, I, E> context(SimContext context) {
        this.context = context;
        return this;
    }

    /**
     * Creates {@code count} instances that all start in {@code initialState}.
     *
     * @param count how many, {@code >= 1}
     * @param initialState the state each starts in
     * @return this builder
     */
    public SimHarnessBuilder<S, I, E> instances(int count, S initialState) {
        if (count < 1) {
            throw new IllegalArgumentException("instance count must be >= 1, got " + count);
        }
        Objects.requireNonNull(initialState, "initialState must not be null");
        this.initialStates = Collections.nCopies(count, initialState);
        return this;
    }

    /**
     * Creates one instance per given state.
     *
     * @param states the initial states, not empty
     * @return this builder
     */
    public SimHarnessBuilder<S, I, E> initialStates(List<S> states) {
        if (states.isEmpty()) {
            throw new IllegalArgumentException("initial states must not be empty");
        }
        this.initialStates = List.copyOf(states);
        return this;
    }

    /**
     * Sets the faults to inject.
     *
     * @param faults the configuration
     * @return this builder
     */
    public SimHarnessBuilder<S, I, E> faults(FaultConfig faults) {
        this.faults = Objects.requireNonNull(faults, "faults must not be null (use FaultConfig.none())");
        return this;
    }

    /**
     * Adds an expectation over all instances' states: an always one is checked after every step and every
     * move of the clock, in the order added; a sometimes one is counted after every step
     * ({@link SimHarness#coverage()}).
     *
     * @param expectation always or sometimes; a sometimes name must be new to this harness
     * @return this builder
     * @throws IllegalArgumentException for an eventually expectation: a harness run has no liveness phase
     */
    public SimHarnessBuilder<S, I, E> expect(Expectation<? super HarnessView<S>> expectation) {
        overStates.add(admit(expectation));
        return this;
    }

    /**
     * Adds an expectation over each step (the instance, its state before, the input, its state after, the
     * time): an always one is checked after the state expectations, a sometimes one counted.
     *
     * @param expectation always or sometimes; a sometimes name must be new to this harness
     * @return this builder
     * @throws IllegalArgumentException for an eventually expectation: a harness run has no liveness phase
     */
    public SimHarnessBuilder<S, I, E> expectStep(Expectation<? super Transition<S, I>> expectation) {
        overSteps.add(admit(expectation));
        return this;
    }

    private <V extends Expectation<?>> V admit(V expectation) {
        Objects.requireNonNull(expectation, "expectation must not be null");
        if (expectation.kind() == Kind.EVENTUALLY) {
            throw new IllegalArgumentException("SimHarness checks always and sometimes expectations, got " + expectation
                    + ": a harness run has no liveness phase; check it at the end of the run, or on a SimNetwork"
                    + " with awaitLiveness");
        }
        if (expectation.kind() == Kind.SOMETIMES && sometimesNames.contains(expectation.name())) {
            throw new IllegalArgumentException("a sometimes expectation named \"" + expectation.name() + "\" was already added");
        }
        if (expectation.kind() == Kind.SOMETIMES) {
            sometimesNames.add(expectation.name());
        }
        return expectation;
    }

    /**
     * Sets where delivered external effects go.
     *
     * @param sink the outside world
     * @return this builder
     */
    public SimHarnessBuilder<S, I, E> effectSink(EffectSink<E> sink) {
        this.sink = sink;
        return this;
    }

    /**
     * Makes some effects messages between instances: each effect the router addresses is delivered through
     * the effect faults as its receiver's input, instead of going to the sink.
     *
     * @param router tells which effects go to which instance
     * @return this builder
     */
    public SimHarnessBuilder<S, I, E> router(EffectRouter<E, I> router) {
        this.router = Objects.requireNonNull(router, "router must not be null");
        return this;
    }

    /**
     * Bounds the routed deliveries a single {@code apply} or {@code advance} may make.
     *
     * @param max {@code >= 1}
     * @return this builder
     */
    public SimHarnessBuilder<S, I, E> maxDeliveriesPerCall(long max) {
        if (max < 1) {
            throw new IllegalArgumentException("maxDeliveriesPerCall must be >= 1, got " + max);
        }
        this.maxDeliveriesPerCall = max;
        return this;
    }

    /**
     * Chooses how much of the run to keep in memory.
     *
     * @param mode {@link TraceMode#FULL} (default) or {@link TraceMode#FINGERPRINT_ONLY}
     * @return this builder
     */
    public SimHarnessBuilder<S, I, E> traceMode(TraceMode mode) {
        this.traceMode = Objects.requireNonNull(mode, "mode must not be null");
        return this;
    }

    /**
     * Measures the run with a clock the caller chooses, such as {@code System::nanoTime}, so that
     * {@link SimHarness#report()} gives the rate; the harness itself never reads a clock.
     *
     * @param nanos returns a time in nanoseconds
     * @return this builder
     */
    public SimHarnessBuilder<S, I, E> stopwatch(LongSupplier nanos) {
        this.stopwatch = Objects.requireNonNull(nanos, "nanos must not be null");
        return this;
    }

    /**
     * Observes every world the run passes through, in {@link HarnessModel}'s terms ({@link SimHarness#world()}),
     * after each move of the model: an input's step, a letter's arrival (delivered, duplicated or lost), time
     * passing. Each consecutive pair is an edge the model lists (clock faults aside, which the model leaves
     * out), so a test can hold random runs to what the exhaustive search enumerates. Off by default: building
     * a world costs a copy of the states and letters.
     *
     * @param observer what receives each world, not null; must not call back into the harness
     * @return this builder
     */
    @Api(Api.Status.EXPERIMENTAL)
    public SimHarnessBuilder<S, I, E> observeWorlds(Consumer<? super HarnessWorld<S, I>> observer) {
        this.worlds = Objects.requireNonNull(observer, "observer must not be null");
        return this;
    }

    /**
     * Builds the harness.
     *
     * @return the harness
     * @throws IllegalStateException if no instances were configured
     */
    public SimHarness<S, I, E> build() {
        if (initialStates.isEmpty()) {
            throw new IllegalStateException("no instances: call instances(count, state) or initialStates(list)");
        }
        return new SimHarness<>(this);
    }
}
