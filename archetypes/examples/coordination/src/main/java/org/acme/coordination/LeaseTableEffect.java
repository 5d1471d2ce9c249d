package org.acme.coordination;

/**
 * What the lease table tells a worker in answer to a request. Effects are returned as data, never sent:
 * whoever runs the table delivers them, and a simulation may drop, delay or duplicate them.
 */
public sealed interface LeaseTableEffect {

    /**
     * Returns the worker the effect is addressed to.
     *
     * @return the worker
     */
    String worker();

    /**
     * Returns the shard the effect is about.
     *
     * @return the shard
     */
    String shard();

    /**
     * An answer that carries the lease it is about, whose worker and shard it is addressed by.
     */
    sealed interface LeaseAnswer extends LeaseTableEffect {

        /**
         * Returns the lease as it stands after the request.
         *
         * @return the lease
         */
        Lease lease();

        @Override
        default String worker() {
            return lease().worker();
        }

        @Override
        default String shard() {
            return lease().shard();
        }
    }

    /**
     * The worker now holds {@code lease}, including a repeated grant of the same lease.
     *
     * @param lease the lease granted
     */
    record Granted(Lease lease) implements LeaseAnswer {
    }

    /**
     * The worker's lease now runs until the new deadline.
     *
     * @param lease the renewed lease
     */
    record Renewed(Lease lease) implements LeaseAnswer {
    }

    /**
     * The worker's lease is gone and the shard is free.
     *
     * @param shard the shard
     * @param worker the worker
     * @param epoch the epoch of the released lease
     */
    record Released(String shard, String worker, long epoch) implements LeaseTableEffect {
    }

    /**
     * The request changed nothing.
     *
     * @param shard the shard
     * @param worker the worker
     * @param reason why
     */
    record Rejected(String shard, String worker, Reason reason) implements LeaseTableEffect {
    }

    /** Why a request was rejected. */
    enum Reason {
        /** Another worker holds a live lease on the shard. */
        HELD_BY_ANOTHER,
        /** The worker does not hold the lease it named: wrong worker, stale epoch, or no lease at all. */
        NOT_HOLDER,
        /** The named lease exists but its deadline has passed; the worker must acquire again. */
        EXPIRED
    }
}
