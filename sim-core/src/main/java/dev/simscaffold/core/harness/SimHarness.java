package dev.simscaffold.core.harness;

import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.fault.ClockFaults;
import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.core.trace.EventKind;
import dev.simscaffold.core.trace.Trace;
import dev.simscaffold.core.trace.TraceText;
import dev.simscaffold.core.trace.TraceMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Drives N instances of a pure {@link StateMachine} under simulated time and faults, and checks every
 * invariant after every step.
 *
 * <p>A test feeds inputs with {@link #apply(int, Object)} and moves time with {@link #advance(long)}.
 * Before a step the clock may jump (clock faults); the step's effects are logged and then dropped,
 * duplicated or delayed (effect faults) on their way to an optional {@link EffectSink}. The first
 * invariant violation stops the run with an {@link InvariantViolationError} naming the invariant, the
 * seed, the step and the last events. All chance comes from the context's seed, through one fork per
 * purpose ({@code "clock"}, {@code "effects"}), so the same seed and inputs give the same trace.
 *
 * <pre>{@code
 * SimHarness<Integer, Integer, String> harness = SimHarness.builder(machine)
 *         .seed(42).instances(3, 0).faults(FaultConfig.mild())
 *         .invariant(Invariant.of("never negative", (states, now) -> ...))
 *         .build();
 * harness.apply(0, 5);
 * harness.advance(10);
 * }</pre>
 *
 * @param <S> the state type
 * @param <I> the input type
 * @param <E> the effect type
 */
public final class SimHarness<S, I, E> {

    private final StateMachine<S, I, E> machine;
    private final SimContext context;
    private final FaultConfig faults;
    private final List<S> states;
    private final List<Invariant<S>> invariants;
    private final Trace trace;
    private final SimRandom clockRandom;
    private final EffectDispatcher<E> effects;
    private long steps;
    private boolean busy;

    private SimHarness(Builder<S, I, E> builder) {
        this.machine = builder.machine;
        this.context = builder.context != null ? builder.context : new SimContext(builder.seed);
        this.faults = builder.faults;
        this.states = new ArrayList<>(builder.initialStates);
        this.invariants = List.copyOf(builder.invariants);
        this.trace = new Trace(builder.traceMode, Math.max(Trace.DEFAULT_TAIL, InvariantViolationError.REPORT_EVENTS));
        this.clockRandom = context.fork("clock");
        this.effects = new EffectDispatcher<>(
                faults.effects(), context.fork("effects"), trace, builder.sink, builder.traceMode == TraceMode.FULL);
    }

    /**
     * Starts building a harness for a state machine.
     *
     * @param <S> the state type
     * @param <I> the input type
     * @param <E> the effect type
     * @param machine the pure transition function
     * @return the builder
     */
    public static <S, I, E> Builder<S, I, E> builder(StateMachine<S, I, E> machine) {
        return new Builder<>(machine);
    }

    /**
     * Applies one input to one instance: maybe jumps the clock, runs the transition, dispatches its
     * effects through fault injection, then checks every invariant.
     *
     * @param instance the instance, in {@code [0, instanceCount())}
     * @param input the input, not null
     * @return the step the state machine returned (its effects as emitted, before faults)
     * @throws IllegalArgumentException if the instance does not exist
     * @throws InvariantViolationError if an invariant fails after the step
     */
    public Step<S, E> apply(int instance, I input) {
        if (instance < 0 || instance >= states.size()) {
            throw new IllegalArgumentException("unknown instance " + instance + ": this harness has instances [0, " + states.size() + ")");
        }
        if (input == null) {
            throw new NullPointerException("input must not be null");
        }
        enter();
        try {
            return context.random().span("harness.step", () -> step(instance, input));
        } finally {
            busy = false;
        }
    }

    private Step<S, E> step(int instance, I input) {
        {
            maybeJumpClock();
            LogicalTime now = context.now();
            steps++;
            trace.record(now, EventKind.STEP, EffectDispatcher.actor(instance), "", TraceText.of(input));
            Step<S, E> step = machine.transition(states.get(instance), input, now);
            if (step == null) {
                throw new NullPointerException("the state machine returned null for input " + input + " at " + now);
            }
            states.set(instance, step.state());
            effects.dispatch(steps, instance, step.effects(), now);
            effects.deliverDue(now);
            checkInvariants();
            return step;
        }
    }

    /**
     * Moves time forward, delivering delayed effects as they fall due, then checks every invariant.
     *
     * @param ticks how far, {@code >= 0}
     * @throws IllegalArgumentException if {@code ticks} is negative
     * @throws InvariantViolationError if an invariant fails
     */
    public void advance(long ticks) {
        advanceTo(context.now().advance(ticks));
    }

    /**
     * Moves time forward to a given time, delivering delayed effects as they fall due, then checks every
     * invariant.
     *
     * @param target the new time, not before the current one
     * @throws IllegalArgumentException if {@code target} is before the current time
     * @throws InvariantViolationError if an invariant fails
     */
    public void advanceTo(LogicalTime target) {
        if (target.isBefore(context.now())) {
            throw new IllegalArgumentException("time cannot go backwards: now is " + context.now() + ", asked to move to " + target);
        }
        enter();
        try {
            LogicalTime from = context.now();
            moveClockTo(target);
            if (target.isAfter(from)) {
                trace.record(target, EventKind.TIME_ADVANCED, "clock", "", "+" + from.ticksUntil(target));
            }
            checkInvariants();
        } finally {
            busy = false;
        }
    }

    private void maybeJumpClock() {
        ClockFaults clock = faults.clock();
        if (clock.enabled() && clockRandom.chance(clock.jumpRate())) {
            long jump = clockRandom.between(1, clock.maxJumpTicks());
            LogicalTime target = context.now().advance(jump);
            moveClockTo(target);
            trace.record(target, EventKind.CLOCK_JUMP, "clock", "", "+" + jump);
        }
    }

    private void moveClockTo(LogicalTime target) {
        for (LogicalTime due = effects.nextDueAtOrBefore(target); due != null; due = effects.nextDueAtOrBefore(target)) {
            context.advanceTo(due);
            effects.deliverDue(due);
        }
        context.advanceTo(target);
    }

    private void checkInvariants() {
        List<S> view = states();
        for (Invariant<S> invariant : invariants) {
            List<String> violations = invariant.check(view, context.now());
            if (!violations.isEmpty()) {
                trace.record(context.now(), EventKind.VIOLATION, invariant.name(), "", String.join("; ", violations));
                throw new InvariantViolationError(invariant.name(), violations, context.seed(), steps, context.now(), trace);
            }
        }
    }

    private void enter() {
        if (busy) {
            throw new IllegalStateException("SimHarness is not re-entrant: an EffectSink or invariant called back into it");
        }
        busy = true;
    }

    /**
     * Returns one instance's current state.
     *
     * @param instance the instance
     * @return its state
     */
    public S state(int instance) {
        return states.get(instance);
    }

    /**
     * Returns every instance's current state, indexed by instance.
     *
     * @return an unmodifiable snapshot
     */
    public List<S> states() {
        return Collections.unmodifiableList(new ArrayList<>(states));
    }

    /**
     * Returns how many instances the harness drives.
     *
     * @return the instance count
     */
    public int instanceCount() {
        return states.size();
    }

    /**
     * Returns how many inputs have been applied.
     *
     * @return the step count
     */
    public long steps() {
        return steps;
    }

    /**
     * Returns the current simulated time.
     *
     * @return the time
     */
    public LogicalTime now() {
        return context.now();
    }

    /**
     * Returns the seed that replays this run.
     *
     * @return the seed
     */
    public long seed() {
        return context.seed();
    }

    /**
     * Returns the context: use {@code context().fork("inputs")} to draw test inputs from the same seed.
     *
     * @return the context
     */
    public SimContext context() {
        return context;
    }

    /**
     * Returns the fault configuration in force.
     *
     * @return the faults
     */
    public FaultConfig faults() {
        return faults;
    }

    /**
     * Returns every emitted effect with its fate, in emission order (dropped ones included).
     *
     * @return the log
     * @throws IllegalStateException in {@link TraceMode#FINGERPRINT_ONLY} mode, which keeps no log
     */
    public List<EffectRecord<E>> effectLog() {
        return effects.log();
    }

    /**
     * Returns how many delayed effects have not been delivered yet.
     *
     * @return the count
     */
    public int pendingEffects() {
        return effects.delayedCount();
    }

    /**
     * Returns the trace of this run.
     *
     * @return the trace
     */
    public Trace trace() {
        return trace;
    }

    /**
     * Configures a {@link SimHarness}.
     *
     * @param <S> the state type
     * @param <I> the input type
     * @param <E> the effect type
     */
    public static final class Builder<S, I, E> {
        private final StateMachine<S, I, E> machine;
        private long seed;
        private SimContext context;
        private List<S> initialStates = List.of();
        private FaultConfig faults = FaultConfig.none();
        private final List<Invariant<S>> invariants = new ArrayList<>();
        private EffectSink<E> sink;
        private TraceMode traceMode = TraceMode.FULL;

        private Builder(StateMachine<S, I, E> machine) {
            if (machine == null) {
                throw new NullPointerException("machine must not be null");
            }
            this.machine = machine;
        }

        /**
         * Sets the seed of a fresh context (ignored if {@link #context(SimContext)} is given).
         *
         * @param seed the seed
         * @return this builder
         */
        public Builder<S, I, E> seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * Uses an existing context, for example one whose draws the property engine records.
         *
         * @param context the context
         * @return this builder
         */
        public Builder<S, I, E> context(SimContext context) {
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
        public Builder<S, I, E> instances(int count, S initialState) {
            if (count < 1) {
                throw new IllegalArgumentException("instance count must be >= 1, got " + count);
            }
            if (initialState == null) {
                throw new NullPointerException("initialState must not be null");
            }
            this.initialStates = Collections.nCopies(count, initialState);
            return this;
        }

        /**
         * Creates one instance per given state.
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
         * Sets the faults to inject.
         *
         * @param faults the configuration
         * @return this builder
         */
        public Builder<S, I, E> faults(FaultConfig faults) {
            if (faults == null) {
                throw new NullPointerException("faults must not be null (use FaultConfig.none())");
            }
            this.faults = faults;
            return this;
        }

        /**
         * Adds an invariant, checked after every step in the order added.
         *
         * @param invariant the invariant
         * @return this builder
         */
        public Builder<S, I, E> invariant(Invariant<S> invariant) {
            if (invariant == null) {
                throw new NullPointerException("invariant must not be null");
            }
            this.invariants.add(invariant);
            return this;
        }

        /**
         * Sets where delivered effects go.
         *
         * @param sink the outside world
         * @return this builder
         */
        public Builder<S, I, E> effectSink(EffectSink<E> sink) {
            this.sink = sink;
            return this;
        }

        /**
         * Chooses how much of the run to keep in memory.
         *
         * @param mode {@link TraceMode#FULL} (default) or {@link TraceMode#FINGERPRINT_ONLY}
         * @return this builder
         */
        public Builder<S, I, E> traceMode(TraceMode mode) {
            if (mode == null) {
                throw new NullPointerException("mode must not be null");
            }
            this.traceMode = mode;
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
}
