package dev.simscaffold.core.fault;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.internal.Require;
import dev.simscaffold.core.random.SimRandom;

/**
 * Faults the simulated network injects into message delivery, and the random node faults it may start
 * on its own. Every field documents its unit; all default to off in {@link #NONE}.
 *
 * <p>Message faults are decided when a message is sent; node faults (partition, crash, pause) are
 * started at random after a delivered message. Each kind draws from its own random stream, so turning
 * one on or off does not change the decisions of the others.
 *
 * @param lossRate probability that a sent message is lost, in [0, 1]
 * @param duplicateRate probability that a sent message is delivered twice, in [0, 1]
 * @param minDelayTicks shortest one-way delay, in ticks, {@code >= 0}
 * @param maxDelayTicks longest ordinary one-way delay, in ticks, {@code >= minDelayTicks}; delays are
 *                      uniform in between, which also reorders messages
 * @param tailDelayRate probability that a message (each copy of it) takes a heavy-tail delay instead,
 *                      in [0, 1]: a rare straggler that arrives long after messages sent later
 * @param maxTailDelayTicks longest heavy-tail delay, in ticks, {@code >= maxDelayTicks}; tail delays are
 *                          uniform in {@code [maxDelayTicks, maxTailDelayTicks]}
 * @param partitionRate probability, per delivered message, that a random partition begins, in [0, 1];
 *                      half of random partitions are one-way
 * @param maxPartitionTicks longest random partition, in ticks, {@code >= 0}; each heals after a uniform
 *                          duration in {@code [0, maxPartitionTicks]}
 * @param crashRate probability, per delivered message, that a random live node crashes, in [0, 1]
 * @param restartAfterTicks the longest a randomly crashed node stays down before it is re-created, in
 *                          ticks, {@code >= 0}
 * @param pauseRate probability, per delivered message, that a random node pauses, in [0, 1]
 * @param maxPauseTicks longest pause, in ticks, {@code >= 0}; pauses are uniform in {@code [0, maxPauseTicks]}
 * @param maxClockDriftPpm largest per-node timer clock drift, in parts per million, in
 *                         {@code [0, 500000]}; each node's drift is drawn once, uniform in {@code [-max, +max]}
 * @param minRestartAfterTicks the shortest a randomly crashed node stays down, in ticks, in
 *                             {@code [0, restartAfterTicks]}; when shorter than {@code restartAfterTicks} each
 *                             crash draws its own down time on a log scale ({@code FaultInjector}): about as many
 *                             crashes come back within a few ticks (a restart inside a vote or an append still in
 *                             flight) as within tens, and a shrinker drawing smaller values gets shorter down times.
 *                             Equal (the builder's default) draws nothing: every restart after exactly
 *                             {@code restartAfterTicks}
 * @param recipientCrashShare the share of random crashes, in [0, 1], that strike the node that has just handled
 *                            the delivered message rather than a node picked among the live ones: a crash right
 *                            after a node's reaction to an input, while what it wrote is not yet fsynced and what
 *                            it sent is in flight (the window of a vote sent before its record is durable, or of
 *                            a leader's append it has not yet replicated). Zero (the default) draws nothing
 * @param clockJumpRate probability, per delivered message, that the timer clocks of a random group of live nodes step
 *                      forward together, in [0, 1]: a host suspended and resumed, or an NTP step, moves every clock on
 *                      it by the same amount, so every timer they had due within the step fires at the same tick. For
 *                      randomized timeouts this is how two election timers that were apart fire together (a split
 *                      candidacy, two candidates in one term) while other nodes run on. The group is a random
 *                      non-empty subset (a shuffle cut at a size uniform in [1, live nodes]). Zero (the default)
 *                      draws nothing
 * @param maxClockJumpTicks the largest clock step, in ticks, {@code >= 1} when {@code clockJumpRate > 0}; each step is
 *                          uniform in {@code [1, maxClockJumpTicks]}
 * @param writeWindowCrashRate probability, in [0, 1], that a node with writes not yet durable (submitted and in
 *                             flight, or completed and not fsynced) crashes right after it handled an input (a
 *                             message, a timer, a disk completion): the crash points of crash-consistency testers
 *                             (ALICE, CrashMonkey), between a write and its fsync, where a protocol that promised
 *                             something before it was durable (a vote, an acknowledged entry) forgets it. The
 *                             crash's kind comes from the disk (power loss or process crash) and its down time as a
 *                             random crash's. Drawn only at such points, from its own stream; zero (the default)
 *                             draws nothing
 * @param writeWindowIsolationRate probability, in [0, 1], that a node with writes not yet durable is cut off from every
 *                                 other node, both ways, right after it handled an input, at the same points as a
 *                                 write-window crash: the node lives on with what it has just promised or appended, and
 *                                 what it would send once the writes are durable never leaves, while the others move on
 *                                 without it; when the cut heals it still believes what it believed (a leader that
 *                                 was replaced, an entry only it holds). Each cut heals after a duration uniform in
 *                                 {@code [0, maxWriteWindowIsolationTicks]}, like a random partition, and only its own
 *                                 links. Drawn only at such points, from its own stream; zero (the default) draws nothing
 * @param maxWriteWindowIsolationTicks the longest write-window isolation, in ticks, {@code >= 1} when
 *                                     {@code writeWindowIsolationRate > 0}
 * @param fanOutCutRate probability, in [0, 1], that a node that has just sent to two or more distinct nodes in its
 *                      reaction to one input (a broadcast: a leader's appends or heartbeats, a candidate's vote
 *                      requests, a coordinator's prepares) is cut off, both ways, from exactly the nodes it sent to,
 *                      while every other node (a client) still reaches it: Jepsen's "majority without the primary",
 *                      aimed by traffic rather than by role. The broadcast's messages still in flight are lost, the
 *                      group moves on without the node, and the node goes on taking requests from the others, storing
 *                      what its group never sees, until the cut heals after a duration uniform in
 *                      {@code [0, maxFanOutCutTicks]} (only its own links). Drawn only after such a broadcast, from its
 *                      own stream; zero (the default) draws nothing
 * @param maxFanOutCutTicks the longest fan-out cut, in ticks, {@code >= 1} when {@code fanOutCutRate > 0}
 * @param epochs fault epochs ({@link FaultEpochs}): the run's time cut into epochs, each running a mix of these faults
 *               picked by a recorded draw, so one run passes through regimes no single mix combines (a cluster stalled
 *               by one kind of fault, then running and serving reads under another). These faults hold before the
 *               first event and give the delays after {@code quiesce()}. {@link FaultEpochs#OFF} (the default) draws
 *               and records nothing
 */
@Api(Api.Status.STABLE)
public record NetworkFaults(
        double lossRate,
        double duplicateRate,
        long minDelayTicks,
        long maxDelayTicks,
        double tailDelayRate,
        long maxTailDelayTicks,
        double partitionRate,
        long maxPartitionTicks,
        double crashRate,
        long restartAfterTicks,
        double pauseRate,
        long maxPauseTicks,
        long maxClockDriftPpm,
        long minRestartAfterTicks,
        double recipientCrashShare,
        double clockJumpRate,
        long maxClockJumpTicks,
        double writeWindowCrashRate,
        double writeWindowIsolationRate,
        long maxWriteWindowIsolationTicks,
        double fanOutCutRate,
        long maxFanOutCutTicks,
        FaultEpochs epochs) {

    /** A perfect network: every message arrives once, one tick after it is sent. */
    public static final NetworkFaults NONE = new Builder().build();

    /** The largest allowed {@link #maxClockDriftPpm()}: a clock at most 50% fast or slow. */
    public static final long MAX_CLOCK_DRIFT_PPM = 500_000;

    /**
     * Validates the components; the message of any failure names the bad component and value.
     *
     * @param lossRate the {@code lossRate} component
     * @param duplicateRate the {@code duplicateRate} component
     * @param minDelayTicks the {@code minDelayTicks} component
     * @param maxDelayTicks the {@code maxDelayTicks} component
     * @param tailDelayRate the {@code tailDelayRate} component
     * @param maxTailDelayTicks the {@code maxTailDelayTicks} component
     * @param partitionRate the {@code partitionRate} component
     * @param maxPartitionTicks the {@code maxPartitionTicks} component
     * @param crashRate the {@code crashRate} component
     * @param restartAfterTicks the {@code restartAfterTicks} component
     * @param pauseRate the {@code pauseRate} component
     * @param maxPauseTicks the {@code maxPauseTicks} component
     * @param maxClockDriftPpm the {@code maxClockDriftPpm} component
     * @param minRestartAfterTicks the {@code minRestartAfterTicks} component
     * @param recipientCrashShare the {@code recipientCrashShare} component
     * @param clockJumpRate the {@code clockJumpRate} component
     * @param maxClockJumpTicks the {@code maxClockJumpTicks} component
     * @param writeWindowCrashRate the {@code writeWindowCrashRate} component
     * @param writeWindowIsolationRate the {@code writeWindowIsolationRate} component
     * @param maxWriteWindowIsolationTicks the {@code maxWriteWindowIsolationTicks} component
     * @param fanOutCutRate the {@code fanOutCutRate} component
     * @param maxFanOutCutTicks the {@code maxFanOutCutTicks} component
     * @param epochs the {@code epochs} component
     */
    public NetworkFaults {
        Require.rate("network.lossRate", lossRate);
        Require.rate("network.duplicateRate", duplicateRate);
        Require.nonNegative("network.minDelayTicks", minDelayTicks);
        Require.nonNegative("network.maxDelayTicks", maxDelayTicks);
        Require.ordered("network.minDelayTicks", minDelayTicks, "network.maxDelayTicks", maxDelayTicks);
        Require.rate("network.tailDelayRate", tailDelayRate);
        Require.nonNegative("network.maxTailDelayTicks", maxTailDelayTicks);
        Require.ordered("network.maxDelayTicks", maxDelayTicks, "network.maxTailDelayTicks", maxTailDelayTicks);
        Require.rate("network.partitionRate", partitionRate);
        Require.nonNegative("network.maxPartitionTicks", maxPartitionTicks);
        Require.atLeastOneTickWhenEnabled("network.partitionRate", partitionRate, "network.maxPartitionTicks", maxPartitionTicks);
        Require.rate("network.crashRate", crashRate);
        Require.nonNegative("network.restartAfterTicks", restartAfterTicks);
        Require.nonNegative("network.minRestartAfterTicks", minRestartAfterTicks);
        Require.ordered("network.minRestartAfterTicks", minRestartAfterTicks, "network.restartAfterTicks", restartAfterTicks);
        Require.rate("network.recipientCrashShare", recipientCrashShare);
        Require.rate("network.clockJumpRate", clockJumpRate);
        Require.nonNegative("network.maxClockJumpTicks", maxClockJumpTicks);
        Require.atLeastOneTickWhenEnabled("network.clockJumpRate", clockJumpRate, "network.maxClockJumpTicks", maxClockJumpTicks);
        Require.rate("network.writeWindowCrashRate", writeWindowCrashRate);
        Require.rate("network.writeWindowIsolationRate", writeWindowIsolationRate);
        Require.nonNegative("network.maxWriteWindowIsolationTicks", maxWriteWindowIsolationTicks);
        Require.atLeastOneTickWhenEnabled("network.writeWindowIsolationRate", writeWindowIsolationRate,
                "network.maxWriteWindowIsolationTicks", maxWriteWindowIsolationTicks);
        Require.rate("network.fanOutCutRate", fanOutCutRate);
        Require.nonNegative("network.maxFanOutCutTicks", maxFanOutCutTicks);
        Require.atLeastOneTickWhenEnabled("network.fanOutCutRate", fanOutCutRate, "network.maxFanOutCutTicks", maxFanOutCutTicks);
        Require.present("network.epochs (use FaultEpochs.OFF)", epochs);
        Require.rate("network.pauseRate", pauseRate);
        Require.nonNegative("network.maxPauseTicks", maxPauseTicks);
        Require.atLeastOneTickWhenEnabled("network.pauseRate", pauseRate, "network.maxPauseTicks", maxPauseTicks);
        Require.nonNegative("network.maxClockDriftPpm", maxClockDriftPpm);
        if (maxClockDriftPpm > MAX_CLOCK_DRIFT_PPM) {
            throw new IllegalArgumentException(
                    "network.maxClockDriftPpm must be <= " + MAX_CLOCK_DRIFT_PPM + ", got " + maxClockDriftPpm);
        }
    }

    /**
     * Returns these faults with every random fault switched off, epochs too, but the delay range kept: what a
     * liveness phase runs under once "the faults stop".
     *
     * @return the fault-free variant with the same delays
     */
    public NetworkFaults withoutFaults() {
        return builder().minDelayTicks(minDelayTicks).maxDelayTicks(maxDelayTicks).maxTailDelayTicks(maxTailDelayTicks).build();
    }

    /**
     * Tells whether any random node fault (partition, crash, pause, clock jump, write-window crash or isolation,
     * fan-out cut) can start on its own under these rates (an epoch's mix answers for itself while it is in force).
     *
     * @return true if a node-fault rate is positive
     */
    public boolean injectsNodeFaults() {
        return partitionRate > 0 || crashRate > 0 || pauseRate > 0 || clockJumpRate > 0 || writeWindowCrashRate > 0
                || writeWindowIsolationRate > 0 || fanOutCutRate > 0;
    }

    /**
     * Starts a builder for a perfect network: no faults, every message one tick on the wire.
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
        Builder b = new Builder().lossRate(lossRate).duplicateRate(duplicateRate)
                .minDelayTicks(minDelayTicks).maxDelayTicks(maxDelayTicks)
                .tailDelayRate(tailDelayRate).maxTailDelayTicks(maxTailDelayTicks)
                .partitionRate(partitionRate).maxPartitionTicks(maxPartitionTicks)
                .crashRate(crashRate).restartAfterTicks(restartAfterTicks)
                .pauseRate(pauseRate).maxPauseTicks(maxPauseTicks)
                .maxClockDriftPpm(maxClockDriftPpm);
        b.recipientCrashShare(recipientCrashShare);
        b.clockJumpRate(clockJumpRate).maxClockJumpTicks(maxClockJumpTicks).writeWindowCrashRate(writeWindowCrashRate);
        b.writeWindowIsolationRate(writeWindowIsolationRate).maxWriteWindowIsolationTicks(maxWriteWindowIsolationTicks);
        b.fanOutCutRate(fanOutCutRate).maxFanOutCutTicks(maxFanOutCutTicks).epochs(epochs);
        if (minRestartAfterTicks != restartAfterTicks) {
            b.minRestartAfterTicks(minRestartAfterTicks);
        }
        b.tailFollowsDelay = tailDelayRate == 0;
        return b;
    }

    /**
     * Draws random network faults for swarm testing: each kind is on with probability one half, with a random
     * rate and range; delays are always drawn.
     *
     * @param random the stream to draw from
     * @return the drawn faults
     */
    public static NetworkFaults swarm(SimRandom random) {
        Builder b = builder();
        Swarm.maybeRate(random, 0.3, b::lossRate);
        Swarm.maybeRate(random, 0.3, b::duplicateRate);
        long minDelay = random.between(0, 5);
        long maxDelay = minDelay + (Swarm.on(random) ? random.between(0, 100) : 0);
        b.minDelayTicks(minDelay).maxDelayTicks(maxDelay);
        Swarm.maybe(random, () -> b.tailDelayRate(Swarm.rate(random, 0.1)).maxTailDelayTicks(maxDelay + random.between(0, 1000)));
        Swarm.maybeRate(random, 0.02, b::partitionRate);
        Swarm.maybe(random, () -> b.crashRate(Swarm.rate(random, 0.01)).restartAfterTicks(random.between(0, 500)));
        Swarm.maybe(random, () -> b.pauseRate(Swarm.rate(random, 0.02)).maxPauseTicks(random.between(1, 500)));
        // Drawn last so that adding them did not change any configuration drawn before they existed.
        b.maxPartitionTicks(random.between(1, 500));
        Swarm.maybe(random, () -> b.maxClockDriftPpm(random.between(0, 10_000)));
        return b.build();
    }

    /**
     * Draws this run's intensity of these faults, as FoundationDB's simulator and TigerBeetle's VOPR vary fault
     * rates per seed: one fixed mix of rates is rarely the one a given bug needs (a vote forgotten in a power
     * loss needs a crash storm with short down times; a stale read needs a deposed leader that stays down long
     * enough to be replaced), and a mix drawn per run covers both. Each random node fault these faults switch on
     * (partition, crash, pause) stays on with probability ¾ and has its rate scaled by {@code 2^k}, {@code k}
     * uniform in {@code [-1, 5]} (capped at 1); a crash's down time becomes a log-scale draw from 0 to
     * {@code restartAfterTicks · 2^j}, {@code j} uniform in {@code [-3, 1]} ({@link #minRestartAfterTicks()});
     * half of the runs aim crashes at the node that has just handled a message ({@link #recipientCrashShare()});
     * clock jumps ({@link #clockJumpRate()}), write-window crashes ({@link #writeWindowCrashRate()}), write-window
     * isolations ({@link #writeWindowIsolationRate()}) and fan-out cuts ({@link #fanOutCutRate()}), when on, are
     * scaled as the other node faults (drawn after them, in that order; a rate of zero draws nothing, so adding the
     * last kinds changed no earlier variant).
     * Message faults, delays and clocks stay as they are. The draws come in a fixed order from {@code random}
     * (drawn from the seed, so the variant replays; a draw of 0 gives the mildest variant of each kind).
     *
     * @param random the stream to draw from, e.g. a fork of the run's context
     * @return the drawn variant
     */
    public NetworkFaults swarmAround(SimRandom random) {
        Builder b = toBuilder();
        b.partitionRate(scaled(random, partitionRate));
        b.crashRate(scaled(random, crashRate));
        b.pauseRate(scaled(random, pauseRate));
        if (crashRate > 0) {
            long longest = Math.max(1, Math.round(restartAfterTicks * Math.pow(2, random.between(-3, 1))));
            b.restartAfterTicks(longest).minRestartAfterTicks(0);
            b.recipientCrashShare(random.chance(0.5) ? 1.0 : recipientCrashShare);
        }
        b.clockJumpRate(scaled(random, clockJumpRate));
        b.writeWindowCrashRate(scaled(random, writeWindowCrashRate));
        b.writeWindowIsolationRate(scaled(random, writeWindowIsolationRate));
        b.fanOutCutRate(scaled(random, fanOutCutRate));
        return b.build();
    }

    /** A rate kept on with probability ¾ and scaled by a power of two in [1/2, 32], capped at 1; zero stays zero. */
    private static double scaled(SimRandom random, double rate) {
        if (rate == 0) {
            return 0;
        }
        if (random.chance(0.25)) {
            return 0;
        }
        return Math.min(1.0, rate * Math.pow(2, random.between(-1, 5)));
    }

    /**
     * Builds {@link NetworkFaults}; each method is named after the component it sets, whose Javadoc gives its
     * unit and range. {@link #build()} validates everything and names the first bad field.
     */
    public static final class Builder {
        private double lossRate;
        private double duplicateRate;
        private long minDelayTicks = 1;
        private long maxDelayTicks = 1;
        private double tailDelayRate;
        private long maxTailDelayTicks = 1;
        private double partitionRate;
        private long maxPartitionTicks;
        private double crashRate;
        private long restartAfterTicks;
        private double pauseRate;
        private long maxPauseTicks;
        private long maxClockDriftPpm;
        private long minRestartAfterTicks = -1;
        private double recipientCrashShare;
        private double clockJumpRate;
        private long maxClockJumpTicks;
        private double writeWindowCrashRate;
        private double writeWindowIsolationRate;
        private long maxWriteWindowIsolationTicks;
        private double fanOutCutRate;
        private long maxFanOutCutTicks;
        private FaultEpochs epochs = FaultEpochs.OFF;
        private boolean tailFollowsDelay = true;

        private Builder() {
        }

        /**
         * Sets {@link NetworkFaults#lossRate()}.
         *
         * @param rate in [0, 1]
         * @return this builder
         */
        public Builder lossRate(double rate) {
            lossRate = rate;
            return this;
        }

        /**
         * Sets {@link NetworkFaults#duplicateRate()}.
         *
         * @param rate in [0, 1]
         * @return this builder
         */
        public Builder duplicateRate(double rate) {
            duplicateRate = rate;
            return this;
        }

        /**
         * Sets {@link NetworkFaults#minDelayTicks()}.
         *
         * @param ticks {@code >= 0}
         * @return this builder
         */
        public Builder minDelayTicks(long ticks) {
            minDelayTicks = ticks;
            return this;
        }

        /**
         * Sets {@link NetworkFaults#maxDelayTicks()}.
         *
         * @param ticks {@code >= minDelayTicks}; unless {@link #maxTailDelayTicks(long)} is set (or this builder started from a
         *              heavy tail), the tail maximum follows it
         * @return this builder
         */
        public Builder maxDelayTicks(long ticks) {
            maxDelayTicks = ticks;
            return this;
        }

        /**
         * Sets {@link NetworkFaults#tailDelayRate()}.
         *
         * @param rate in [0, 1]
         * @return this builder
         */
        public Builder tailDelayRate(double rate) {
            tailDelayRate = rate;
            return this;
        }

        /**
         * Sets {@link NetworkFaults#maxTailDelayTicks()}.
         *
         * @param ticks {@code >= maxDelayTicks}
         * @return this builder
         */
        public Builder maxTailDelayTicks(long ticks) {
            maxTailDelayTicks = ticks;
            tailFollowsDelay = false;
            return this;
        }

        /**
         * Sets {@link NetworkFaults#partitionRate()}.
         *
         * @param rate in [0, 1]
         * @return this builder
         */
        public Builder partitionRate(double rate) {
            partitionRate = rate;
            return this;
        }

        /**
         * Sets {@link NetworkFaults#maxPartitionTicks()}.
         *
         * @param ticks {@code >= 1} when partitions are enabled
         * @return this builder
         */
        public Builder maxPartitionTicks(long ticks) {
            maxPartitionTicks = ticks;
            return this;
        }

        /**
         * Sets {@link NetworkFaults#crashRate()}.
         *
         * @param rate in [0, 1]
         * @return this builder
         */
        public Builder crashRate(double rate) {
            crashRate = rate;
            return this;
        }

        /**
         * Sets {@link NetworkFaults#restartAfterTicks()}.
         *
         * @param ticks {@code >= 0}
         * @return this builder
         */
        public Builder restartAfterTicks(long ticks) {
            restartAfterTicks = ticks;
            return this;
        }

        /**
         * Sets {@link NetworkFaults#minRestartAfterTicks()}; unset, it follows {@link #restartAfterTicks(long)} (a fixed
         * down time).
         *
         * @param ticks in {@code [0, restartAfterTicks]}
         * @return this builder
         */
        public Builder minRestartAfterTicks(long ticks) {
            Require.nonNegative("network.minRestartAfterTicks", ticks);
            minRestartAfterTicks = ticks;
            return this;
        }

        /**
         * Sets {@link NetworkFaults#recipientCrashShare()}.
         *
         * @param share in [0, 1]
         * @return this builder
         */
        public Builder recipientCrashShare(double share) {
            recipientCrashShare = share;
            return this;
        }

        /**
         * Sets {@link NetworkFaults#clockJumpRate()}.
         *
         * @param rate in [0, 1]
         * @return this builder
         */
        public Builder clockJumpRate(double rate) {
            clockJumpRate = rate;
            return this;
        }

        /**
         * Sets {@link NetworkFaults#maxClockJumpTicks()}.
         *
         * @param ticks {@code >= 1} when clock jumps are enabled
         * @return this builder
         */
        public Builder maxClockJumpTicks(long ticks) {
            maxClockJumpTicks = ticks;
            return this;
        }

        /**
         * Sets {@link NetworkFaults#writeWindowCrashRate()}.
         *
         * @param rate in [0, 1]
         * @return this builder
         */
        public Builder writeWindowCrashRate(double rate) {
            writeWindowCrashRate = rate;
            return this;
        }

        /**
         * Sets {@link NetworkFaults#writeWindowIsolationRate()}.
         *
         * @param rate in [0, 1]
         * @return this builder
         */
        public Builder writeWindowIsolationRate(double rate) {
            writeWindowIsolationRate = rate;
            return this;
        }

        /**
         * Sets {@link NetworkFaults#maxWriteWindowIsolationTicks()}.
         *
         * @param ticks {@code >= 1} when write-window isolations are enabled
         * @return this builder
         */
        public Builder maxWriteWindowIsolationTicks(long ticks) {
            maxWriteWindowIsolationTicks = ticks;
            return this;
        }

        /**
         * Sets {@link NetworkFaults#fanOutCutRate()}.
         *
         * @param rate in [0, 1]
         * @return this builder
         */
        public Builder fanOutCutRate(double rate) {
            fanOutCutRate = rate;
            return this;
        }

        /**
         * Sets {@link NetworkFaults#maxFanOutCutTicks()}.
         *
         * @param ticks {@code >= 1} when fan-out cuts are enabled
         * @return this builder
         */
        public Builder maxFanOutCutTicks(long ticks) {
            maxFanOutCutTicks = ticks;
            return this;
        }

        /**
         * Sets {@link NetworkFaults#pauseRate()}.
         *
         * @param rate in [0, 1]
         * @return this builder
         */
        public Builder pauseRate(double rate) {
            pauseRate = rate;
            return this;
        }

        /**
         * Sets {@link NetworkFaults#maxPauseTicks()}.
         *
         * @param ticks {@code >= 1} when pauses are enabled
         * @return this builder
         */
        public Builder maxPauseTicks(long ticks) {
            maxPauseTicks = ticks;
            return this;
        }

        /**
         * Sets {@link NetworkFaults#maxClockDriftPpm()}.
         *
         * @param ppm in [0, {@value NetworkFaults#MAX_CLOCK_DRIFT_PPM}]
         * @return this builder
         */
        public Builder maxClockDriftPpm(long ppm) {
            maxClockDriftPpm = ppm;
            return this;
        }

        /**
         * Sets {@link NetworkFaults#epochs()}.
         *
         * @param faultEpochs the epochs, or {@link FaultEpochs#OFF}
         * @return this builder
         */
        public Builder epochs(FaultEpochs faultEpochs) {
            epochs = faultEpochs;
            return this;
        }

        /**
         * Validates and builds.
         *
         * @return the faults
         * @throws IllegalArgumentException naming the first bad field and its value
         */
        public NetworkFaults build() {
            return new NetworkFaults(lossRate, duplicateRate, minDelayTicks, maxDelayTicks, tailDelayRate,
                    tailFollowsDelay ? Math.max(maxTailDelayTicks, maxDelayTicks) : maxTailDelayTicks,
                    partitionRate, maxPartitionTicks, crashRate, restartAfterTicks, pauseRate, maxPauseTicks, maxClockDriftPpm,
                    minRestartAfterTicks < 0 ? restartAfterTicks : minRestartAfterTicks, recipientCrashShare,
                    clockJumpRate, maxClockJumpTicks, writeWindowCrashRate, writeWindowIsolationRate, maxWriteWindowIsolationTicks,
                    fanOutCutRate, maxFanOutCutTicks, epochs);
        }
    }
}
