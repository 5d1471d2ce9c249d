package dev.simscaffold.testkit.determinism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.harness.SimHarness;
import dev.simscaffold.core.harness.StateMachine;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.Outbox;
import dev.simscaffold.core.net.SansIoNode;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.net.Transmit;
import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.core.trace.EventKind;
import dev.simscaffold.core.trace.Trace;
import dev.simscaffold.core.trace.TraceCapture;
import dev.simscaffold.core.trace.TraceEvent;
import dev.simscaffold.testkit.fixtures.Tally;
import dev.simscaffold.testkit.fixtures.Tally.Add;
import dev.simscaffold.testkit.fixtures.Tally.Reported;
import dev.simscaffold.testkit.fixtures.Tally.Total;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * The watchdog on a planted infinite loop in a node's message handler (it spins until interrupted, as one
 * looping over a corrupted {@code TreeMap} would, minus the interrupt check, so the test's JVM gets its core
 * back), on a step that merely outlasts the bound, and on a slow run of fast steps, which it must let through.
 * Each stuck case fails within about the bound, not at a test timeout.
 */
class WatchdogTest {

    /**
     * Long enough that no healthy step of these small runs comes near it on a loaded machine (a cold JVM's
     * class loading counts as a step too), short enough to keep the stuck cases quick.
     */
    private static final Duration BOUND = Duration.ofSeconds(1);
    /** Generous: a stuck run must fail within the bound plus scheduling, far from a build's timeout. */
    private static final Duration FAILS_WITHIN = Duration.ofSeconds(10);

    /** A hop counter passed round a ring of three nodes. */
    record Hop(int count) {
    }

    /** What node-1 does with the hop it cannot handle: loop forever, or throw so a clean twin can show the run up to there. */
    enum Planted { LOOP, THROW }

    /** Passes each hop to the next node; node-1 gets stuck on hop {@code stuckAt}; node-0 starts the ring at its first timeout. */
    static final class RingNode implements SansIoNode<Hop> {
        private final NodeId id;
        private final Outbox<Hop> outbox;
        private final int stuckAt;
        private final Planted planted;
        private boolean started;

        RingNode(NodeId id, int stuckAt, Planted planted) {
            this.id = id;
            this.outbox = new Outbox<>(id);
            this.stuckAt = stuckAt;
            this.planted = planted;
        }

        @Override
        public void handleInput(NodeId from, Hop hop, LogicalTime now) {
            if (id.index() == 1 && hop.count() == stuckAt) {
                if (planted == Planted.THROW) {
                    throw new IllegalStateException("the planted loop's twin");
                }
                spinUntilInterrupted();
            }
            outbox.send(NodeId.of((id.index() + 1) % 3), new Hop(hop.count() + 1));
        }

        @Override
        public void handleTimeout(LogicalTime now) {
            started = true;
            outbox.send(NodeId.of(1), new Hop(1));
        }

        @Override
        public Optional<Transmit<Hop>> pollTransmit() {
            return outbox.poll();
        }

        @Override
        public Optional<LogicalTime> pollTimeout() {
            return id.index() == 0 && !started ? Optional.of(LogicalTime.of(1)) : Optional.empty();
        }
    }

    private static Trace ring(long seed, int stuckAt, Planted planted) {
        SimNetwork<Hop> network = SimNetwork.nodes(3, (id, random, now) -> new RingNode(id, stuckAt, planted))
                .seed(seed).faults(FaultConfig.none()).build();
        network.run(10_000);
        return network.trace();
    }

    private static void spinUntilInterrupted() {
        long spins = 0;
        while (!Thread.currentThread().isInterrupted()) {
            spins++;
        }
        if (spins < 0) {
            throw new IllegalStateException("unreachable");
        }
    }

    @Test
    void anInfiniteLoopInANodeHandlerFailsNamingTheEventItBeganWithTheSeedAndTheStack() {
        TraceCapture.Captured twin = TraceCapture.run(() -> ring(9, 7, Planted.THROW));
        assertThat(twin.failure()).isPresent();
        TraceEvent delivered = twin.last().orElseThrow().events().get((int) twin.last().orElseThrow().size() - 1);
        assertThat(delivered.kind()).isEqualTo(EventKind.DELIVER);
        assertThat(delivered.detail()).isEqualTo("Hop[count=7]");

        long started = System.nanoTime();
        assertThatThrownBy(() -> Watchdog.perStep(BOUND).run(9, () -> ring(9, 7, Planted.LOOP)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("seed 9: a simulation step ran longer than PT1S of wall-clock time; the stuck step began with event "
                        + delivered.toLine() + " (kind DELIVER, node node-1, at " + delivered.time() + ") and recorded nothing since")
                .hasMessageContaining("the stuck thread sim-watchdog-seed-9 is RUNNABLE at:")
                .hasMessageContaining("WatchdogTest.spinUntilInterrupted(WatchdogTest.java:")
                .hasMessageContaining("WatchdogTest$RingNode.handleInput(WatchdogTest.java:")
                .satisfies(error -> assertThat(error.getStackTrace()[0].getMethodName()).isEqualTo("spinUntilInterrupted"));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(BOUND, FAILS_WITHIN);
    }

    /** Spins at the amount 999; pauses {@code pauseNanos} at every step, or {@code stepNanos} at the amount 500. */
    private static StateMachine<Total, Add, Reported> machine(long pauseNanos, long stepNanos) {
        return (total, add, now) -> {
            if (add.amount() == 999) {
                spinUntilInterrupted();
            }
            if (add.amount() == 500) {
                sleep(stepNanos);
            }
            if (pauseNanos > 0) {
                LockSupport.parkNanos(pauseNanos);
            }
            return Tally.MACHINE.transition(total, add, now);
        };
    }

    private static void sleep(long nanos) {
        long until = System.nanoTime() + nanos;
        while (System.nanoTime() < until) {
            LockSupport.parkNanos(until - System.nanoTime());
        }
    }

    private static Trace harness(long seed, int count, long stuckAt, long pauseNanos, long stepNanos) {
        SimHarness<Total, Add, Reported> harness = SimHarness.builder(machine(pauseNanos, stepNanos)).seed(seed).instances(2, new Total(0)).build();
        for (int step = 0; step < count; step++) {
            harness.apply(step % 2, new Add(step == stuckAt ? 999 : step == count / 2 ? 500 : 1));
        }
        return harness.trace();
    }

    /**
     * One step that outlasts the bound fails, however fast the others are, and is named by its event: the step
     * of amount 500 sleeps two bounds. An unwatched run first loads the classes, so the set-up is quick.
     */
    @Test
    void aSingleSlowStepFailsAndIsNamedByItsEvent() {
        harness(4, 40, -1, 0, 0);
        assertThatThrownBy(() -> Watchdog.perStep(BOUND).run(4, () -> harness(4, 40, -1, 0, 2 * BOUND.toNanos())))
                .isInstanceOf(AssertionError.class)
                .hasMessageMatching("(?s).*the stuck step began with event t=0 #\\d+ STEP instance-0 Add\\[amount=500\\] \\(kind STEP, node instance-0,"
                        + " at t=0\\) and recorded nothing since.*");
    }

    @Test
    void aRunOfFastStepsMayTakeLongerThanTheBound() {
        long started = System.nanoTime();
        Trace trace = Watchdog.perStep(BOUND).run(4, () -> harness(4, 300, -1, 5_000_000, 0));
        assertThat(trace.size()).isEqualTo(600);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(BOUND);
    }

    @Test
    void aRunStuckBeforeItsFirstEventFailsSayingSo() {
        assertThatThrownBy(() -> Watchdog.perStep(BOUND).run(5, () -> {
            spinUntilInterrupted();
            return "never";
        })).isInstanceOf(AssertionError.class)
                .hasMessageContaining("the run recorded no event yet, so the stuck step is its set-up or a simulation without a trace");
    }

    @Test
    void aHealthyRunIsTheSameRunAsWithoutTheWatchdog() {
        long seed = 12;
        // DOCS:begin docs/guide/07-sweeps-campaigns-and-ci.md
        Trace trace = Watchdog.perStep(Duration.ofSeconds(30)).run(seed, () -> {
            SimHarness<Total, Add, Reported> harness = Tally.harness(seed, FaultConfig.hostile(), Long.MAX_VALUE);
            for (int i = 0; i < 100; i++) {
                harness.apply(i % 2, new Add(1));
            }
            return harness.trace();
        });
        // DOCS:end
        SimHarness<Total, Add, Reported> unwatched = Tally.harness(seed, FaultConfig.hostile(), Long.MAX_VALUE);
        for (int i = 0; i < 100; i++) {
            unwatched.apply(i % 2, new Add(1));
        }
        assertThat(trace.fingerprint()).isEqualTo(unwatched.trace().fingerprint());
        assertThat(Watchdog.perStep(Duration.ofSeconds(30)).run(9, () -> ring(9, -1, Planted.LOOP)).fingerprint())
                .isEqualTo(ring(9, -1, Planted.LOOP).fingerprint());
    }

    @Test
    void whatTheRunThrowsReachesTheCallerUnchanged() {
        IllegalStateException planted = new IllegalStateException("planted");
        assertThatThrownBy(() -> Watchdog.perStep(Duration.ofSeconds(5)).run(1, () -> {
            throw planted;
        })).isSameAs(planted);
        String done = Watchdog.perStep(Duration.ofSeconds(5)).run(1, () -> "done");
        assertThat(done).isEqualTo("done");
    }

    @Test
    void aBoundMustBePositive() {
        assertThatThrownBy(() -> Watchdog.perStep(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT0S");
        assertThatThrownBy(() -> Watchdog.perStep(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT-1S");
    }
}
