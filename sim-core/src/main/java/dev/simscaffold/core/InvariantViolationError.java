package dev.simscaffold.core;

import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.core.trace.Timeline;
import dev.simscaffold.core.trace.Trace;
import dev.simscaffold.core.trace.TraceEvent;
import java.util.List;

/**
 * Thrown when a simulation breaks an invariant: the run stops at the first violation, and this error
 * carries everything needed to understand and replay it. It is an {@link AssertionError} so that test
 * frameworks report it as a failed check, not as a crash.
 *
 * <p>Its message reads, in order: the invariant's name and what was wrong, the seed, the step and time, and
 * the last events as a timeline. sim-core cannot know how a test picks its seed, so the command that
 * replays the failure is added by sim-testkit's report, which knows the test.
 */
@Api(Api.Status.STABLE)
public final class InvariantViolationError extends AssertionError {

    private static final long serialVersionUID = 1L;

    /** How many of the last events the message shows. */
    public static final int REPORT_EVENTS = 20;

    private final transient String invariant;
    private final transient List<String> violations;
    private final transient long seed;
    private final transient long step;
    private final transient LogicalTime time;
    private final transient Trace trace;
    private final transient List<TraceEvent> recentEvents;

    /**
     * Creates the error.
     *
     * @param invariant the name of the invariant that failed
     * @param violations what the invariant reported, at least one message
     * @param seed the seed that replays the run
     * @param step the step after which the invariant failed
     * @param time the simulated time of the failure
     * @param trace the run's trace, up to and including the violation; its last
     *              {@value #REPORT_EVENTS} events go into the message
     */
    public InvariantViolationError(String invariant, List<String> violations, long seed, long step, LogicalTime time, Trace trace) {
        this(invariant, violations, seed, step, time, trace, trace.tail(REPORT_EVENTS));
    }

    private InvariantViolationError(
            String invariant, List<String> violations, long seed, long step, LogicalTime time, Trace trace, List<TraceEvent> recent) {
        super(render(invariant, violations, seed, step, time, recent));
        this.invariant = invariant;
        this.violations = List.copyOf(violations);
        this.seed = seed;
        this.step = step;
        this.time = time;
        this.trace = trace;
        this.recentEvents = recent;
    }

    /**
     * Returns the name of the invariant that failed.
     *
     * @return the name
     */
    public String invariant() {
        return invariant;
    }

    /**
     * Returns what the invariant reported.
     *
     * @return the violation messages
     */
    public List<String> violations() {
        return violations;
    }

    /**
     * Returns the seed that replays the run.
     *
     * @return the seed
     */
    public long seed() {
        return seed;
    }

    /**
     * Returns the step after which the invariant failed.
     *
     * @return the step number
     */
    public long step() {
        return step;
    }

    /**
     * Returns the simulated time of the failure.
     *
     * @return the time
     */
    public LogicalTime time() {
        return time;
    }

    /**
     * Returns the run's trace, for writing it out in full (in {@code FINGERPRINT_ONLY} mode it holds only
     * the fingerprint and a tail).
     *
     * @return the trace
     */
    public Trace trace() {
        return trace;
    }

    /**
     * Returns the last events before the failure, oldest first.
     *
     * @return the events
     */
    public List<TraceEvent> recentEvents() {
        return recentEvents;
    }

    private static String render(
            String invariant, List<String> violations, long seed, long step, LogicalTime time, List<TraceEvent> recentEvents) {
        StringBuilder text = new StringBuilder("invariant violated: ").append(invariant).append('\n');
        for (String violation : violations) {
            text.append("  ").append(violation).append('\n');
        }
        text.append("seed ").append(seed)
                .append(", step ").append(step).append(", ").append(time).append('\n');
        if (!recentEvents.isEmpty()) {
            text.append("last ").append(recentEvents.size()).append(" events:\n").append(Timeline.render(recentEvents));
        }
        return text.toString();
    }
}
