package dev.simscaffold.core.fault;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.internal.Require;
import dev.simscaffold.core.random.SimRandom;

/**
 * Every fault a {@link dev.simscaffold.core.storage.SimDisk} may inject, with its unit. Faults are off unless asked for:
 * {@link #none()} is a perfect, unbounded disk that completes every operation in the tick it was
 * submitted. Each rate is decided by its own fork of the disk's stream, and a zero rate draws nothing, so
 * switching one fault on does not change the decisions of another and shrinking can drive a rate's draws
 * to "no fault" one by one.
 *
 * <pre>{@code
 * StorageFaults faults = StorageFaults.builder()
 *         .minLatencyTicks(1).maxLatencyTicks(5)
 *         .tornWriteRate(0.5)
 *         .writeErrorRate(0.01)
 *         .build();
 * }</pre>
 *
 * @param minLatencyTicks fewest ticks between submitting an operation and its completion, {@code >= 0}
 * @param maxLatencyTicks most ticks between submitting an operation and its completion, {@code >= min}
 * @param writeErrorRate probability, per write, that it fails with an I/O error and stores nothing, in [0, 1]
 * @param fsyncErrorRate probability, per fsync, that it fails; a failed fsync discards every unsynced write
 *                       (the data is not guaranteed, as on Linux after an fsync error), in [0, 1]
 * @param readErrorRate probability, per read, that it fails with an I/O error, in [0, 1]
 * @param corruptionRate probability, per completed write, that one bit of the stored data flips (latent
 *                       corruption: reads return the flipped bit; only the node's checksums can tell), in [0, 1]
 * @param unsyncedSurvivalRate probability, per unsynced write at a power loss, that it reached the platter
 *                             anyway; survivors are picked independently, so any subset can survive (applied in submission
 *                             order), in [0, 1]
 * @param tornWriteRate probability, per power loss with unsynced writes, that the last of them persists only a
 *                      prefix of its sectors (possibly none), in [0, 1]
 * @param capacityBytes the disk's size in bytes; a write ending beyond it fails as disk full; {@code 0} means
 *                      unbounded
 * @param powerLossRate probability, per random crash of a network node with a disk
 *                      ({@link NetworkFaults#crashRate()}), that it is a power loss rather than a process
 *                      crash, in [0, 1]
 * @param misdirectedWriteRate probability, per write, that it lands on another sector-aligned offset of the same
 *                             file than asked, leaving the intended bytes as they were, and reports success (a
 *                             firmware or driver bug: only a checksum that covers the data's own address can
 *                             tell), in [0, 1]; applied by {@link dev.simscaffold.core.storage.SimFileSystem} and
 *                             {@link dev.simscaffold.core.storage.SimDisk}
 * @param pendingWriteCorruptionRate probability, per unsynced write that a power loss does not keep, that its target
 *                                   bytes (within the durable file) are left holding garbage instead of their old
 *                                   contents (a write cut off mid-sector), in [0, 1]; applied by
 *                                   {@link dev.simscaffold.core.storage.SimFileSystem}
 * @param slowOperationRate probability, per operation, that it stalls {@code slowOperationTicks} beyond its drawn
 *                          latency: the tail of the latency distribution, in [0, 1]; applied by
 *                          {@link dev.simscaffold.core.storage.SimFileSystem}
 * @param slowOperationTicks how long a stalled operation stalls, {@code >= 1} when {@code slowOperationRate > 0}
 * @param atlasRegionBytes when positive, a network's disks share a {@link dev.simscaffold.core.storage.FaultAtlas}
 *                         with regions of this size, and {@code corruptionRate} strikes a disk only in the regions
 *                         the atlas lets it be faulty (and {@code misdirectedWriteRate} only where it may be faulty
 *                         over both ranges), so every region stays intact on all but
 *                         {@code atlasFaultyDisks} disks; {@code 0} (the default) means no atlas: corruption may strike
 *                         every copy
 * @param atlasFaultyDisks how many disks the atlas lets be corrupted in each region, {@code >= 1} and below the
 *                         network's disk count when {@code atlasRegionBytes > 0}, {@code 0} without an atlas
 */
@Api(Api.Status.STABLE)
public record StorageFaults(
        long minLatencyTicks,
        long maxLatencyTicks,
        double writeErrorRate,
        double fsyncErrorRate,
        double readErrorRate,
        double corruptionRate,
        double unsyncedSurvivalRate,
        double tornWriteRate,
        long capacityBytes,
        double powerLossRate,
        double misdirectedWriteRate,
        double pendingWriteCorruptionRate,
        double slowOperationRate,
        long slowOperationTicks,
        long atlasRegionBytes,
        int atlasFaultyDisks) {

    private static final StorageFaults NONE = new Builder().build();

    /**
     * Validates the components; the message of any failure names the bad component and value.
     *
     * @param minLatencyTicks fewest ticks to completion
     * @param maxLatencyTicks most ticks to completion
     * @param writeErrorRate write failure probability
     * @param fsyncErrorRate fsync failure probability
     * @param readErrorRate read failure probability
     * @param corruptionRate bit-flip probability per write
     * @param unsyncedSurvivalRate survival probability of an unsynced write at power loss
     * @param tornWriteRate torn-write probability per power loss
     * @param capacityBytes capacity, 0 for unbounded
     * @param powerLossRate share of random crashes that are power losses
     * @param misdirectedWriteRate probability that a write lands elsewhere
     * @param pendingWriteCorruptionRate probability that a lost unsynced write leaves garbage
     * @param slowOperationRate probability that an operation stalls
     * @param slowOperationTicks how long a stall lasts
     * @param atlasRegionBytes the atlas's region size, 0 for no atlas
     * @param atlasFaultyDisks how many disks the atlas lets be corrupted per region
     */
    public StorageFaults {
        Require.nonNegative("storage.minLatencyTicks", minLatencyTicks);
        Require.nonNegative("storage.maxLatencyTicks", maxLatencyTicks);
        Require.ordered("storage.minLatencyTicks", minLatencyTicks, "storage.maxLatencyTicks", maxLatencyTicks);
        Require.rate("storage.writeErrorRate", writeErrorRate);
        Require.rate("storage.fsyncErrorRate", fsyncErrorRate);
        Require.rate("storage.readErrorRate", readErrorRate);
        Require.rate("storage.corruptionRate", corruptionRate);
        Require.rate("storage.unsyncedSurvivalRate", unsyncedSurvivalRate);
        Require.rate("storage.tornWriteRate", tornWriteRate);
        Require.nonNegative("storage.capacityBytes", capacityBytes);
        Require.rate("storage.powerLossRate", powerLossRate);
        Require.rate("storage.misdirectedWriteRate", misdirectedWriteRate);
        Require.rate("storage.pendingWriteCorruptionRate", pendingWriteCorruptionRate);
        Require.rate("storage.slowOperationRate", slowOperationRate);
        Require.nonNegative("storage.slowOperationTicks", slowOperationTicks);
        Require.atLeastOneTickWhenEnabled("storage.slowOperationRate", slowOperationRate, "storage.slowOperationTicks", slowOperationTicks);
        Require.nonNegative("storage.atlasRegionBytes", atlasRegionBytes);
        if (atlasRegionBytes > 0 ? atlasFaultyDisks < 1 : atlasFaultyDisks != 0) {
            throw new IllegalArgumentException("storage.atlasFaultyDisks must be >= 1 with an atlas (atlasRegionBytes > 0) and 0 "
                    + "without one, got " + atlasFaultyDisks + " with atlasRegionBytes=" + atlasRegionBytes);
        }
    }

    /**
     * Tells whether a network's disks share a fault atlas.
     *
     * @return whether {@link #atlasRegionBytes()} is positive
     */
    public boolean hasAtlas() {
        return atlasRegionBytes > 0;
    }

    /**
     * A perfect disk: no errors, no corruption, no latency, no capacity limit; a power loss loses exactly
     * the unsynced writes.
     *
     * @return the fault-free configuration
     */
    public static StorageFaults none() {
        return NONE;
    }

    /**
     * Draws random storage faults for swarm testing: each kind is on with probability one half, and an
     * enabled one gets a random rate. Capacity stays unbounded, since a full disk is a scenario a test
     * chooses, not a background fault.
     *
     * @param random the stream to draw from (give it its own fork, such as {@code "swarm.storage"})
     * @return the drawn faults
     */
    public static StorageFaults swarm(SimRandom random) {
        Builder b = builder();
        Swarm.maybe(random, () -> {
            long min = random.between(0, 3);
            b.minLatencyTicks(min).maxLatencyTicks(min + random.between(0, 10));
        });
        Swarm.maybeRate(random, 0.05, b::writeErrorRate);
        Swarm.maybeRate(random, 0.05, b::fsyncErrorRate);
        Swarm.maybeRate(random, 0.05, b::readErrorRate);
        Swarm.maybeRate(random, 0.01, b::corruptionRate);
        Swarm.maybeRate(random, 1.0, b::unsyncedSurvivalRate);
        Swarm.maybeRate(random, 1.0, b::tornWriteRate);
        Swarm.maybeRate(random, 1.0, b::powerLossRate);
        return b.build();
    }

    /**
     * Starts a builder with every fault off.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder holding these faults, to derive a variant.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        return new Builder().minLatencyTicks(minLatencyTicks).maxLatencyTicks(maxLatencyTicks)
                .writeErrorRate(writeErrorRate).fsyncErrorRate(fsyncErrorRate).readErrorRate(readErrorRate)
                .corruptionRate(corruptionRate).unsyncedSurvivalRate(unsyncedSurvivalRate)
                .tornWriteRate(tornWriteRate).capacityBytes(capacityBytes).powerLossRate(powerLossRate)
                .misdirectedWriteRate(misdirectedWriteRate).pendingWriteCorruptionRate(pendingWriteCorruptionRate)
                .slowOperationRate(slowOperationRate).slowOperationTicks(slowOperationTicks)
                .atlas(atlasRegionBytes, atlasFaultyDisks);
    }

    /** Builds {@link StorageFaults}; each method is named after the component it sets, and documented there. */
    public static final class Builder {
        private long minLatencyTicks;
        private long maxLatencyTicks;
        private double writeErrorRate;
        private double fsyncErrorRate;
        private double readErrorRate;
        private double corruptionRate;
        private double unsyncedSurvivalRate;
        private double tornWriteRate;
        private long capacityBytes;
        private double powerLossRate;
        private double misdirectedWriteRate;
        private double pendingWriteCorruptionRate;
        private double slowOperationRate;
        private long slowOperationTicks;
        private long atlasRegionBytes;
        private int atlasFaultyDisks;

        private Builder() {
        }

        /**
         * Sets {@link StorageFaults#minLatencyTicks()}.
         *
         * @param ticks the value
         * @return this builder
         */
        public Builder minLatencyTicks(long ticks) {
            minLatencyTicks = ticks;
            return this;
        }

        /**
         * Sets {@link StorageFaults#maxLatencyTicks()}.
         *
         * @param ticks the value
         * @return this builder
         */
        public Builder maxLatencyTicks(long ticks) {
            maxLatencyTicks = ticks;
            return this;
        }

        /**
         * Sets {@link StorageFaults#writeErrorRate()}.
         *
         * @param rate the value
         * @return this builder
         */
        public Builder writeErrorRate(double rate) {
            writeErrorRate = rate;
            return this;
        }

        /**
         * Sets {@link StorageFaults#fsyncErrorRate()}.
         *
         * @param rate the value
         * @return this builder
         */
        public Builder fsyncErrorRate(double rate) {
            fsyncErrorRate = rate;
            return this;
        }

        /**
         * Sets {@link StorageFaults#readErrorRate()}.
         *
         * @param rate the value
         * @return this builder
         */
        public Builder readErrorRate(double rate) {
            readErrorRate = rate;
            return this;
        }

        /**
         * Sets {@link StorageFaults#corruptionRate()}.
         *
         * @param rate the value
         * @return this builder
         */
        public Builder corruptionRate(double rate) {
            corruptionRate = rate;
            return this;
        }

        /**
         * Sets {@link StorageFaults#unsyncedSurvivalRate()}.
         *
         * @param rate the value
         * @return this builder
         */
        public Builder unsyncedSurvivalRate(double rate) {
            unsyncedSurvivalRate = rate;
            return this;
        }

        /**
         * Sets {@link StorageFaults#tornWriteRate()}.
         *
         * @param rate the value
         * @return this builder
         */
        public Builder tornWriteRate(double rate) {
            tornWriteRate = rate;
            return this;
        }

        /**
         * Sets {@link StorageFaults#capacityBytes()}.
         *
         * @param bytes the value
         * @return this builder
         */
        public Builder capacityBytes(long bytes) {
            capacityBytes = bytes;
            return this;
        }

        /**
         * Sets {@link StorageFaults#powerLossRate()}.
         *
         * @param rate the value
         * @return this builder
         */
        public Builder powerLossRate(double rate) {
            powerLossRate = rate;
            return this;
        }

        /**
         * Sets {@link StorageFaults#misdirectedWriteRate()}.
         *
         * @param rate the value
         * @return this builder
         */
        public Builder misdirectedWriteRate(double rate) {
            misdirectedWriteRate = rate;
            return this;
        }

        /**
         * Sets {@link StorageFaults#pendingWriteCorruptionRate()}.
         *
         * @param rate the value
         * @return this builder
         */
        public Builder pendingWriteCorruptionRate(double rate) {
            pendingWriteCorruptionRate = rate;
            return this;
        }

        /**
         * Sets {@link StorageFaults#slowOperationRate()}.
         *
         * @param rate the value
         * @return this builder
         */
        public Builder slowOperationRate(double rate) {
            slowOperationRate = rate;
            return this;
        }

        /**
         * Sets {@link StorageFaults#slowOperationTicks()}.
         *
         * @param ticks the value
         * @return this builder
         */
        public Builder slowOperationTicks(long ticks) {
            slowOperationTicks = ticks;
            return this;
        }

        /**
         * Sets {@link StorageFaults#atlasRegionBytes()} and {@link StorageFaults#atlasFaultyDisks()}: a fault atlas
         * over the network's disks, or none with {@code (0, 0)}.
         *
         * @param regionBytes the region size
         * @param faultyDisks how many disks may be corrupted per region
         * @return this builder
         */
        public Builder atlas(long regionBytes, int faultyDisks) {
            atlasRegionBytes = regionBytes;
            atlasFaultyDisks = faultyDisks;
            return this;
        }

        /**
         * Validates and builds.
         *
         * @return the faults
         * @throws IllegalArgumentException naming the first bad field and its value
         */
        public StorageFaults build() {
            return new StorageFaults(minLatencyTicks, maxLatencyTicks, writeErrorRate, fsyncErrorRate, readErrorRate,
                    corruptionRate, unsyncedSurvivalRate, tornWriteRate, capacityBytes, powerLossRate, misdirectedWriteRate,
                    pendingWriteCorruptionRate, slowOperationRate, slowOperationTicks, atlasRegionBytes, atlasFaultyDisks);
        }
    }
}
