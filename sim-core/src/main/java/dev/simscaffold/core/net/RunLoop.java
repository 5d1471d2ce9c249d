package dev.simscaffold.core.net;

import dev.simscaffold.core.internal.Require;
import java.util.SortedMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * How a {@link SimNetwork} drives its engine: every run is bounded by {@code maxEventsPerRun} and fails
 * loudly past it, and every call that drives the engine passes the one re-entrancy guard, so a node,
 * invariant or condition that calls back into the network is refused instead of corrupting the run.
 *
 * @param <M> the message type
 * @param <N> the node type
 */
final class RunLoop<M, N extends SansIoNode<M>> {

    private final NetworkEngine<M, N> engine;
    private final long maxEventsPerRun;
    private boolean busy;

    RunLoop(NetworkEngine<M, N> engine, long maxEventsPerRun) {
        this.engine = engine;
        this.maxEventsPerRun = maxEventsPerRun;
    }

    /**
     * Processes events up to {@code ticks} from now, stopping early once {@code condition} holds (checked
     * first and after every event); with no condition, runs the whole window and moves the clock to its end.
     */
    RunResult run(Predicate<? super SortedMap<NodeId, N>> condition, long ticks, String what) {
        Require.nonNegative(what + " ticks", ticks);
        return guarded(() -> {
            long deadline = Math.addExact(engine.now().ticks(), ticks);
            long processed = 0;
            if (condition != null && condition.test(engine.liveNodes())) {
                return new RunResult(true, engine.now(), 0);
            }
            while (engine.hasEvents() && engine.nextEventTime() <= deadline) {
                if (processed == maxEventsPerRun) {
                    throw new IllegalStateException(what + " exceeded its bound of " + maxEventsPerRun + " events at "
                            + engine.now() + " before reaching t=" + deadline + " (seed " + engine.context.seed()
                            + "): a node may be re-arming a timer or messaging in a loop; raise maxEventsPerRun if not");
                }
                if (engine.processNext(deadline)) {
                    processed++;
                    if (condition != null && condition.test(engine.liveNodes())) {
                        return new RunResult(true, engine.now(), processed);
                    }
                }
            }
            engine.moveTo(deadline);
            return new RunResult(condition == null, engine.now(), processed);
        });
    }

    /** Processes the next event that is not moot; false if none is pending. */
    boolean step() {
        return guarded(() -> {
            while (engine.hasEvents()) {
                if (engine.processNext(Long.MAX_VALUE)) {
                    return true;
                }
            }
            return false;
        });
    }

    /** Applies a change from outside the network, then checks every invariant. */
    void act(Runnable change) {
        guarded(() -> {
            change.run();
            engine.checkInvariants();
            return null;
        });
    }

    /** The one re-entrancy guard: every public method that drives the engine runs through it. */
    <T> T guarded(Supplier<T> work) {
        if (busy) {
            throw new IllegalStateException("SimNetwork is not re-entrant: a node, invariant or condition called back into it");
        }
        busy = true;
        try {
            return work.get();
        } finally {
            busy = false;
        }
    }
}
