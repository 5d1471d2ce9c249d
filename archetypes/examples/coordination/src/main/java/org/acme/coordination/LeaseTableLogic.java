package org.acme.coordination;

import org.acme.coordination.LeaseTableEffect.Granted;
import org.acme.coordination.LeaseTableEffect.Reason;
import org.acme.coordination.LeaseTableEffect.Rejected;
import org.acme.coordination.LeaseTableEffect.Released;
import org.acme.coordination.LeaseTableEffect.Renewed;
import org.acme.coordination.LeaseTableInput.Acquire;
import org.acme.coordination.LeaseTableInput.Release;
import org.acme.coordination.LeaseTableInput.Renew;
import dev.simscaffold.core.harness.StateMachine;
import dev.simscaffold.core.harness.Step;
import dev.simscaffold.core.time.LogicalTime;
import java.util.Optional;

/**
 * The lease table's rules, as a pure function: {@code transition(state, request, now)} returns the next
 * state and the answer for the worker. It reads no clock and performs no I/O; {@code now} is the only
 * time it knows, which is what lets a simulation replay any interleaving of requests, expiries and clock
 * jumps exactly.
 *
 * <p>The rules, per shard:
 * <ul>
 *   <li>A lease is live while {@code now < expiresAt}; from the deadline on, anyone may acquire the shard.
 *   <li>Every grant carries the shard's next fencing epoch, one above the last one ever issued for it.
 *   <li>Renewing and releasing require the exact lease: the holder's name and its epoch. A worker whose
 *       lease was lost and re-granted presents a stale epoch and is refused.
 *   <li>An expired lease cannot be renewed; its holder must acquire again and gets a new epoch.
 *   <li>A refused request leaves the state untouched.
 * </ul>
 */
public final class LeaseTableLogic implements StateMachine<LeaseTableState, LeaseTableInput, LeaseTableEffect> {

    private final long leaseTtlTicks;

    /**
     * Creates the rules for a given lease duration.
     *
     * @param leaseTtlTicks how long a grant or renewal lasts, in ticks, {@code >= 1}
     */
    public LeaseTableLogic(long leaseTtlTicks) {
        if (leaseTtlTicks < 1) {
            throw new IllegalArgumentException("leaseTtlTicks must be >= 1, got " + leaseTtlTicks);
        }
        this.leaseTtlTicks = leaseTtlTicks;
    }

    /**
     * Returns how long a grant or renewal lasts.
     *
     * @return the lease duration in ticks
     */
    public long leaseTtlTicks() {
        return leaseTtlTicks;
    }

    @Override
    public Step<LeaseTableState, LeaseTableEffect> transition(LeaseTableState state, LeaseTableInput input, LogicalTime now) {
        if (input instanceof Acquire acquire) {
            return acquire(state, acquire, now);
        }
        if (input instanceof Renew renew) {
            return renew(state, renew, now);
        }
        if (input instanceof Release release) {
            return release(state, release);
        }
        throw new IllegalArgumentException("unknown request type: " + input);
    }

    private Step<LeaseTableState, LeaseTableEffect> acquire(LeaseTableState state, Acquire request, LogicalTime now) {
        Optional<Lease> current = state.lease(request.shard()).filter(lease -> lease.isLiveAt(now));
        if (current.isPresent()) {
            Lease live = current.get();
            if (live.worker().equals(request.worker())) {
                return Step.of(state, new Granted(live));
            }
            return Step.of(state, new Rejected(request.shard(), request.worker(), Reason.HELD_BY_ANOTHER));
        }
        Lease granted = new Lease(
                request.shard(), request.worker(), state.lastEpoch(request.shard()) + 1, now, now.advance(leaseTtlTicks));
        return Step.of(state.with(granted), new Granted(granted));
    }

    private Step<LeaseTableState, LeaseTableEffect> renew(LeaseTableState state, Renew request, LogicalTime now) {
        Optional<Lease> named = state.lease(request.shard()).filter(lease -> lease.isHeldBy(request.worker(), request.epoch()));
        if (named.isEmpty()) {
            return Step.of(state, new Rejected(request.shard(), request.worker(), Reason.NOT_HOLDER));
        }
        if (!named.get().isLiveAt(now)) {
            return Step.of(state, new Rejected(request.shard(), request.worker(), Reason.EXPIRED));
        }
        Lease renewed = named.get().renewedUntil(now.advance(leaseTtlTicks));
        return Step.of(state.with(renewed), new Renewed(renewed));
    }

    private Step<LeaseTableState, LeaseTableEffect> release(LeaseTableState state, Release request) {
        boolean holder = state.lease(request.shard()).filter(lease -> lease.isHeldBy(request.worker(), request.epoch())).isPresent();
        if (!holder) {
            return Step.of(state, new Rejected(request.shard(), request.worker(), Reason.NOT_HOLDER));
        }
        return Step.of(state.without(request.shard()), new Released(request.shard(), request.worker(), request.epoch()));
    }
}
