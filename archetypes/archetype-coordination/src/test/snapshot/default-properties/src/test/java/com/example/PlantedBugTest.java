package com.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.fail;

import com.example.LeaseTableEffect.Granted;
import com.example.LeaseTableEffect.Renewed;
import com.example.LeaseTableInput.Acquire;
import com.example.LeaseTableInput.Release;
import com.example.LeaseTableInput.Renew;
import com.example.LeaseTableSimulation.Scenario;
import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.harness.StateMachine;
import dev.simscaffold.core.harness.Step;
import dev.simscaffold.core.time.LogicalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Proof that the shipped invariants can fail. Each test plants one bug in the lease table's rules, runs
 * the faulty simulation over seeds until one exposes it, and checks that the intended invariant reports
 * it with a seed that replays the very same failure. If a test here fails, an invariant or the workload
 * has gone blind to the bug it exists to catch.
 */
class PlantedBugTest {

    /** How many seeds a planted bug may take to surface; each bug here needs only a few. */
    private static final int SEARCH_SEEDS = 200;

    private static final Scenario SCENARIO = Scenario.faulty();
    private static final LeaseTableLogic RULES = new LeaseTableLogic(SCENARIO.leaseTtlTicks());

    @Test
    void grantingWithoutCheckingExpiryBreaksSingleOwnership() {
        assertCaught(PlantedBugTest::grantWithoutCheckingExpiry, LeaseTableInvariants.AT_MOST_ONE_LIVE_HOLDER);
    }

    @Test
    void reusingTheLastEpochBreaksFencing() {
        assertCaught(PlantedBugTest::reuseTheLastEpoch, LeaseTableInvariants.EPOCHS_STRICTLY_INCREASE);
    }

    @Test
    void renewingWithoutCheckingExpiryRevivesDeadLeases() {
        assertCaught(PlantedBugTest::renewWithoutCheckingExpiry, LeaseTableInvariants.EXPIRED_LEASE_NEVER_RENEWED);
    }

    @Test
    void releasingWithoutCheckingTheHolderFreesOthersShards() {
        assertCaught(PlantedBugTest::releaseWithoutCheckingTheHolder, LeaseTableInvariants.RELEASE_BY_NON_HOLDER_CHANGES_NOTHING);
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

    private static void assertCaught(StateMachine<LeaseTableState, LeaseTableInput, LeaseTableEffect> bug, String invariant) {
        InvariantViolationError caught = firstViolation(bug);

        assertThat(caught.invariant()).isEqualTo(invariant);
        assertThat(caught.getMessage())
                .startsWith("invariant violated: " + invariant)
                .contains("seed " + caught.seed() + ", step ");

        InvariantViolationError replayed = catchThrowableOfType(InvariantViolationError.class,
                () -> LeaseTableSimulation.run(caught.seed(), SCENARIO, bug, List.of()));
        assertThat(replayed).as("replaying seed %d", caught.seed()).isNotNull();
        assertThat(replayed.step()).isEqualTo(caught.step());
        assertThat(replayed.getMessage()).isEqualTo(caught.getMessage());
    }

    private static InvariantViolationError firstViolation(StateMachine<LeaseTableState, LeaseTableInput, LeaseTableEffect> bug) {
        for (long seed = 1; seed <= SEARCH_SEEDS; seed++) {
            try {
                LeaseTableSimulation.run(seed, SCENARIO, bug, List.of());
            } catch (InvariantViolationError violation) {
                return violation;
            }
        }
        return fail("no seed in 1.." + SEARCH_SEEDS + " exposed the planted bug");
    }
}
