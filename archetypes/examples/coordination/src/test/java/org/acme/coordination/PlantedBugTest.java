package org.acme.coordination;

import org.acme.coordination.LeaseTableEffect.Granted;
import org.acme.coordination.LeaseTableEffect.Renewed;
import org.acme.coordination.LeaseTableInput.Acquire;
import org.acme.coordination.LeaseTableInput.Release;
import org.acme.coordination.LeaseTableInput.Renew;
import org.acme.coordination.LeaseTableSimulation.Scenario;
import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.check.Falsified;
import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.check.PropertyResult;
import dev.simscaffold.core.harness.StateMachine;
import dev.simscaffold.core.harness.Step;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.core.trace.Trace;
import dev.simscaffold.core.trace.TraceMode;
import dev.simscaffold.testkit.campaign.Canary;
import dev.simscaffold.testkit.determinism.DeterminismCheck;
import dev.simscaffold.testkit.planted.PlantedBug;
import dev.simscaffold.testkit.property.Properties;
import dev.simscaffold.testkit.property.PropertyFailedError;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.Test;

/**
 * Proof that the shipped invariants can fail. Each test plants one bug in the lease table's rules, runs
 * the faulty simulation over seeds until one exposes it, and checks that the intended invariant reports
 * it with a seed that replays the very same failure; the last test shows that a seed sweep reports such a
 * bug with its replay command and trace. If a test here fails, an invariant or the workload has gone
 * blind to the bug it exists to catch. The stale-epoch bug, the one the README shows, is also
 * {@code LeaseTableCampaign}'s canary: every campaign shard must find it again on its own seeds.
 */
class PlantedBugTest {

    /** How many seeds a planted bug may take to surface; each bug here needs only a few. */
    private static final int SEARCH_SEEDS = 200;

    private static final Scenario SCENARIO = Scenario.faulty();
    private static final LeaseTableLogic RULES = new LeaseTableLogic(SCENARIO.leaseTtlTicks());
    /** The fingerprint of the shrunk run of {@link #theFaultyPropertyCatchesARenewalWithAStaleEpoch()}. */
    private static final String SHOWN_FINGERPRINT = "3ea9f2c71e4f1210";

    /**
     * The campaign's canary: the stale-epoch renewal in the faulty simulation, as
     * {@link #renewingWithAStaleEpochLetsAFencedOffWorkerBackIn()} plants it, which a campaign shard must find
     * within as many of its seeds as a planted bug may take here.
     */
    static final Canary CANARY = Canary.named("a renewal with a stale fencing epoch", faulty(PlantedBugTest::renewAcceptingAStaleEpoch))
            .caughtBy(LeaseTableInvariants.STALE_EPOCH_CHANGES_NOTHING)
            .within(SEARCH_SEEDS);

    @Test
    void grantingWithoutCheckingExpiryBreaksSingleOwnership() {
        planted(PlantedBugTest::grantWithoutCheckingExpiry).assertCaughtBy(LeaseTableInvariants.AT_MOST_ONE_LIVE_HOLDER);
    }

    @Test
    void reusingTheLastEpochBreaksFencing() {
        planted(PlantedBugTest::reuseTheLastEpoch).assertCaughtBy(LeaseTableInvariants.EPOCHS_STRICTLY_INCREASE);
    }

    @Test
    void renewingWithoutCheckingExpiryRevivesDeadLeases() {
        planted(PlantedBugTest::renewWithoutCheckingExpiry).assertCaughtBy(LeaseTableInvariants.EXPIRED_LEASE_NEVER_RENEWED);
    }

    @Test
    void releasingWithoutCheckingTheHolderFreesOthersShards() {
        planted(PlantedBugTest::releaseWithoutCheckingTheHolder).assertCaughtBy(LeaseTableInvariants.RELEASE_BY_NON_HOLDER_CHANGES_NOTHING);
    }

    @Test
    void renewingWithAStaleEpochLetsAFencedOffWorkerBackIn() {
        planted(PlantedBugTest::renewAcceptingAStaleEpoch).assertCaughtBy(LeaseTableInvariants.STALE_EPOCH_CHANGES_NOTHING);
    }

    /**
     * The stale-epoch bug fails the faulty property itself, shrunk to a few requests, not only a hunt
     * over seeds: the property is what a developer runs on every build. The README shows the trace file
     * this test writes, and the fingerprint pins that run: the same seed must give the same run on every
     * JDK and machine. The pinned run is first made again in a fresh JVM, so an order or a hash salted per
     * JVM fails here as a determinism failure naming the first event where the two JVMs part, not as a pin
     * that passes in some JVMs only. If you changed the rules, the workload or the faults on purpose, the
     * run changes with them: put the fingerprint this test reports here, and the new trace file in the README.
     */
    @Test
    void theFaultyPropertyCatchesARenewalWithAStaleEpoch() {
        PropertyFailedError failure = PlantedBug.assertPropertyCatches(LeaseTableInvariants.STALE_EPOCH_CHANGES_NOTHING, PinnedRun::property);
        DeterminismCheck.assertPinned(SHOWN_FINGERPRINT, failure.result(), PinnedRun.class);
    }

    /**
     * The pinned run, which a fresh JVM creates by name and makes again (replaying the shrunk case, as the
     * report's replay command would): the faulty property over the
     * stale-epoch bug from the same seed, shrunk. Its trace keeps every event.
     */
    static final class PinnedRun implements BiFunction<Long, TraceMode, Trace> {

        static void property(SimRandom random) {
            LeaseTableSimulation.run(random, SCENARIO, PlantedBugTest::renewAcceptingAStaleEpoch, List.of());
        }

        @Override
        public Trace apply(Long seed, TraceMode mode) {
            PropertyResult<SimRandom> result = Properties.forAll(Gen.liveRandom()).seed(seed).run(PinnedRun::property);
            if (result instanceof Falsified<SimRandom> failure && failure.shrunk().failure() instanceof InvariantViolationError violation) {
                return violation.trace();
            }
            throw new AssertionError("the planted stale-epoch bug's property did not fail with a violation in this JVM: " + result);
        }
    }

    /**
     * A seed sweep such as those in {@code LeaseTableProperties} reports a bug it finds with what a
     * reader needs: the seed, the command that reruns just that seed, and the trace files.
     */
    @Test
    void aSweepThatFindsABugReportsTheSeedTheReplayCommandAndTheTrace() {
        planted(PlantedBugTest::grantWithoutCheckingExpiry)
                .assertSweepReports("LeaseTable-planted-bug", LeaseTableInvariants.AT_MOST_ONE_LIVE_HOLDER);
    }

    /** Bug: treats every acquire as if the shard were free, live lease or not. */
    static Step<LeaseTableState, LeaseTableEffect> grantWithoutCheckingExpiry(
            LeaseTableState state, LeaseTableInput input, LogicalTime now) {
        if (input instanceof Acquire acquire) {
            return RULES.transition(state.without(acquire.shard()), input, now);
        }
        return RULES.transition(state, input, now);
    }

    /** Bug: a shard granted again keeps the epoch of its previous grant, so old holders are not fenced. */
    private static Step<LeaseTableState, LeaseTableEffect> reuseTheLastEpoch(
            LeaseTableState state, LeaseTableInput input, LogicalTime now) {
        Step<LeaseTableState, LeaseTableEffect> step = RULES.transition(state, input, now);
        long previousEpoch = state.lastEpoch(input.shard());
        Optional<Lease> granted = step.state().lease(input.shard())
                .filter(lease -> input instanceof Acquire && previousEpoch > 0 && lease.epoch() > previousEpoch);
        if (granted.isEmpty()) {
            return step;
        }
        Lease lease = granted.get();
        Lease reused = new Lease(lease.shard(), lease.worker(), previousEpoch, lease.grantedAt(), lease.expiresAt());
        return Step.of(state.with(reused), new Granted(reused));
    }

    /** Bug: renews the named lease even after its deadline. */
    private static Step<LeaseTableState, LeaseTableEffect> renewWithoutCheckingExpiry(
            LeaseTableState state, LeaseTableInput input, LogicalTime now) {
        if (input instanceof Renew renew) {
            Optional<Lease> named = state.lease(renew.shard()).filter(lease -> lease.isHeldBy(renew.worker(), renew.epoch()));
            if (named.isPresent()) {
                Lease renewed = named.get().renewedUntil(now.advance(RULES.leaseTtlTicks()));
                return Step.of(state.with(renewed), new Renewed(renewed));
            }
        }
        return RULES.transition(state, input, now);
    }

    /** Bug: a renewal by the holder is accepted with any epoch up to the current one, fenced-off ones included. */
    private static Step<LeaseTableState, LeaseTableEffect> renewAcceptingAStaleEpoch(
            LeaseTableState state, LeaseTableInput input, LogicalTime now) {
        if (input instanceof Renew renew) {
            Optional<Lease> named = state.lease(renew.shard())
                    .filter(lease -> lease.worker().equals(renew.worker()) && renew.epoch() <= lease.epoch() && lease.isLiveAt(now));
            if (named.isPresent()) {
                Lease renewed = named.get().renewedUntil(now.advance(RULES.leaseTtlTicks()));
                return Step.of(state.with(renewed), new Renewed(renewed));
            }
        }
        return RULES.transition(state, input, now);
    }

    /** Bug: a release frees the shard whoever sends it and whatever epoch it names. */
    private static Step<LeaseTableState, LeaseTableEffect> releaseWithoutCheckingTheHolder(
            LeaseTableState state, LeaseTableInput input, LogicalTime now) {
        if (input instanceof Release release) {
            Optional<Lease> current = state.lease(release.shard());
            if (current.isPresent()) {
                Lease lease = current.get();
                return RULES.transition(state, new Release(lease.shard(), lease.worker(), lease.epoch()), now);
            }
        }
        return RULES.transition(state, input, now);
    }

    /** The faulty simulation over the bug, run for each of the seeds a planted bug may take to surface. */
    private static PlantedBug planted(StateMachine<LeaseTableState, LeaseTableInput, LeaseTableEffect> bug) {
        return PlantedBug.searching(SEARCH_SEEDS, faulty(bug));
    }

    /** The faulty simulation over the bug, for one seed; it throws the violation it finds. */
    private static LongConsumer faulty(StateMachine<LeaseTableState, LeaseTableInput, LeaseTableEffect> bug) {
        return seed -> LeaseTableSimulation.run(seed, SCENARIO, bug, List.of());
    }
}
