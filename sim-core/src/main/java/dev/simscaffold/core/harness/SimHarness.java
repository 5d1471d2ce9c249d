package dev.simscaffold.core.harness;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.Simulation;
import dev.simscaffold.core.explore.Chooser;
import dev.simscaffold.core.explore.UniformStrategy;
import dev.simscaffold.core.fault.ClockFaults;
import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.random.RandomSource;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.core.trace.Coverage;
import dev.simscaffold.core.trace.EventKind;
import dev.simscaffold.core.trace.Trace;
import dev.simscaffold.core.trace.TraceMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Drives N instances of a pure {@link StateMachine} under simulated time and faults, and checks every
 * invariant after every step.
 *
 * <p>A test feeds inputs with {@link #apply(int, Object)} and moves time with {@link #advance(long)}.
 * Before a step the clock may jump (clock faults); the step's effects are logged and then dropped,
 * duplicated or delayed (effect faults). An effect that the {@link EffectRouter} addresses to an instance
 * is then applied as that instance's input; every other effect goes to an optional {@link EffectSink}.
 *
 * <p>Routed effects wait in a mailbox in sending order, each ready once its delay (if any) is over. Before
 * each external input the harness's seeded scheduler delivers some of the ready ones (oldest first, each with
 * probability one half, or as the context's {@code Strategy} decides), so messages interleave with external
 * inputs; {@link #advance(long)} delivers
 * every routed effect that falls due up to the new time, including those that deliveries send, and
 * {@code advance(0)} delivers everything ready now. Without delay faults messages therefore arrive in
 * the order they were sent; delays reorder them. A routed effect carries the fate the effect faults drew
 * when it was sent: one drawn to be lost stays in flight until its turn comes and is lost then, a duplicated
 * one is received and leaves its copy in its place.
 *
 * <p>So every move of a run (an input's step, a letter's arrival, time passing) is one of the successors
 * that {@link HarnessModel} lists for the world the run is in ({@link #world()}), the same successors the
 * exhaustive search enumerates: random runs and exhaustive search share one definition of what can happen
 * next, and the harness checks at every arrival that the model lists it. Only clock faults are outside the
 * model.
 *
 * <p>After every step (an external input or a delivery) the harness checks each always
 * {@link dev.simscaffold.core.expect.Expectation} over all states ({@link HarnessView}) and over the step
 * ({@link Transition}), and counts each sometimes expectation the step reaches ({@link #coverage()}). The first violation stops the run with an
 * {@link InvariantViolationError} naming the invariant, the seed, the step and the last events. All chance
 * comes from the context's seed, through one fork per purpose ({@code "clock"}, {@code "effects"},
 * {@code "routing"}), and every step is a {@code "harness.step"} span on the context's root stream, so the
 * property engine can delete a step together with its draws. The deliveries the scheduler makes before an
 * external input are spans nested in that input's span, which also holds the scheduler's decisions.
 *
 * <pre>{@code
 * SimHarness<Integer, Integer, String> harness = SimHarness.builder(machine)
 *         .seed(42).instances(3, 0).faults(FaultConfig.mild())
 *         .expect(Expectation.always("never negative", view -> ...))
 *         .build();
 * harness.apply(0, 5);
 * harness.advance(10);
 * }</pre>
 *
 * <p>Not re-entrant: sinks, routers and checks must not call back into the harness.
 *
 * @param <S> the state type
 * @param <I> the input type
 * @param <E> the effect type
 */
@Api(Api.Status.STABLE)
public final class SimHarness<S, I, E> implements Simulation {

    private static final String STEP_SPAN = "harness.step";
    private static final String CLOCK = "clock";

    private final HarnessModel<S, I, E> model;
    private final SimContext context;
    private final FaultConfig faults;
    private final List<S> states;
    private final List<S> statesView;
    private final StepChecks<S, I> checks;
    private final HarnessView<S> view;
    private final Trace trace;
    private final SimRandom clockRandom;
    private final SimRandom scheduler;
    private final Chooser chooser;
    private final Mailbox<I> mailbox = new Mailbox<>();
    private final EffectDispatcher<E, I> effects;
    private final long maxDeliveriesPerCall;
    private final LongSupplier stopwatch;
    private final long startedAt;
    private final boolean clockJumps;
    private final Consumer<? super HarnessWorld<S, I>> worlds;
    private long steps;
    private boolean busy;

    SimHarness(SimHarnessBuilder<S, I, E> builder) {
        this.context = builder.context != null ? builder.context : new SimContext(builder.seed);
        this.faults = builder.faults;
        this.states = new ArrayList<>(builder.initialStates);
        this.statesView = Collections.unmodifiableList(states);
        this.trace = new Trace(builder.traceMode, Math.max(Trace.DEFAULT_TAIL, InvariantViolationError.REPORT_EVENTS));
        this.checks = new StepChecks<>(builder.overStates, builder.overSteps);
        this.view = new LiveView();
        this.clockRandom = context.fork("clock");
        this.model = HarnessModel.of(builder.machine, builder.router, states.size(), faults.effects());
        this.effects = new EffectDispatcher<>(faults.effects(), model, context.fork("effects"), trace, builder.sink,
                mailbox, states.size(), builder.traceMode == TraceMode.FULL);
        this.scheduler = builder.router == null ? null : context.fork("routing");
        this.chooser = scheduler == null || context.strategy() instanceof UniformStrategy
                ? null : context.strategy().chooser(scheduler);
        this.maxDeliveriesPerCall = builder.maxDeliveriesPerCall;
        this.stopwatch = builder.stopwatch;
        this.startedAt = stopwatch == null ? 0 : stopwatch.getAsLong();
        this.clockJumps = faults.clock().enabled();
        this.worlds = builder.worlds;
        trace.stateSource(this::namedStates);
    }

    /** Each instance's state by its name, for a failure report's node states; reading records nothing. */
    private Map<String, S> namedStates() {
        Map<String, S> named = new LinkedHashMap<>();
        for (int instance = 0; instance < states.size(); instance++) {
            named.put(effects.name(instance), states.get(instance));
        }
        return named;
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
    public static <S, I, E> SimHarnessBuilder<S, I, E> builder(StateMachine<S, I, E> machine) {
        return new SimHarnessBuilder<>(machine);
    }

    /**
     * Applies one external input to one instance: maybe jumps the clock, lets the scheduler deliver some
     * ready routed effects, runs the transition, dispatches its effects through fault injection, then
     * checks every invariant.
     *
     * @param instance the instance, in {@code [0, instanceCount())}
     * @param input the input, not null
     * @return the step the state machine returned (its effects as emitted, before faults)
     * @throws IllegalArgumentException if the instance does not exist
     * @throws InvariantViolationError if an invariant fails after the step or after a delivery before it
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
            RandomSource spans = context.random().source();
            spans.startSpan(STEP_SPAN);     // what SimRandom.span does, without a lambda per step
            try {
                if (clockJumps) {
                    maybeJumpClock();
                }
                if (!mailbox.isEmpty()) {
                    deliverSomeReady(instance);
                }
                trace.recordValue(context.now(), EventKind.STEP, effects.name(instance), "", input, "");
                Step<S, E> step = takeStep(instance, input);
                moved();
                return step;
            } finally {
                spans.endSpan();
            }
        } finally {
            busy = false;
        }
    }

    /**
     * The scheduler's turn before an external input to {@code instance}: lets the oldest ready letter
     * arrive (the model's edge of its fate), again and again until the strategy puts the input first or none
     * is ready. The uniform strategy
     * delivers with probability {@link UniformStrategy#DELIVER_BEFORE_INPUT}, drawn here without a chooser;
     * any other strategy's chooser decides ({@link Mailbox#oldestGoesFirst}).
     */
    private void deliverSomeReady(int instance) {
        long delivered = 0;
        while (mailbox.nextReadyAtOrBefore(context.now()) != null && (chooser == null
                ? scheduler.chance(UniformStrategy.DELIVER_BEFORE_INPUT)
                : mailbox.oldestGoesFirst(chooser, instance, context.now()))) {
            long count = ++delivered;
            context.random().span(STEP_SPAN, () -> deliverNext(count));
        }
    }

    /**
     * Moves time forward, delivering delayed and routed effects as they fall due, then checks every
     * invariant. {@code advance(0)} delivers every routed effect that is ready now.
     *
     * @param ticks how far, {@code >= 0}
     * @throws IllegalArgumentException if {@code ticks} is negative
     * @throws InvariantViolationError if an invariant fails
     * @throws IllegalStateException if instances keep messaging each other past {@code maxDeliveriesPerCall}
     */
    public void advance(long ticks) {
        advanceTo(context.now().advance(ticks));
    }

    /**
     * Moves time forward to a given time, delivering delayed and routed effects as they fall due, then
     * checks every invariant.
     *
     * @param target the new time, not before the current one
     * @throws IllegalArgumentException if {@code target} is before the current time
     * @throws InvariantViolationError if an invariant fails
     * @throws IllegalStateException if instances keep messaging each other past {@code maxDeliveriesPerCall}
     */
    public void advanceTo(LogicalTime target) {
        if (target.isBefore(context.now())) {
            throw new IllegalArgumentException("time cannot go backwards: now is " + context.now() + ", asked to move to " + target);
        }
        enter();
        try {
            LogicalTime from = context.now();
            if (mailbox.isEmpty() && effects.delayedCount() == 0) {
                passTime(target);      // nothing can fall due on the way
            } else {
                deliverDueUpTo(target);
            }
            if (target.isAfter(from)) {
                trace.recordValue(target, EventKind.TIME_ADVANCED, CLOCK, "", ClockStep.of(target.ticks() - from.ticks()), "");
            }
            if (checks.checksStates()) {
                failOn(checks.checkStates(view));
            }
        } finally {
            busy = false;
        }
    }

    /** Moves the clock to {@code target}, delivering every delayed and routed effect that falls due on the way. */
    private void deliverDueUpTo(LogicalTime target) {
        long delivered = 0;
        for (LogicalTime due = nextDue(target); due != null; due = nextDue(target)) {
            passTime(due);           // a routed effect that was ready before a clock jump is due now
            if (mailbox.nextReadyAtOrBefore(due) != null) {
                long count = ++delivered;
                context.random().span(STEP_SPAN, () -> deliverNext(count));
            }
        }
        passTime(target);
    }

    /** Time passing, the model's edge of an advance: moves the clock if {@code target} is later. */
    private void passTime(LogicalTime target) {
        if (target.isAfter(context.now())) {
            moveClockTo(target);
            moved();
        }
    }

    private LogicalTime nextDue(LogicalTime target) {
        LogicalTime external = effects.nextDueAtOrBefore(target);
        LogicalTime routed = mailbox.nextReadyAtOrBefore(target);
        if (external == null || routed == null) {
            return external != null ? external : routed;
        }
        return external.isAfter(routed) ? routed : external;
    }

    private Void deliverNext(long deliveredThisCall) {
        if (deliveredThisCall > maxDeliveriesPerCall) {
            throw new IllegalStateException("more than " + maxDeliveriesPerCall + " routed deliveries in one call at " + context.now()
                    + " (seed " + context.seed() + "): instances may be messaging each other in a loop; raise maxDeliveriesPerCall if not");
        }
        Mailbox.Letter<I> letter = mailbox.take();
        arrive(letter);
        moved();
        return null;
    }

    /**
     * The model's edge of one letter and the fate the effect faults drew for it when it was sent: received;
     * received with its copy left in flight where it was; or lost, which takes no step. The model checks
     * first that it lists this edge, so the harness never takes a step the exhaustive search would not.
     */
    private void arrive(Mailbox.Letter<I> letter) {
        int inFlight = mailbox.size() + 1;
        model.requireSuccessor(model.mayDelay() ? 0 : mailbox.sentBefore(letter), inFlight, letter.fate());
        if (letter.fate() == EffectFate.DROPPED) {
            return;
        }
        if (letter.fate() == EffectFate.DUPLICATED) {
            mailbox.keepCopy(letter);
        }
        trace.recordValue(context.now(), EventKind.RECEIVE, effects.name(letter.to()), effects.name(letter.from()), letter.input(), "");
        takeStep(letter.to(), letter.input());
    }

    /** Tells the observer, if any, the world a move of the model led to. */
    private void moved() {
        if (worlds != null) {
            worlds.accept(world());
        }
    }

    private Step<S, E> takeStep(int instance, I input) {
        LogicalTime now = context.now();
        steps++;
        S before = states.get(instance);
        Step<S, E> step = model.transition(before, input, now);
        states.set(instance, step.state());
        List<E> emitted = step.effects();
        if (!emitted.isEmpty()) {
            effects.dispatch(steps, instance, emitted, now);
        }
        if (effects.delayedCount() != 0) {
            effects.deliverDue(now);
        }
        if (checks.any()) {
            failOn(checks.checkStep(view, instance, before, input, step.state(), now));
        }
        return step;
    }

    private void failOn(StepChecks.Violation violation) {
        if (violation != null) {
            trace.record(context.now(), EventKind.VIOLATION, violation.invariant(), "", String.join("; ", violation.messages()));
            throw new InvariantViolationError(violation.invariant(), violation.messages(), context.seed(), steps, context.now(), trace);
        }
    }

    /** Called only when clock faults are enabled, so a harness without them draws nothing here. */
    private void maybeJumpClock() {
        ClockFaults clock = faults.clock();
        if (clockRandom.chance(clock.jumpRate())) {
            long jump = clockRandom.between(1, clock.maxJumpTicks());
            LogicalTime target = context.now().advance(jump);
            moveClockTo(target);
            trace.recordValue(target, EventKind.CLOCK_JUMP, CLOCK, "", ClockStep.of(jump), "");
        }
    }

    /** Moves the clock, delivering external delayed effects on the way; routed ones only become ready. */
    private void moveClockTo(LogicalTime target) {
        for (LogicalTime due = effects.nextDueAtOrBefore(target); due != null; due = effects.nextDueAtOrBefore(target)) {
            context.advanceTo(due);
            effects.deliverDue(due);
        }
        context.advanceTo(target);
    }

    /**
     * The one re-entrancy guard: {@code apply} and {@code advanceTo} enter it and clear {@code busy} in a
     * {@code finally}, so an exception never leaves the harness locked.
     */
    private void enter() {
        if (busy) {
            throw new IllegalStateException("SimHarness is not re-entrant: an EffectSink, router or invariant called back into it");
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
     * Returns the world the harness is in, as {@link HarnessModel} and the exhaustive search see it: every
     * instance's state, the time and the routed effects in flight (a letter drawn to be lost is in flight
     * until it arrives and is lost). From it the run goes on by one of the model's successors.
     *
     * @return the world, a snapshot
     */
    @Api(Api.Status.EXPERIMENTAL)
    public HarnessWorld<S, I> world() {
        return model.world(states, context.now(), mailbox.inSendingOrder());
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
     * Returns how many steps were taken: external inputs plus routed deliveries.
     *
     * @return the step count
     */
    public long steps() {
        return steps;
    }

    /**
     * Returns the steps taken, as every simulation counts its events.
     *
     * @return {@link #steps()}
     */
    @Override
    public long events() {
        return steps;
    }

    @Override
    public OptionalLong elapsedNanos() {
        return stopwatch == null ? OptionalLong.empty() : OptionalLong.of(stopwatch.getAsLong() - startedAt);
    }

    @Override
    public LogicalTime now() {
        return context.now();
    }

    @Override
    public long seed() {
        return context.seed();
    }

    /**
     * Returns the context: use {@code context().fork("inputs")} to draw test inputs from the same seed
     * (the harness's own purposes {@code "clock"}, {@code "effects"} and {@code "routing"} are taken).
     *
     * @return the context
     */
    @Override
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
     * Returns how many effects are still on their way: delayed external ones and routed ones not yet
     * applied.
     *
     * @return the count
     */
    public int pendingEffects() {
        return effects.delayedCount() + mailbox.size();
    }

    @Override
    public Trace trace() {
        return trace;
    }

    /**
     * Returns what this run exercised: how often each fault kind fired and how often each
     * sometimes expectation was reached.
     *
     * @return the coverage
     */
    @Override
    public Coverage coverage() {
        return Coverage.of(trace, checks.sometimesCounts());
    }

    @Override
    public String toString() {
        return "SimHarness[seed=" + seed() + ", now=" + now() + ", instances=" + states.size() + ", steps=" + steps + "]";
    }

    /** The one view every check of this harness reads: the states and the time as they are now. */
    private final class LiveView implements HarnessView<S> {
        @Override
        public List<S> states() {
            return statesView;
        }

        @Override
        public LogicalTime now() {
            return context.now();
        }

        @Override
        public String toString() {
            return "HarnessView[" + statesView + " at " + context.now() + "]";
        }
    }
}
