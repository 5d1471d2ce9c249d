package org.acme.coordination;

import dev.simscaffold.core.time.LogicalTime;

/**
 * One worker's exclusive right to one shard until a deadline, stamped with a fencing epoch.
 *
 * <p>The epoch is what makes a lease safe to act on: a worker passes it along with every write it makes
 * on the shard, and storage refuses writes that carry an epoch older than the newest one it has seen. A
 * worker that was paused past its deadline therefore cannot corrupt the shard even if it still believes
 * it holds the lease.
 *
 * @param shard the shard this lease covers
 * @param worker the worker holding it
 * @param epoch the fencing epoch, unique per grant and increasing per shard, from 1
 * @param grantedAt when this lease was granted; renewals keep it, so it tells grants apart
 * @param expiresAt the first instant at which the lease is no longer live
 */
public record Lease(String shard, String worker, long epoch, LogicalTime grantedAt, LogicalTime expiresAt) {

    /**
     * Validates the components; the message of any failure names the bad component and value.
     *
     * @param shard the {@code shard} component
     * @param worker the {@code worker} component
     * @param epoch the {@code epoch} component
     * @param grantedAt the {@code grantedAt} component
     * @param expiresAt the {@code expiresAt} component
     */
    public Lease {
        requireName("shard", shard);
        requireName("worker", worker);
        if (epoch < 1) {
            throw new IllegalArgumentException("epoch must be >= 1, got " + epoch);
        }
        if (grantedAt == null || expiresAt == null) {
            throw new NullPointerException("grantedAt and expiresAt must not be null");
        }
        if (!expiresAt.isAfter(grantedAt)) {
            throw new IllegalArgumentException("expiresAt must be after grantedAt, got " + expiresAt + " <= " + grantedAt);
        }
    }

    /**
     * Tells whether the lease still grants exclusivity at {@code now}.
     *
     * @param now the current time
     * @return true before the deadline, false from the deadline on
     */
    public boolean isLiveAt(LogicalTime now) {
        return now.isBefore(expiresAt);
    }

    /**
     * Tells whether a request names this very lease: same worker and same fencing epoch.
     *
     * @param worker the worker making the request
     * @param epoch the epoch the worker presents
     * @return true if both match
     */
    public boolean isHeldBy(String worker, long epoch) {
        return this.worker.equals(worker) && this.epoch == epoch;
    }

    /**
     * Returns this lease with a later deadline; holder, epoch and grant time stay the same.
     *
     * @param newExpiry the new deadline
     * @return the renewed lease
     */
    public Lease renewedUntil(LogicalTime newExpiry) {
        return new Lease(shard, worker, epoch, grantedAt, newExpiry);
    }

    static void requireName(String component, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(component + " must be a non-blank name, got " + (value == null ? "null" : "\"" + value + "\""));
        }
    }
}
