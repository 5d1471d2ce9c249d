package dev.simscaffold.core.net;

import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.fault.FaultEpochs;
import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.random.SimRandom;

/**
 * Every random fault decision of the network, one short named method each, each kind drawing from its
 * own fork of the context ({@code network.loss}, {@code network.delay}, ...). Separate streams mean
 * that turning one fault on, or a shrinker editing its draws, does not shift any other fault's
 * decisions. A decision whose rate is zero draws nothing.
 */
final class FaultInjector {

    private final NetworkFaults configured;
    private NetworkFaults faults;
    private final SimRandom epoch;
    private long nextEpochAt;
    private long epochsEntered;
    private long stops;
    private final SimRandom loss;
    private final SimRandom duplicate;
    private final SimRandom delay;
    private final SimRandom partition;
    private final SimRandom crash;
    private final SimRandom pause;
    private final SimRandom clock;
    private final SimRandom clockJump;
    private final SimRandom writeWindowCrash;
    private final SimRandom writeWindowIsolation;
    private final SimRandom fanOutCut;

    FaultInjector(NetworkFaults faults, SimContext context) {
        this.configured = faults;
        this.faults = faults;
        this.epoch = faults.epochs().on() ? context.fork("network.epoch") : null;
        this.nextEpochAt = faults.epochs().on() ? 0 : Long.MAX_VALUE;
        this.loss = context.fork("network.loss");
        this.duplicate = context.fork("network.duplicate");
        this.delay = context.fork("network.delay");
        this.partition = context.fork("network.partition");
        this.crash = context.fork("network.crash");
        this.pause = context.fork("network.pause");
        this.clock = context.fork("network.clock");
        this.clockJump = context.fork("network.clockJump");
        this.writeWindowCrash = context.fork("network.writeWindowCrash");
        this.writeWindowIsolation = context.fork("network.writeWindowIsolation");
        this.fanOutCut = context.fork("network.fanOutCut");
    }

    NetworkFaults faults() {
        return faults;
    }

    /** Switches every random fault off, epochs too, keeping the configured faults' delay range. */
    void stopFaults() {
        faults = configured.withoutFaults();
        nextEpochAt = Long.MAX_VALUE;
        stops++;
    }

    /** Whether a new fault epoch begins at this time: epochs are on, not stopped, and the current one has run out. */
    boolean epochDue(long now) {
        return now >= nextEpochAt;
    }

    /**
     * Begins a fault epoch now: picks its mix by weight, then (unless the range is one value) its length, both
     * from the {@code network.epoch} stream; the mix's faults are in force until the epoch's end.
     *
     * @return the mix picked
     */
    FaultEpochs.Mix enterEpoch(long now) {
        FaultEpochs epochs = configured.epochs();
        FaultEpochs.Mix mix = epochs.mixAt(epoch.between(0, epochs.totalWeight() - 1L));
        long length = epochs.minEpochTicks() == epochs.maxEpochTicks()
                ? epochs.minEpochTicks()
                : epoch.between(epochs.minEpochTicks(), epochs.maxEpochTicks());
        faults = mix.faults();
        nextEpochAt = Math.addExact(now, length);
        epochsEntered++;
        return mix;
    }

    /** When the current fault epoch ends (only meaningful after {@link #enterEpoch}). */
    long nextEpochAt() {
        return nextEpochAt;
    }

    /** How many fault epochs have begun, the current one included. */
    long epochsEntered() {
        return epochsEntered;
    }

    /** What a snapshot keeps of the injector: the faults in force, where the epochs stand, how often faults stopped. */
    record State(NetworkFaults faults, long nextEpochAt, long epochsEntered, long stops) {
    }

    State state() {
        return new State(faults, nextEpochAt, epochsEntered, stops);
    }

    /**
     * Puts back a state {@link #state()} returned.
     *
     * @throws IllegalStateException if faults were stopped since: the network cannot go back to before a quiesce
     */
    void restore(State state) {
        if (state.stops() != stops) {
            throw new IllegalStateException("the network's faults were stopped after this snapshot was taken; it cannot go back");
        }
        faults = state.faults();
        nextEpochAt = state.nextEpochAt();
        epochsEntered = state.epochsEntered();
    }

    /** Whether a sent message is lost. */
    boolean shouldDrop() {
        return loss.occurs(faults.lossRate());
    }

    /** Whether a sent message is delivered twice. */
    boolean shouldDuplicate() {
        return duplicate.occurs(faults.duplicateRate());
    }

    /** Whether a message takes a heavy-tail delay instead of an ordinary one. */
    boolean shouldTailDelay() {
        return delay.occurs(faults.tailDelayRate());
    }

    /** An ordinary one-way delay, uniform in [min, max] ticks. */
    long delayTicks() {
        long min = faults.minDelayTicks();
        long max = faults.maxDelayTicks();
        return min == max ? min : delay.between(min, max);
    }

    /** A heavy-tail delay, uniform in [max, maxTail] ticks, which also reorders the message. */
    long tailDelayTicks() {
        long max = faults.maxDelayTicks();
        long tail = faults.maxTailDelayTicks();
        return max == tail ? max : delay.between(max, tail);
    }

    /** Whether a random partition begins after a delivered message. */
    boolean shouldPartition() {
        return partition.occurs(faults.partitionRate());
    }

    /** The stream that draws a random partition's sides, direction and duration. */
    SimRandom partitionRandom() {
        return partition;
    }

    /** How long a random partition lasts, uniform in [0, maxPartitionTicks]. */
    long partitionTicks() {
        return partition.between(0, faults.maxPartitionTicks());
    }

    /** Whether a random live node crashes after a delivered message. */
    boolean shouldCrash() {
        return crash.occurs(faults.crashRate());
    }

    /** Whether a random crash strikes the node that has just handled the delivery (drawn only when the share is positive). */
    boolean crashStrikesRecipient() {
        return crash.occurs(faults.recipientCrashShare());
    }

    /** The stream that picks which node crashes. */
    SimRandom crashRandom() {
        return crash;
    }

    /**
     * How long a randomly crashed node stays down: exactly {@code restartAfterTicks} when the range is empty (no
     * draw), else on a log scale, from the crash stream: a scale {@code k} uniform in {@code [0, bits(span)]}, then
     * a value uniform in {@code [min, min + 2^k - 1]} capped at the maximum. Down times of 1–3 ticks are then about
     * as common as ones of 20–40, where a uniform draw would almost never restart a node while the vote or append
     * it crashed in is still in flight; both draws shrink towards the shortest down time.
     */
    long restartTicks() {
        return restartTicks(crash);
    }

    /** Whether a node with writes not yet durable crashes right after the input it handled. */
    boolean shouldCrashInWriteWindow() {
        return writeWindowCrash.occurs(faults.writeWindowCrashRate());
    }

    /** How long a node crashed in a write window stays down: as {@link #restartTicks()}, from the write-window stream. */
    long writeWindowRestartTicks() {
        return restartTicks(writeWindowCrash);
    }

    /** Whether a node with writes not yet durable is cut off from every other node right after the input it handled. */
    boolean shouldIsolateInWriteWindow() {
        return writeWindowIsolation.occurs(faults.writeWindowIsolationRate());
    }

    /** How long a write-window isolation lasts, uniform in [0, maxWriteWindowIsolationTicks], from its own stream. */
    long writeWindowIsolationTicks() {
        return writeWindowIsolation.between(0, faults.maxWriteWindowIsolationTicks());
    }

    /** Whether a node that has just sent to two or more nodes is cut off from them. */
    boolean shouldCutAfterFanOut() {
        return fanOutCut.occurs(faults.fanOutCutRate());
    }

    /** How long a fan-out cut lasts, uniform in [0, maxFanOutCutTicks], from its own stream. */
    long fanOutCutTicks() {
        return fanOutCut.between(0, faults.maxFanOutCutTicks());
    }

    private long restartTicks(SimRandom crash) {
        long min = faults.minRestartAfterTicks();
        long max = faults.restartAfterTicks();
        if (min == max) {
            return max;
        }
        long span = max - min;
        int scale = (int) crash.between(0, 64 - Long.numberOfLeadingZeros(span));
        long width = scale >= 63 ? span : Math.min(span, (1L << scale) - 1);
        return min + crash.between(0, width);
    }

    /** Whether a random live node pauses after a delivered message. */
    boolean shouldPause() {
        return pause.occurs(faults.pauseRate());
    }

    /** The stream that picks which node pauses. */
    SimRandom pauseRandom() {
        return pause;
    }

    /** How long a random pause lasts, uniform in [0, maxPauseTicks]. */
    long pauseTicks() {
        return pause.between(0, faults.maxPauseTicks());
    }

    /** Whether the clocks of a random group of live nodes step forward after a delivered message. */
    boolean shouldJumpClocks() {
        return clockJump.occurs(faults.clockJumpRate());
    }

    /** The stream that picks which nodes' clocks step. */
    SimRandom clockJumpRandom() {
        return clockJump;
    }

    /** How far a clock step moves the clocks, uniform in [1, maxClockJumpTicks]. */
    long clockJumpTicks() {
        return clockJump.between(1, faults.maxClockJumpTicks());
    }

    /** A node's timer clock: exact unless drift is configured, then drift uniform in [-max, max] ppm. */
    NodeClock drawClock() {
        long max = faults.maxClockDriftPpm();
        return max == 0 ? NodeClock.EXACT : new NodeClock(0, clock.between(-max, max));
    }
}
