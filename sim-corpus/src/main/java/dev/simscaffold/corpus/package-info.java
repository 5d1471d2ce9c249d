/**
 * A protocol corpus: small but real protocols written on sim-core's public API, each with its correct
 * version and named planted bugs behind flags. The bug benchmark, the explorers' tests, the shrinker's
 * measurements and the docs all use the same protocols, so a strategy that finds a bug here finds it in code
 * a user could have written, not in a toy shaped for the strategy.
 *
 * <p>Each protocol lives in its own package and follows one shape: a bug enum (every constant one classic
 * mistake, none switched on by default), sans-IO nodes with sealed message types, named invariants that are
 * checked after every event, and one class that wires a cluster, so a test says only which bugs, which
 * faults and which seed.
 *
 * <ul>
 *   <li>{@link dev.simscaffold.corpus.raft}: Raft with term, vote and log in a write-ahead log on the simulated
 *       disks, a key-value state machine and clients whose history is checked for linearizability.</li>
 *   <li>{@link dev.simscaffold.corpus.primarybackup}: a primary-backup key-value store whose clients may read
 *       from backups.</li>
 *   <li>{@link dev.simscaffold.corpus.gossip}: push gossip of versioned entries (anti-entropy).</li>
 *   <li>{@link dev.simscaffold.corpus.lease}: a lock server's leases with fencing tokens checked by the
 *       storage they protect, and a lease table replicated between two {@code SimHarness} instances by routed
 *       effects.</li>
 *   <li>{@link dev.simscaffold.corpus.handoff}: a primary role handed round a ring, whose planted bug needs a
 *       partition during the hand-off.</li>
 * </ul>
 *
 * <p>Every run ends in a {@link dev.simscaffold.corpus.RunVerdict} naming the property that failed, so a
 * benchmark counts failures the same way for every protocol.
 */
package dev.simscaffold.corpus;
