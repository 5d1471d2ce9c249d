package dev.simscaffold.testkit.determinism;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.trace.TraceListener;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * A wall-clock bound on a simulation step, for tests: a step that runs longer than the bound fails the test
 * with the seed, the event the step began with (its kind, node and simulated time) and the stack of the stuck
 * thread, instead of hanging the build. A leaked thread that corrupts a {@code TreeMap}, an accidental infinite
 * loop in a handler, a lock the simulated code waits on forever: each leaves the test JVM spinning with no
 * message, and the build times out hours later without saying where.
 *
 * <p>A step is what runs between two recorded events: the engines record an event just before the code it
 * describes (a {@code DELIVER} before the receiving node's handler, a {@code TIMER} before the timeout
 * handler, a {@code STEP} before the transition), so a step that never ends is named by the last event. The
 * run executes on a daemon thread inside a {@link TraceListener} scope: every trace it creates reports each
 * event as it is recorded, with no change to the run, and the watching thread sleeps until the current step
 * has lasted exactly the bound. Before the run's first event the bound covers the set-up. sim-core reads no
 * clock: the listener here does. A stuck thread cannot be stopped in Java; it is interrupted and left as a
 * daemon, which does not keep the JVM alive.
 *
 * <pre>{@code
 * Trace trace = Watchdog.perStep(Duration.ofSeconds(30)).run(seed, () -> {
 *     SimNetwork<Msg> network = SimNetwork.nodes(3, Node::new).seed(seed).build();
 *     network.run(10_000);
 *     return network.trace();
 * });
 * }</pre>
 */
@Api(Api.Status.EXPERIMENTAL)
public final class Watchdog {

    /** How many frames of the stuck thread's stack the message shows (the error's own stack trace has all of them). */
    static final int FRAMES_SHOWN = 30;

    private final Duration bound;

    private Watchdog(Duration bound) {
        this.bound = bound;
    }

    /**
     * A watchdog that fails a run one of whose steps lasts longer than {@code bound}.
     *
     * @param bound the longest a step may take, in wall-clock time; positive
     * @return the watchdog
     * @throws IllegalArgumentException if the bound is not positive
     */
    public static Watchdog perStep(Duration bound) {
        Objects.requireNonNull(bound, "bound must not be null");
        if (bound.isZero() || bound.isNegative()) {
            throw new IllegalArgumentException("a watchdog bound must be positive, got " + bound);
        }
        return new Watchdog(bound);
    }

    /**
     * A run under the watchdog.
     *
     * @param <T> what the run returns
     */
    @FunctionalInterface
    @Api(Api.Status.EXPERIMENTAL)
    public interface Run<T> {
        /**
         * Builds and runs the simulation; every trace it creates on this thread is watched.
         *
         * @return the run's result, such as its trace
         * @throws Exception whatever the run throws; it reaches the caller unchanged when unchecked
         */
        T run() throws Exception;
    }

    /**
     * Runs {@code run} on a watched thread and returns its result.
     *
     * @param <T> what the run returns
     * @param seed the seed the run uses, for the failure message
     * @param run the simulation
     * @return what the run returned
     * @throws AssertionError naming the seed, the bound, the event the stuck step began with and the stuck
     *                        thread's stack if a step exceeds the bound; the error's stack trace is the stuck thread's
     */
    public <T> T run(long seed, Run<T> run) {
        Objects.requireNonNull(run, "run must not be null");
        StepClock steps = new StepClock(System.nanoTime());
        FutureTask<T> task = new FutureTask<>(() -> TraceListener.listening(steps, run::run));
        Thread worker = new Thread(task, "sim-watchdog-seed-" + seed);
        worker.setDaemon(true);
        worker.start();
        while (true) {
            StepClock.Step step = steps.current();
            long left = step.startedNanos() + bound.toNanos() - System.nanoTime();
            if (left <= 0 && steps.current() == step && !task.isDone()) {
                throw stuck(seed, worker, step);
            }
            try {
                return task.get(Math.max(0, left), TimeUnit.NANOSECONDS);
            } catch (TimeoutException stepStillRunning) {
                continue;
            } catch (ExecutionException e) {
                throw rethrow(e.getCause());
            } catch (InterruptedException e) {
                worker.interrupt();
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while watching seed " + seed, e);
            }
        }
    }

    private AssertionError stuck(long seed, Thread worker, StepClock.Step step) {
        StackTraceElement[] stack = worker.getStackTrace();
        Thread.State state = worker.getState();
        worker.interrupt();
        String where = Arrays.stream(stack).limit(FRAMES_SHOWN).map(frame -> "\tat " + frame).collect(Collectors.joining("\n"));
        String more = stack.length > FRAMES_SHOWN ? "\n\t... " + (stack.length - FRAMES_SHOWN) + " more" : "";
        AssertionError error = new AssertionError("seed " + seed + ": a simulation step ran longer than " + bound + " of wall-clock time; "
                + step.describe() + "; the stuck thread " + worker.getName() + " is " + state + " at:\n" + where + more
                + "\nreplay the seed under a debugger, or look for a thread, a lock or a loop in the handler at the top of this stack");
        error.setStackTrace(stack);
        return error;
    }

    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException("the watched run threw " + cause, cause);
    }
}
