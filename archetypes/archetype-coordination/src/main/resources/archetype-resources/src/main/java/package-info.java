/**
 * ${moduleName}: a lease table that hands out shards to workers, written as a pure state machine so that
 * it can be simulation-tested.
 *
 * <p>Workers {@link ${package}.${moduleName}Input.Acquire acquire}, {@link
 * ${package}.${moduleName}Input.Renew renew} and {@link ${package}.${moduleName}Input.Release
 * release} leases on shards. A lease lasts a fixed number of ticks and carries a fencing epoch that grows
 * with every grant of its shard. {@link ${package}.${moduleName}Logic} decides each request from the
 * current {@link ${package}.${moduleName}State} and the current time alone and answers with {@link
 * ${package}.${moduleName}Effect effects}, which it returns instead of sending.
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
 * ${moduleName}Logic logic = new ${moduleName}Logic(10);
 * Step<${moduleName}State, ${moduleName}Effect> step =
 *         logic.transition(${moduleName}State.empty(), new ${moduleName}Input.Acquire("shard-1", "worker-a"), LogicalTime.ZERO);
 * // step.effects() is [Granted[lease=Lease[shard=shard-1, worker=worker-a, epoch=1, ...]]]
 * }</pre>
 */
package ${package};
