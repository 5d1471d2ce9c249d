package org.acme.pipeline;

import org.acme.pipeline.OrderTotalsSimulation.Outcome;
import org.acme.pipeline.OrderTotalsSimulation.Scenario;
import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.trace.Trace;
import dev.simscaffold.core.trace.TraceMode;
import dev.simscaffold.testkit.determinism.DeterminismCheck;
import dev.simscaffold.testkit.property.Properties;
import dev.simscaffold.testkit.sweep.SeedSweep;
import dev.simscaffold.testkit.sweep.SweepCoverage;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * The stage's properties: each runs {@value #TRIES} simulated runs, every one draining a drawn input with
 * every invariant checked at every crash point, after every step and at the end. The runs draw
 * all their decisions (the input, the damaged lines, idle time, every disk fault and crash) from the
 * property engine's recorded stream, so a failing run is shrunk to fewer records and fewer faults before it
 * is reported.
 *
 * <p>A failure names the invariant, the seed, the command that replays just that run and the last events,
 * and writes the whole trace under {@code target/sim-traces/}. Replay with
 * {@code mvn test -Dtest=OrderTotalsProperties#<method> -Dsim.seed=<seed>}; a seed means the same run on
 * every machine and JDK.
 */
class OrderTotalsProperties {

    /** Simulated runs per property; raise it for a longer hunt. */
    static final int TRIES = 200;
    /** Seeds the coverage check sums over; each failing seed is reported with its replay command and trace. */
    private static final int COVERAGE_SEEDS = 300;
    /** Replaying is checked on the first seeds: each costs three runs. */
    private static final int REPLAY_SEEDS = 20;

    @Test
    void corruptInputIsQuarantinedAndEveryValidRecordIsOutputOnceOnAPerfectMachine() {
        Properties.forAll(Gen.liveRandom()).tries(TRIES)
                .check(random -> OrderTotalsSimulation.run(random, Scenario.calm()));
    }

    @Test
    void exactlyOnceHoldsThroughCrashesPowerLossesTornWritesAndIoFailures() {
        Properties.forAll(Gen.liveRandom()).tries(TRIES)
                .check(random -> OrderTotalsSimulation.run(random, Scenario.faulty()));
    }

    /**
     * Guards against vacuous runs: over the sweep, every fault and every recovery path must actually occur,
     * among them what exactly-once hinges on: a crash between an output write and its checkpoint, a torn
     * write and a lost directory operation (a power loss that undid a create or a rename). Replaying one seed of it ({@code -Dsim.seed}) skips the check,
     * which needs the whole sweep.
     */
    @Test
    void theFaultySweepReachesEveryFaultAndEveryRecoveryPath() {
        SweepCoverage.assertReached(SeedSweep.named("OrderTotals-faulty-coverage").firstSeed(1).seeds(COVERAGE_SEEDS),
                seed -> OrderTotalsSimulation.run(seed, Scenario.faulty()).counts(), List.of(
                        "Emit", "Quarantine", "SyncOutputs", "CommitCheckpoint",
                        "crash.PROCESS_CRASH", "crash.POWER_LOSS", "crash between an output write and its checkpoint",
                        "torn write.disk", "directory op lost.disk", "repeat dropped by sink", "repeat dropped by quarantine",
                        "io failure.disk.orders.txt.READ", "io failure.disk.outputs.log.WRITE", "io failure.disk.outputs.log.FSYNC",
                        "io failure.disk.checkpoint.tmp.FSYNC", "io failure.disk.directory.FSYNC",
                        "recovery after a crash", "recovery after an I/O failure"));
    }

    /** The same seed gives an equal outcome (fingerprint, recoveries, counts); the next seed another run. */
    @Test
    void aSeedReplaysTheSameRun() {
        DeterminismCheck.assertSeedsReplay(SeedSweep.named("OrderTotals-replay").firstSeed(1).seeds(REPLAY_SEEDS),
                seed -> OrderTotalsSimulation.run(seed, Scenario.faulty()), Outcome::fingerprint);
    }

    /**
     * A seed gives the same run in a fresh JVM as in this one. {@code Set.of}/{@code Map.of} orders and
     * identity hashes are salted per JVM, and statics outlive a test: a double run inside one JVM sees
     * neither, and a pinned fingerprint would fail in some fresh JVMs only. A difference is reported as
     * a determinism failure naming the first event where the two runs part.
     */
    @Test
    void aSeedReplaysTheSameRunInAFreshJvm() {
        DeterminismCheck.assertSameInFreshJvm(1, FaultyRun.class);
    }

    /** The faulty scenario's run of a seed, which the fresh JVM creates by name; its trace keeps every event. */
    static final class FaultyRun implements BiFunction<Long, TraceMode, Trace> {
        @Override
        public Trace apply(Long seed, TraceMode mode) {
            return OrderTotalsSimulation.trace(seed, Scenario.faulty());
        }
    }
}
