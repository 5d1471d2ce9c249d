package org.acme.gossip;

import org.acme.gossip.MembershipSimulation.NemesisPool;
import org.acme.gossip.MembershipSimulation.Outcome;
import org.acme.gossip.MembershipSimulation.Scenario;
import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.nemesis.Nemesis;
import dev.simscaffold.core.trace.EventKind;
import dev.simscaffold.core.trace.Trace;
import dev.simscaffold.core.trace.TraceMode;
import dev.simscaffold.testkit.determinism.DeterminismCheck;
import dev.simscaffold.testkit.property.Properties;
import dev.simscaffold.testkit.sweep.SeedSweep;
import dev.simscaffold.testkit.sweep.SweepCoverage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * The protocol's properties: each runs {@value #TRIES} simulations with the safety invariants checked
 * after every event, and ends when every live node agrees or fails when one does not within
 * {@link MembershipBounds#convergence()} of the faults stopping. The runs draw every decision (which node
 * a client writes to, which message is lost, when a partition starts) from the property engine's recorded
 * stream, so a failing run is shrunk to fewer writes and fewer faults before it is reported.
 *
 * <p>A failure names the invariant, the seed, the command that replays just that run and the last events,
 * and writes the whole trace under {@code target/sim-traces/}. Replay with
 * {@code mvn test -Dtest=MembershipProperties#<method> -Dsim.seed=<seed>}; a seed means the same run on
 * every machine and JDK.
 */
class MembershipProperties {

    /** Simulated runs per property; raise it for a longer hunt. */
    static final int TRIES = 40;
    /** Seeds the coverage check sums over. */
    private static final int COVERAGE_SEEDS = 60;
    /** Replaying is checked on the first seeds: each costs three runs. */
    private static final int REPLAY_SEEDS = 10;

    @Test
    void onAPerfectNetworkAllLiveNodesAgreeWithinTheBoundAndNobodyIsSuspected() {
        Properties.forAll(Gen.liveRandom()).tries(TRIES).check(random -> MembershipSimulation.run(random, Scenario.calm()));
    }

    @Test
    void onceLossDuplicationAndDelaysStopAllLiveNodesAgreeWithinTheBound() {
        Properties.forAll(Gen.liveRandom()).tries(TRIES).check(random -> MembershipSimulation.run(random, Scenario.messageFaults()));
    }

    @Test
    void safetyHoldsThroughPartitionsCrashesAndPausesAndAllAgreeOnceTheyStop() {
        Properties.forAll(Gen.liveRandom()).tries(TRIES).check(random -> MembershipSimulation.run(random, Scenario.hostile()));
    }

    @Test
    void safetyHoldsWhileReadyMadeNemesesStrikeTheOriginOfEachWriteAndAllAgreeOnceTheyStop() {
        Properties.forAll(Gen.liveRandom()).tries(TRIES).check(random -> MembershipSimulation.run(random, Scenario.aimed()));
    }

    @Test
    void safetyHoldsUnderMessageFaultsAndASwarmOfNemesesAndAllAgreeOnceTheyStop() {
        Properties.forAll(Gen.liveRandom()).tries(TRIES).check(random -> MembershipSimulation.run(random, Scenario.swarm()));
    }

    /**
     * Guards against nemeses that never strike: over the swarm sweep every ready-made nemesis finds its target
     * and strikes (a role that is never taken, or a trigger that never fires, would leave the swarm testing
     * nothing), and the interesting cases still happen.
     */
    @Test
    void theSwarmSweepStrikesWithEveryReadyMadeNemesis() {
        List<String> required = new ArrayList<>(List.of(MembershipSimulation.STALE_ENTRY_IGNORED, MembershipSimulation.SUSPECT_TRUSTED_AGAIN,
                EventKind.CRASH.name(), EventKind.PAUSE.name(), EventKind.PARTITION.name()));
        NemesisPool.readyMade(MembershipSimulation.CONFIG).stream().map(Nemesis::name).map(Outcome::struck).forEach(required::add);
        SweepCoverage.assertReached(SeedSweep.named("Membership-swarm-coverage").firstSeed(1).seeds(COVERAGE_SEEDS),
                seed -> MembershipSimulation.run(seed, Scenario.swarm()).counts(), required);
    }

    /**
     * Guards against vacuous runs: over the hostile sweep, every sometimes expectation is met and every kind
     * of fault fires. Replaying one seed of it ({@code -Dsim.seed}) skips the check, which needs the sweep.
     */
    @Test
    void theHostileSweepReachesEveryInterestingCase() {
        SweepCoverage.assertReached(SeedSweep.named("Membership-hostile-coverage").firstSeed(1).seeds(COVERAGE_SEEDS),
                seed -> MembershipSimulation.run(seed, Scenario.hostile()).counts(), List.of(
                        MembershipSimulation.STALE_ENTRY_IGNORED, MembershipSimulation.SUSPECT_TRUSTED_AGAIN, MembershipSimulation.PARTITION_HEALED,
                        EventKind.DROP.name(), EventKind.DUPLICATE.name(), EventKind.PARTITION.name(), EventKind.CRASH.name(), EventKind.PAUSE.name()));
    }

    /** The same seed gives an equal outcome (fingerprint, time to agree, coverage); the next seed another run. */
    @Test
    void aSeedReplaysTheSameRun() {
        DeterminismCheck.assertSeedsReplay(SeedSweep.named("Membership-replay").firstSeed(1).seeds(REPLAY_SEEDS),
                seed -> MembershipSimulation.run(seed, Scenario.hostile()), Outcome::fingerprint);
    }

    /**
     * A seed gives the same run in a fresh JVM as in this one. {@code Set.of}/{@code Map.of} orders and
     * identity hashes are salted per JVM, and statics outlive a test: a double run inside one JVM sees
     * neither, and a pinned fingerprint would fail in some fresh JVMs only. A difference is reported as
     * a determinism failure naming the first event where the two runs part.
     */
    @Test
    void aSeedReplaysTheSameRunInAFreshJvm() {
        DeterminismCheck.assertSameInFreshJvm(1, HostileRun.class);
    }

    /** The hostile scenario's run of a seed, which the fresh JVM creates by name; its trace keeps every event. */
    static final class HostileRun implements BiFunction<Long, TraceMode, Trace> {
        @Override
        public Trace apply(Long seed, TraceMode mode) {
            return MembershipSimulation.trace(seed, Scenario.hostile());
        }
    }
}
