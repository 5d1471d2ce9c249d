package org.acme.coordination;

import java.util.Collections;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The lease table: the current lease of every shard that has one, and the last fencing epoch issued
 * per shard. Immutable; every change returns a new state.
 *
 * <p>The epochs outlive the leases on purpose. When a lease is released or expires, the next grant of
 * that shard must still carry a higher epoch than any grant before it, or storage could not tell an old
 * holder's late write from the new holder's.
 *
 * <p>Both maps are sorted, so iteration order, {@code toString()} and therefore simulation traces are the
 * same on every run.
 *
 * @param leases the current lease per shard; a lease may have expired and still sit here until replaced
 * @param epochs the last epoch issued per shard
 */
public record LeaseTableState(NavigableMap<String, Lease> leases, NavigableMap<String, Long> epochs) {

    private static final LeaseTableState EMPTY = new LeaseTableState(new TreeMap<>(), new TreeMap<>());

    /**
     * Copies both maps into unmodifiable sorted maps.
     *
     * @param leases the {@code leases} component
     * @param epochs the {@code epochs} component
     */
    public LeaseTableState {
        leases = Collections.unmodifiableNavigableMap(new TreeMap<>(leases));
        epochs = Collections.unmodifiableNavigableMap(new TreeMap<>(epochs));
    }

    /**
     * Returns the table with no leases and no epochs issued.
     *
     * @return the empty table
     */
    public static LeaseTableState empty() {
        return EMPTY;
    }

    /**
     * Returns the lease recorded for a shard, live or expired.
     *
     * @param shard the shard
     * @return its lease, or empty if it has none
     */
    public Optional<Lease> lease(String shard) {
        return Optional.ofNullable(leases.get(shard));
    }

    /**
     * Returns the last fencing epoch issued for a shard.
     *
     * @param shard the shard
     * @return the epoch, or 0 if the shard was never granted
     */
    public long lastEpoch(String shard) {
        return epochs.getOrDefault(shard, 0L);
    }

    /**
     * Returns the table with {@code lease} as its shard's lease, recording its epoch as issued.
     *
     * @param lease the new or renewed lease
     * @return the new state
     */
    public LeaseTableState with(Lease lease) {
        NavigableMap<String, Lease> newLeases = new TreeMap<>(leases);
        newLeases.put(lease.shard(), lease);
        NavigableMap<String, Long> newEpochs = new TreeMap<>(epochs);
        newEpochs.merge(lease.shard(), lease.epoch(), Math::max);
        return new LeaseTableState(newLeases, newEpochs);
    }

    /**
     * Returns the table without the shard's lease. The shard's epoch is kept.
     *
     * @param shard the shard to free
     * @return the new state
     */
    public LeaseTableState without(String shard) {
        NavigableMap<String, Lease> newLeases = new TreeMap<>(leases);
        newLeases.remove(shard);
        return new LeaseTableState(newLeases, epochs);
    }
}
