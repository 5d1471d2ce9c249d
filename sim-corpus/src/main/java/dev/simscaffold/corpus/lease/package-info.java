/**
 * Leases, twice: on a {@code SimNetwork}, a lock server granting leases with fencing tokens that the storage
 * checks ({@link dev.simscaffold.corpus.lease.LeaseBug}: no fencing); on a {@code SimHarness}, a lease table
 * replicated between two instances by routed effects ({@link dev.simscaffold.corpus.lease.ReplicatedLeaseBug}:
 * adopting any epoch).
 *
 * <pre>{@code
 * RunVerdict verdict = LeaseCluster.run(1, EnumSet.of(LeaseBug.NO_FENCING), FaultConfig.mild().network(), new TreeMap<>(), 500);
 * verdict.failed();   // "fenced writes in token order"
 * }</pre>
 */
package dev.simscaffold.corpus.lease;
