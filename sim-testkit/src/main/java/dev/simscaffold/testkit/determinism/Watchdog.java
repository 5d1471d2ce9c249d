package dev.simscaffold.testkit.determinism;

import dev.simscaffold.core.Api;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * A wall-clock bound on a simulation step, for tests: a run whose progress stalls for longer than the
 * bound fails with the seed and the stack of the stuck thread, instead of hanging the build. A leaked
 * thread that corrupts a {@code TreeMap}, an accidental infinite loop in a handler, a lock the simulated
 * code waits on forever: each leaves the test JVM spinning with no message, and the build times out
 * hours later without saying where.
 *
 * <p>The run executes on a daemon thread while the calling thread watches it. What counts as progress is
 * the run's own counter, registered with {@link Steps#progress}: a simulation's processed-event count
 * ({@code network::events}) or its trace size ({@code () -> harness.trace().size()}); a step is the time
 * between two changes of it. Without a probe the bound applies to the whole run. sim-core reads no clock
 * and has no per-step hook, so the probe is sampled from the watching thread (every tenth of the bound)
 * without synchronization: for a counter that only grows, a late sample delays the verdict; it cannot
 * invent progress. A stuck thread cannot be stopped in Java; it is interrupted and left as a daemon,
 * which does not keep the JVM alive.
 *
 * <pre>{@code
 * Watchdog watchdog = Watchdog.perStep(Duration.ofSeconds(30));
 * Trace trace = watchdog.run(seed, steps -> {
 *     SimNetwork<Msg> network = SimNetwork.nodes(3, Node::new).seed(seed).build();
 *     steps.progress(network::events);
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
     * A watchdog that fails a run whose progress stalls for longer than {@code bound}.
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
     * The run's handle on the watchdog: where it says what counts as progress.
     */
    @Api(Api.Status.EXPERIMENTAL)
    public static final class Steps {
        private volatile LongSupplier progress;

        private Steps() {
        }

        /**
         * Registers the counter whose every change marks the end of a step; call it once the simulation
         * is built. Until then, and without it, the bound applies to everything the run has done so far.
         *
         * @param counter a count that grows as the simulation advances, such as {@code network::events}
         */
        public void progress(LongSupplier counter) {
            this.progress = Objects.requireNonNull(counter, "counter must not be null");
        }

        private long sample(long fallback) {
            LongSupplier counter = progress;
            return counter == null ? fallback : counter.getAsLong();
        }
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
         * Builds and runs the simulation.
         *
         * @param steps where to register the simulation's progress counter
         * @return the run's result, such as its trace
         * @throws Exception whatever the run throws; it reaches the caller unchanged when unchecked
         */
        T run(Steps steps) throws Exception;
    }

    /**
     * Runs {@code run} on a watched thread and returns its result.
     *
     * @param <T> what the run returns
     * @param seed the seed the run uses, for the failure message
     * @param run the simulation
     * @return what the run returned
     * @throws AssertionError naming the seed, the bound and the stuck thread's stack if a step exceeds the
     *                        bound; the error's stack trace is the stuck thread's
     */
    public <T> T run(long seed, Run<T> run) {
        Objects.requireNonNull(run, "run must not be null");
        Steps steps = new Steps();
        FutureTask<T> task = new FutureTask<>(() -> run.run(steps));
        Thread worker = new Thread(task, "sim-watchdog-seed-" + seed);
        worker.setDaemon(true);
        worker.start();
        long poll = Math.max(1, bound.toNanos() / 10);
        long lastProgress = steps.sample(Long.MIN_VALUE);
        long lastChange = System.nanoTime();
        while (true) {
            try {
                return task.get(poll, TimeUnit.NANOSECONDS);
            } catch (TimeoutException notYet) {
                long now = System.nanoTime();
                long progress = steps.sample(Long.MIN_VALUE);
                if (progress != lastProgress) {
                    lastProgress = progress;
                    lastChange = now;
                } else if (now - lastChange > bound.toNanos()) {
                    throw stuck(seed, worker, progress);
                }
            } catch (ExecutionException e) {
                throw rethrow(e.getCause());
            } catch (InterruptedException e) {
                worker.interrupt();
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while watching seed " + seed, e);
            }
        }
    }

    private AssertionError stuck(long seed, Thread worker, long progress) {
        StackTraceElement[] stack = worker.getStackTrace();
        Thread.State state = worker.getState();
        worker.interrupt();
        String where = Arrays.stream(stack).limit(FRAMES_SHOWN).map(frame -> "\tat " + frame).collect(Collectors.joining("\n"));
        String more = stack.length > FRAMES_SHOWN ? "\n\t... " + (stack.length - FRAMES_SHOWN) + " more" : "";
        String counter = progress == Long.MIN_VALUE ? "no progress counter registered, so the bound covered the whole run"
                : "progress stayed at " + progress;
        AssertionError error = new AssertionError("seed " + seed + ": a simulation step ran longer than " + bound + " of wall-clock time ("
                + counter + "); the stuck thread " + worker.getName() + " is " + state + " at:\n" + where + more
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
