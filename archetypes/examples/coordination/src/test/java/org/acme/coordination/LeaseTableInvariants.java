package org.acme.coordination;

import org.acme.coordination.LeaseTableInput.Release;
import org.acme.coordination.LeaseTableInput.Renew;
import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.harness.Transition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The lease table's invariants: always expectations, each a small named check of one step (the table
 * before, the request, the table after and the time). The simulation and the exhaustive search run all
 * of them after every step of every table. The names are sentences because a failure report leads with
 * them.
 *
 * <p>They keep no history of their own: what they need from the past is in the state (the last epoch
 * issued per shard), so one expectation of each serves a whole run, a property or an exhaustive search.
 */
final class LeaseTableInvariants {

    static final String AT_MOST_ONE_LIVE_HOLDER = "at most one live holder per shard";
    static final String EPOCHS_STRICTLY_INCREASE = "fencing epochs strictly increase per shard";
    static final String EXPIRED_LEASE_NEVER_RENEWED = "an expired lease is never renewed";
    static final String RELEASE_BY_NON_HOLDER_CHANGES_NOTHING = "a release by a non-holder changes nothing";
    static final String STALE_EPOCH_CHANGES_NOTHING = "a request with a stale fencing epoch never changes the table";

    private LeaseTableInvariants() {
    }

    /**
     * Returns every shipped invariant, in the order the simulation checks them.
     *
     * @return the invariants, always expectations over one step
     */
    static List<Expectation<Transition<LeaseTableState, LeaseTableInput>>> standard() {
        return List.of(
                atMostOneLiveHolder(),
                epochsStrictlyIncrease(),
                expiredLeaseNeverRenewed(),
                releaseByNonHolderChangesNothing(),
                staleEpochChangesNothing());
    }

    /**
     * A shard's lease is only ever replaced once it is no longer live: a grant while another lease is
     * live would give two workers the shard at once.
     *
     * @return the invariant, an always expectation over one step
     */
    static Expectation<Transition<LeaseTableState, LeaseTableInput>> atMostOneLiveHolder() {
        return Expectation.always(AT_MOST_ONE_LIVE_HOLDER, step -> eachShard(step, (shard, before, after, violations) -> {
            if (before != null && after != null && !sameGrant(before, after) && before.isLiveAt(step.now())) {
                violations.add(where(step, shard) + ": " + after.worker() + " was granted epoch " + after.epoch() + " at "
                        + step.now() + " while " + before.worker() + " held epoch " + before.epoch() + " live until "
                        + before.expiresAt());
            }
        }));
    }

    /**
     * Every grant of a shard carries a higher epoch than any earlier grant of it, so storage can fence
     * off writes from every previous holder; the record of issued epochs never goes back.
     *
     * @return the invariant, an always expectation over one step
     */
    static Expectation<Transition<LeaseTableState, LeaseTableInput>> epochsStrictlyIncrease() {
        return Expectation.always(EPOCHS_STRICTLY_INCREASE, step -> eachShard(step, (shard, before, after, violations) -> {
            long issued = step.before().lastEpoch(shard);
            boolean newGrant = after != null && (before == null || !sameGrant(before, after));
            if (newGrant && after.epoch() <= issued) {
                violations.add(where(step, shard) + ": " + after.worker() + " was granted epoch " + after.epoch() + " at "
                        + step.now() + " but epoch " + issued + " had already been issued");
            }
            if (step.after().lastEpoch(shard) < issued) {
                violations.add(where(step, shard) + ": the last issued epoch went back from " + issued + " to "
                        + step.after().lastEpoch(shard));
            }
        }));
    }

    /**
     * Once a lease's deadline has passed it stays dead: its holder may acquire again and get a new
     * epoch, but the old lease is never brought back to life.
     *
     * @return the invariant, an always expectation over one step
     */
    static Expectation<Transition<LeaseTableState, LeaseTableInput>> expiredLeaseNeverRenewed() {
        return Expectation.always(EXPIRED_LEASE_NEVER_RENEWED, step -> eachShard(step, (shard, before, after, violations) -> {
            if (before != null && after != null && sameGrant(before, after)
                    && after.expiresAt().isAfter(before.expiresAt()) && !before.isLiveAt(step.now())) {
                violations.add(where(step, shard) + ": " + after.worker() + "'s epoch " + after.epoch() + " expired at "
                        + before.expiresAt() + " and was renewed at " + step.now() + " until " + after.expiresAt());
            }
        }));
    }

    /**
     * A release that does not name the current lease exactly (another worker, or another epoch) leaves
     * the table as it was: a confused or paused worker cannot free a shard someone else holds.
     *
     * @return the invariant, an always expectation over one step
     */
    static Expectation<Transition<LeaseTableState, LeaseTableInput>> releaseByNonHolderChangesNothing() {
        return Expectation.always(RELEASE_BY_NON_HOLDER_CHANGES_NOTHING, step -> {
            if (!(step.input() instanceof Release release)) {
                return List.of();
            }
            boolean holder = step.before().lease(release.shard())
                    .filter(lease -> lease.isHeldBy(release.worker(), release.epoch()))
                    .isPresent();
            return holder || step.after().equals(step.before()) ? List.of() : List.of(changed(step, release));
        });
    }

    /**
     * A renewal or release naming an epoch older than the last one issued for its shard comes from a
     * worker that has been fenced off, and leaves the table as it was, whoever sends it: this is what
     * makes the epoch a fencing token.
     *
     * @return the invariant, an always expectation over one step
     */
    static Expectation<Transition<LeaseTableState, LeaseTableInput>> staleEpochChangesNothing() {
        return Expectation.always(STALE_EPOCH_CHANGES_NOTHING, step -> {
            Optional<Long> named = namedEpoch(step.input());
            boolean stale = named.isPresent() && named.get() < step.before().lastEpoch(step.input().shard());
            return !stale || step.after().equals(step.before()) ? List.of() : List.of(changed(step, step.input()));
        });
    }

    private static Optional<Long> namedEpoch(LeaseTableInput input) {
        if (input instanceof Renew renew) {
            return Optional.of(renew.epoch());
        }
        if (input instanceof Release release) {
            return Optional.of(release.epoch());
        }
        return Optional.empty();
    }

    private static String changed(Transition<LeaseTableState, LeaseTableInput> step, LeaseTableInput request) {
        return request + " at " + step.now() + " against " + step.before().lease(request.shard()).map(Lease::toString).orElse("(no lease)")
                + " changed the table to " + step.after().leases();
    }

    static boolean sameGrant(Lease a, Lease b) {
        return a.worker().equals(b.worker()) && a.epoch() == b.epoch() && a.grantedAt().equals(b.grantedAt());
    }

    /** One shard's check: its lease before and after the step, either may be null. */
    @FunctionalInterface
    private interface ShardCheck {
        void check(String shard, Lease before, Lease after, List<String> violations);
    }

    /** Runs a check on every shard that had or has a lease, in shard order. */
    private static List<String> eachShard(Transition<LeaseTableState, LeaseTableInput> step, ShardCheck check) {
        TreeSet<String> shards = new TreeSet<>(step.before().leases().keySet());
        shards.addAll(step.after().leases().keySet());
        List<String> violations = new ArrayList<>();
        for (String shard : shards) {
            check.check(shard, step.before().leases().get(shard), step.after().leases().get(shard), violations);
        }
        return violations;
    }

    private static String where(Transition<LeaseTableState, LeaseTableInput> step, String shard) {
        return "table " + step.instance() + " " + shard;
    }
}
