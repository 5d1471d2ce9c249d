package org.acme.coordination;

/**
 * A request from a worker to the lease table. Every request names one shard and the worker making it;
 * requests about an existing lease also carry the fencing epoch the worker believes it holds, so the
 * table can tell the current holder from one that lost the lease without noticing.
 */
public sealed interface LeaseTableInput {

    /**
     * Returns the shard the request is about.
     *
     * @return the shard
     */
    String shard();

    /**
     * Returns the worker making the request.
     *
     * @return the worker
     */
    String worker();

    /**
     * Asks for the shard. Granted if the shard has no live lease; repeated by the holder of a live lease
     * (whose grant may have been lost), it hands back the same lease.
     *
     * @param shard the shard
     * @param worker the worker
     */
    record Acquire(String shard, String worker) implements LeaseTableInput {

        /**
         * Validates the components.
         *
         * @param shard the {@code shard} component
         * @param worker the {@code worker} component
         */
        public Acquire {
            Lease.requireName("shard", shard);
            Lease.requireName("worker", worker);
        }
    }

    /**
     * Asks to push the deadline of a live lease one TTL past now.
     *
     * @param shard the shard
     * @param worker the worker
     * @param epoch the epoch of the lease being renewed
     */
    record Renew(String shard, String worker, long epoch) implements LeaseTableInput {

        /**
         * Validates the components.
         *
         * @param shard the {@code shard} component
         * @param worker the {@code worker} component
         * @param epoch the {@code epoch} component
         */
        public Renew {
            Lease.requireName("shard", shard);
            Lease.requireName("worker", worker);
        }
    }

    /**
     * Gives the shard up before the deadline, so another worker need not wait for expiry.
     *
     * @param shard the shard
     * @param worker the worker
     * @param epoch the epoch of the lease being released
     */
    record Release(String shard, String worker, long epoch) implements LeaseTableInput {

        /**
         * Validates the components.
         *
         * @param shard the {@code shard} component
         * @param worker the {@code worker} component
         * @param epoch the {@code epoch} component
         */
        public Release {
            Lease.requireName("shard", shard);
            Lease.requireName("worker", worker);
        }
    }
}
