package org.acme.coordination;

import org.acme.coordination.LeaseTableSimulation.Outcome;
import org.acme.coordination.LeaseTableSimulation.Scenario;
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
 * The lease table's properties: each runs {@value #TRIES} simulations with every invariant checked after
 * every step. The runs draw all their decisions (which worker asks what, which answer is lost, when the
 * clock jumps) from the property engine's recorded stream, so a failing run is shrunk to fewer requests
 * and fewer faults before it is reported.
 *
 * <p>A failure names the invariant, the seed, the command that replays just that run and the last events,
 * and writes the whole trace under {@code target/sim-traces/}. Replay with
 * {@code mvn test -Dtest=LeaseTableProperties#<method> -Dsim.seed=<seed>}; a seed means the same run on
 * every machine and JDK.
 */
class LeaseTableProperties {

    /** Simulated runs per property; raise it for a longer hunt. */
    static final int TRIES = 200;
    /** Seeds the coverage check sums over; each failing seed is reported with its replay command and trace. */
    private static final int COVERAGE_SEEDS = 200;
    /** Replaying is checked on the first seeds: each costs three runs. */
    private static final int REPLAY_SEEDS = 20;

    @Test
    void invariantsHoldWithoutFaults() {
        Properties.forAll(Gen.liveRandom()).tries(TRIES)
                .check(random -> LeaseTableSimulation.run(random, Scenario.calm()));
    }

    @Test
    void invariantsHoldUnderDroppedDelayedAndDuplicatedAnswersAndClockJumps() {
        Properties.forAll(Gen.liveRandom()).tries(TRIES)
                .check(random -> LeaseTableSimulation.run(random, Scenario.faulty()));
    }

    /**
     * Guards against vacuous runs: over the sweep, every rule and every fault must actually be exercised.
     * Replaying one seed of it ({@code -Dsim.seed}) skips the coverage check, which needs the whole sweep.
     */
    @Test
    void theFaultySweepExercisesEveryRuleAndEveryFault() {
        SweepCoverage.assertReached(SeedSweep.named("LeaseTable-faulty-coverage").firstSeed(1).seeds(COVERAGE_SEEDS),
                seed -> LeaseTableSimulation.run(seed, Scenario.faulty()).counts(), List.of(
                        "Granted", "Renewed", "Released",
                        "Rejected.HELD_BY_ANOTHER", "Rejected.NOT_HOLDER", "Rejected.EXPIRED",
                        "fate.DROPPED", "fate.DELAYED", "fate.DUPLICATED", "clock jumps"));
    }

    /** The same seed gives an equal outcome (fingerprint, steps, counts); the next seed another run. */
    @Test
    void aSeedReplaysTheSameRun() {
        DeterminismCheck.assertSeedsReplay(SeedSweep.named("LeaseTable-replay").firstSeed(1).seeds(REPLAY_SEEDS),
                seed -> LeaseTableSimulation.run(seed, Scenario.faulty()), Outcome::fingerprint);
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
            return LeaseTableSimulation.trace(seed, Scenario.faulty());
        }
    }
}
