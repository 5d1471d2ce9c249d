/**
 * LeaseTable: a lease table that hands out shards to workers, written as a pure state machine so that
 * it can be simulation-tested.
 *
 * <p>Workers {@link org.acme.coordination.LeaseTableInput.Acquire acquire}, {@link
 * org.acme.coordination.LeaseTableInput.Renew renew} and {@link org.acme.coordination.LeaseTableInput.Release
 * release} leases on shards. A lease lasts a fixed number of ticks and carries a fencing epoch that grows
 * with every grant of its shard. {@link org.acme.coordination.LeaseTableLogic} decides each request from the
 * current {@link org.acme.coordination.LeaseTableState} and the current time alone and answers with {@link
 * org.acme.coordination.LeaseTableEffect effects}, which it returns instead of sending.
 *
 * <p>The invariants the tests check after every step, under dropped, delayed and duplicated answers and
 * clock jumps that expire leases:
 * <ul>
 *   <li>at most one live holder per shard;
 *   <li>fencing epochs strictly increase per shard;
 *   <li>an expired lease is never renewed;
 *   <li>a release by a non-holder changes nothing.
 * </ul>
 *
 * <p>Determinism rules for this package: time arrives only as the {@code now} parameter, there is no
 * randomness, no threads and no iteration over hash-ordered collections.
 *
 * <pre>{@code
 * LeaseTableLogic logic = new LeaseTableLogic(10);
 * Step<LeaseTableState, LeaseTableEffect> step =
 *         logic.transition(LeaseTableState.empty(), new LeaseTableInput.Acquire("shard-1", "worker-a"), LogicalTime.ZERO);
 * // step.effects() is [Granted[lease=Lease[shard=shard-1, worker=worker-a, epoch=1, ...]]]
 * }</pre>
 */
package org.acme.coordination;
