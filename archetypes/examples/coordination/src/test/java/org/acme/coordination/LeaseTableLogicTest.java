package org.acme.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import org.acme.coordination.LeaseTableEffect.Granted;
import org.acme.coordination.LeaseTableEffect.Reason;
import org.acme.coordination.LeaseTableEffect.Rejected;
import org.acme.coordination.LeaseTableEffect.Released;
import org.acme.coordination.LeaseTableEffect.Renewed;
import org.acme.coordination.LeaseTableInput.Acquire;
import org.acme.coordination.LeaseTableInput.Release;
import org.acme.coordination.LeaseTableInput.Renew;
import dev.simscaffold.core.harness.Step;
import dev.simscaffold.core.time.LogicalTime;
import org.junit.jupiter.api.Test;

/** Single transitions of the lease table, one rule per test, with a TTL of 10 ticks. */
class LeaseTableLogicTest {

    private static final long TTL = 10;
    private static final String SHARD = "shard-1";

    private final LeaseTableLogic logic = new LeaseTableLogic(TTL);

    @Test
    void grantsAFreeShardWithTheFirstEpoch() {
        Step<LeaseTableState, LeaseTableEffect> step = logic.transition(LeaseTableState.empty(), new Acquire(SHARD, "a"), at(5));

        Lease expected = new Lease(SHARD, "a", 1, at(5), at(15));
        assertThat(step.effects()).containsExactly(new Granted(expected));
        assertThat(step.state().lease(SHARD)).contains(expected);
    }

    @Test
    void refusesAShardWhileAnotherWorkerHoldsALiveLease() {
        LeaseTableState held = grant("a", at(0));

        Step<LeaseTableState, LeaseTableEffect> step = logic.transition(held, new Acquire(SHARD, "b"), at(9));

        assertThat(step.effects()).containsExactly(new Rejected(SHARD, "b", Reason.HELD_BY_ANOTHER));
        assertThat(step.state()).isEqualTo(held);
    }

    @Test
    void handsALiveLeaseBackToItsHolderWhoseGrantWasLost() {
        LeaseTableState held = grant("a", at(0));

        Step<LeaseTableState, LeaseTableEffect> step = logic.transition(held, new Acquire(SHARD, "a"), at(3));

        assertThat(step.effects()).containsExactly(new Granted(held.lease(SHARD).orElseThrow()));
        assertThat(step.state()).isEqualTo(held);
    }

    @Test
    void grantsAnExpiredShardToTheNextWorkerWithTheNextEpoch() {
        LeaseTableState expired = grant("a", at(0));

        Step<LeaseTableState, LeaseTableEffect> step = logic.transition(expired, new Acquire(SHARD, "b"), at(10));

        assertThat(step.effects()).containsExactly(new Granted(new Lease(SHARD, "b", 2, at(10), at(20))));
    }

    @Test
    void renewalMovesTheDeadlineOneTtlPastNow() {
        LeaseTableState held = grant("a", at(0));

        Step<LeaseTableState, LeaseTableEffect> step = logic.transition(held, new Renew(SHARD, "a", 1), at(9));

        Lease renewed = new Lease(SHARD, "a", 1, at(0), at(19));
        assertThat(step.effects()).containsExactly(new Renewed(renewed));
        assertThat(step.state().lease(SHARD)).contains(renewed);
    }

    @Test
    void refusesToRenewAnExpiredLease() {
        LeaseTableState expired = grant("a", at(0));

        Step<LeaseTableState, LeaseTableEffect> step = logic.transition(expired, new Renew(SHARD, "a", 1), at(10));

        assertThat(step.effects()).containsExactly(new Rejected(SHARD, "a", Reason.EXPIRED));
        assertThat(step.state()).isEqualTo(expired);
    }

    @Test
    void refusesAStaleEpochAfterTheShardWasGrantedAgain() {
        LeaseTableState regranted = logic.transition(grant("a", at(0)), new Acquire(SHARD, "a"), at(12)).state();

        Step<LeaseTableState, LeaseTableEffect> step = logic.transition(regranted, new Renew(SHARD, "a", 1), at(13));

        assertThat(step.effects()).containsExactly(new Rejected(SHARD, "a", Reason.NOT_HOLDER));
        assertThat(step.state()).isEqualTo(regranted);
    }

    @Test
    void releaseFreesTheShardButTheNextGrantStillGetsAHigherEpoch() {
        Step<LeaseTableState, LeaseTableEffect> released = logic.transition(grant("a", at(0)), new Release(SHARD, "a", 1), at(2));
        Step<LeaseTableState, LeaseTableEffect> next = logic.transition(released.state(), new Acquire(SHARD, "b"), at(3));

        assertThat(released.effects()).containsExactly(new Released(SHARD, "a", 1));
        assertThat(released.state().lease(SHARD)).isEmpty();
        assertThat(next.effects()).containsExactly(new Granted(new Lease(SHARD, "b", 2, at(3), at(13))));
    }

    @Test
    void releaseByANonHolderChangesNothing() {
        LeaseTableState held = grant("a", at(0));

        Step<LeaseTableState, LeaseTableEffect> byOther = logic.transition(held, new Release(SHARD, "b", 1), at(1));
        Step<LeaseTableState, LeaseTableEffect> staleEpoch = logic.transition(held, new Release(SHARD, "a", 7), at(1));

        assertThat(byOther.state()).isEqualTo(held);
        assertThat(byOther.effects()).containsExactly(new Rejected(SHARD, "b", Reason.NOT_HOLDER));
        assertThat(staleEpoch.state()).isEqualTo(held);
        assertThat(staleEpoch.effects()).containsExactly(new Rejected(SHARD, "a", Reason.NOT_HOLDER));
    }

    private LeaseTableState grant(String worker, LogicalTime now) {
        return logic.transition(LeaseTableState.empty(), new Acquire(SHARD, worker), now).state();
    }

    private static LogicalTime at(long ticks) {
        return LogicalTime.of(ticks);
    }
}
