package dev.simscaffold.core.net;

import dev.simscaffold.core.explore.FaultSpans;
import dev.simscaffold.core.fault.FaultEpochs;
import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.random.RandomSource;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.storage.CrashKind;
import dev.simscaffold.core.trace.EventKind;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The node and link faults of a {@link NetworkEngine}: crash, restart, pause and resume of nodes,
 * partitions and heals, the random faults started after deliveries, and the entries of a
 * {@link FaultSchedule}. The engine hands each queued fault event's fields to the method that handles
 * it. Generation counters (per node, and epochs for heals and the schedule) make queued fault events
 * that were overtaken harmless no-ops.
 *
 * @param <M> the message type
 * @param <N> the node type
 */
final class NodeFaults<M, N extends SansIoNode<M>> {

    private static final String NETWORK = "network";

    private final NetworkEngine<M, N> engine;
    private long healEpoch;
    private long scheduleEpoch;

    NodeFaults(NetworkEngine<M, N> engine) {
        this.engine = engine;
    }

    /** Queues every schedule entry; entries in the past apply at once. */
    void enqueue(FaultSchedule schedule) {
        for (FaultEvent event : schedule.events()) {
            engine.queue.push(Math.max(event.at(), engine.now().ticks()), NetworkEventType.SCHEDULED, 0, scheduleEpoch, event);
        }
    }

    /** The node goes down; its disk, if it has one, keeps what {@code kind} says. */
    void crash(NodeSlot<M, N> slot, CrashKind kind) {
        slot.keepDurableState();
        slot.node = null;
        slot.incarnation++;
        slot.timerGeneration++;
        slot.deadline = NodeSlot.NO_DEADLINE;
        slot.paused = false;
        slot.pauseGeneration++;
        slot.timerDueOnResume = false;
        slot.parked.clear();
        slot.crashes++;
        engine.live.remove(slot.id);
        engine.trace.record(engine.now(), EventKind.CRASH, slot.name, "", crashDetail(slot, kind));
        engine.disks.crash(slot, kind);
    }

    private static String crashDetail(NodeSlot<?, ?> slot, CrashKind kind) {
        if (kind == CrashKind.POWER_LOSS) {
            return "power loss";
        }
        return slot.durableState == null ? "" : "durable state kept";
    }

    /**
     * The node's machine loses power: a live node goes down, and the disk keeps only what
     * {@link CrashKind#POWER_LOSS} keeps; an already crashed node's disk loses its page cache.
     */
    void powerLoss(NodeSlot<M, N> slot) {
        if (slot.up()) {
            crash(slot, CrashKind.POWER_LOSS);
        } else {
            engine.disks.crash(slot, CrashKind.POWER_LOSS);
        }
    }

    void restart(NodeSlot<M, N> slot) {
        N node = slot.create(slot.incarnationRandom(), engine.localNow(slot), engine::now);
        slot.node = node;
        slot.restarts++;
        engine.live.put(slot.id, node);
        engine.trace.record(engine.now(), EventKind.RESTART, slot.name, "",
                "incarnation " + slot.incarnation + (slot.durableState == null ? "" : " from durable state"));
        engine.drain(slot);
    }

    void pause(NodeSlot<M, N> slot, long ticks) {
        long until = Math.addExact(engine.now().ticks(), ticks);
        if (!slot.paused) {
            slot.paused = true;
            slot.pauses++;
            slot.pausedUntil = until;
        } else {
            slot.pausedUntil = Math.max(slot.pausedUntil, until);
        }
        slot.pauseGeneration++;
        engine.queue.push(slot.pausedUntil, NetworkEventType.RESUME, slot.id.index(), slot.pauseGeneration, null);
        engine.trace.record(engine.now(), EventKind.PAUSE, slot.name, "", "until t=" + slot.pausedUntil);
    }

    /** Ends a pause; what waited (messages and invoked actions) is queued now, in arrival order. */
    boolean resume(NodeSlot<M, N> slot, long pauseGeneration) {
        if (!slot.up() || !slot.paused || slot.pauseGeneration != pauseGeneration) {
            return false;
        }
        slot.paused = false;
        engine.trace.record(engine.now(), EventKind.RESUME, slot.name, "", slot.parked.isEmpty() ? "" : slot.parked.size() + " queued");
        long now = engine.now().ticks();
        for (Parked parked = slot.parked.pollFirst(); parked != null; parked = slot.parked.pollFirst()) {
            NetworkEventType type = parked instanceof Envelope<?> ? NetworkEventType.DELIVER_PARKED : NetworkEventType.INVOKE;
            engine.queue.push(now, type, slot.id.index(), slot.incarnation, parked);
        }
        if (slot.timerDueOnResume) {
            slot.timerDueOnResume = false;
            engine.queue.push(now, NetworkEventType.TIMER, slot.id.index(), slot.timerGeneration, null);
        }
        engine.disks.resume(slot);
        return true;
    }

    /** Ends a pause now, as if its time had come (used when faults stop). */
    void resumeNow(NodeSlot<M, N> slot) {
        slot.pauseGeneration++;
        slot.pausedUntil = engine.now().ticks();
        engine.queue.push(engine.now().ticks(), NetworkEventType.RESUME, slot.id.index(), slot.pauseGeneration, null);
    }

    void partition(List<NodeId> from, List<NodeId> to, boolean oneWay) {
        engine.links.cut(from, to, oneWay);
        engine.counters.partitions++;
        engine.trace.record(engine.now(), EventKind.PARTITION, NETWORK, "", from + (oneWay ? " -> " : " <-> ") + to);
    }

    void healAll() {
        engine.links.healAll();
        healEpoch++;
        engine.trace.record(engine.now(), EventKind.HEAL, NETWORK, "", "all");
    }

    /** Restores the links one partition by API cut, leaving links other partitions cut. */
    void heal(List<NodeId> from, List<NodeId> to, boolean oneWay) {
        engine.links.restore(from, to, oneWay);
        engine.trace.record(engine.now(), EventKind.HEAL, NETWORK, "", from + (oneWay ? " -> " : " <-> ") + to);
    }

    boolean partitioned() {
        return engine.links.anyCut();
    }

    /** The heal and schedule epochs, which say whether a pending heal or scheduled fault is still current, for a snapshot. */
    long[] epochs() {
        return new long[] {healEpoch, scheduleEpoch};
    }

    /** Puts back the epochs {@link #epochs()} returned. */
    void restoreEpochs(long[] epochs) {
        healEpoch = epochs[0];
        scheduleEpoch = epochs[1];
    }

    /** Stops scripted faults still to come; random faults stop through the fault injector. */
    void cancelSchedule() {
        scheduleEpoch++;
    }

    /**
     * Begins a fault epoch if the current one has run out (or none has begun): the mix is drawn in a
     * {@link FaultSpans#EPOCH} span on the root stream and named in the trace. Called before every event is
     * handled, so the epoch in force is the one of the event's time; without epochs it draws and records nothing.
     */
    void enterEpochIfDue() {
        FaultInjector injector = engine.injector;
        long now = engine.now().ticks();
        if (!injector.epochDue(now)) {
            return;
        }
        RandomSource spans = engine.context.random().source();
        spans.startSpan(FaultSpans.EPOCH);
        FaultEpochs.Mix mix;
        try {
            mix = injector.enterEpoch(now);
        } finally {
            spans.endSpan();
        }
        engine.trace.record(engine.now(), EventKind.NOTE, NETWORK, "",
                "fault epoch " + injector.epochsEntered() + ": " + mix.name() + " until t=" + injector.nextEpochAt());
    }

    /**
     * Decides the random node faults after a delivery, each decision with its details in a fault span on
     * the root stream ({@link FaultSpans}), opened directly rather than through a lambda per delivery.
     *
     * @param recipient the node that has just handled the delivered message
     */
    void startRandomFaults(NodeSlot<M, N> recipient) {
        if (!engine.injector.faults().injectsNodeFaults()) {
            return;
        }
        RandomSource spans = engine.context.random().source();
        spans.startSpan(FaultSpans.PARTITION);
        try {
            if (engine.injector.shouldPartition() && engine.slots.size() >= 2) {
                randomPartition();
            }
        } finally {
            spans.endSpan();
        }
        spans.startSpan(FaultSpans.CRASH);
        try {
            if (engine.injector.shouldCrash()) {
                randomCrash(recipient);
            }
        } finally {
            spans.endSpan();
        }
        spans.startSpan(FaultSpans.PAUSE);
        try {
            if (engine.injector.shouldPause()) {
                randomPause();
            }
        } finally {
            spans.endSpan();
        }
        if (engine.injector.faults().clockJumpRate() > 0) {
            spans.startSpan(FaultSpans.CLOCK_JUMP);
            try {
                if (engine.injector.shouldJumpClocks()) {
                    randomClockJump();
                }
            } finally {
                spans.endSpan();
            }
        }
    }

    /**
     * Steps the timer clocks of a random group of live nodes forward by one drawn amount: a shuffle of the live
     * nodes cut at a size uniform in [1, live], then the step. Each node's timer is re-read against its new clock,
     * so every deadline the step passed fires now, at the same tick on every node of the group.
     */
    private void randomClockJump() {
        List<NodeId> live = new ArrayList<>(engine.live.keySet());
        if (live.isEmpty()) {
            return;
        }
        SimRandom random = engine.injector.clockJumpRandom();
        List<NodeId> shuffled = random.shuffle(live);
        List<NodeId> group = shuffled.subList(0, (int) random.between(1, shuffled.size()));
        long ticks = engine.injector.clockJumpTicks();
        for (NodeId id : group) {
            NodeSlot<M, N> slot = engine.slots.get(id.index());
            slot.clock = new NodeClock(Math.addExact(slot.clock.offsetTicks(), ticks), slot.clock.driftPpm());
            engine.trace.record(engine.now(), EventKind.CLOCK_JUMP, slot.name, "", "+" + ticks + " ticks");
            engine.rescheduleTimer(slot);
        }
    }

    /**
     * Decides the faults aimed at a node that has just handled an input (a message, a timer, a disk completion):
     * first, in a {@link FaultSpans#PARTITION} span, whether it is cut off from the nodes it has just sent to when
     * they were two or more (a fan-out cut); then, if it has writes not yet durable (in flight, or completed and not
     * fsynced), in a {@link FaultSpans#CRASH} span whether it crashes there, and if not, in a
     * {@link FaultSpans#PARTITION} span whether it is cut off from every other node there instead. Nothing is drawn
     * for a kind whose rate is zero, nor when nothing is at risk.
     *
     * @param slot the node that has just handled a message, a timer or a disk completion
     */
    void strikeAfterInput(NodeSlot<M, N> slot) {
        NetworkFaults faults = engine.injector.faults();
        if (faults.fanOutCutRate() > 0 && slot.up() && slot.lastDestinations.cardinality() >= 2) {
            RandomSource spans = engine.context.random().source();
            spans.startSpan(FaultSpans.PARTITION);
            try {
                if (engine.injector.shouldCutAfterFanOut()) {
                    cutOff(slot, destinations(slot.lastDestinations), engine.injector.fanOutCutTicks());
                    return;
                }
            } finally {
                spans.endSpan();
            }
        }
        if ((faults.writeWindowCrashRate() == 0 && faults.writeWindowIsolationRate() == 0) || !slot.up() || slot.disk == null
                || (slot.disk.disk.unsyncedWrites() == 0 && slot.disk.disk.pollTimeout().isEmpty())) {
            return;
        }
        RandomSource spans = engine.context.random().source();
        if (faults.writeWindowCrashRate() > 0) {
            spans.startSpan(FaultSpans.CRASH);
            try {
                if (engine.injector.shouldCrashInWriteWindow()) {
                    crash(slot, slot.disk.randomCrashKind());
                    long at = Math.addExact(engine.now().ticks(), engine.injector.writeWindowRestartTicks());
                    engine.queue.push(at, NetworkEventType.RESTART, slot.id.index(), slot.incarnation, null);
                    return;
                }
            } finally {
                spans.endSpan();
            }
        }
        if (faults.writeWindowIsolationRate() > 0 && engine.slots.size() >= 2) {
            spans.startSpan(FaultSpans.PARTITION);
            try {
                if (engine.injector.shouldIsolateInWriteWindow()) {
                    cutOff(slot, othersThan(slot), engine.injector.writeWindowIsolationTicks());
                }
            } finally {
                spans.endSpan();
            }
        }
    }

    /** Every node but this one, in id order. */
    private List<NodeId> othersThan(NodeSlot<M, N> slot) {
        List<NodeId> others = new ArrayList<>(engine.ids.size() - 1);
        for (NodeId id : engine.ids) {
            if (!id.equals(slot.id)) {
                others.add(id);
            }
        }
        return others;
    }

    /** The nodes a reaction sent to, in id order. */
    private List<NodeId> destinations(BitSet sent) {
        List<NodeId> nodes = new ArrayList<>(sent.cardinality());
        for (int index = sent.nextSetBit(0); index >= 0; index = sent.nextSetBit(index + 1)) {
            nodes.add(engine.ids.get(index));
        }
        return nodes;
    }

    /**
     * Cuts a node off from {@code from}, both ways, and queues the heal of exactly those links after {@code ticks},
     * as a random partition's (a later heal-all makes it a no-op).
     */
    private void cutOff(NodeSlot<M, N> slot, List<NodeId> from, long ticks) {
        FaultEvent.Partition cut = new FaultEvent.Partition(engine.now().ticks(), List.of(slot.id), from, false);
        partition(cut.from(), cut.to(), false);
        engine.queue.push(Math.addExact(engine.now().ticks(), ticks), NetworkEventType.HEAL, 0, healEpoch, cut);
    }

    private void randomPartition() {
        SimRandom random = engine.injector.partitionRandom();
        List<NodeId> shuffled = random.shuffle(engine.ids);
        int cut = (int) random.between(1, shuffled.size() - 1);
        boolean oneWay = random.chance(0.5);
        FaultEvent.Partition partition = new FaultEvent.Partition(
                engine.now().ticks(), shuffled.subList(0, cut), shuffled.subList(cut, shuffled.size()), oneWay);
        partition(partition.from(), partition.to(), oneWay);
        long heal = Math.addExact(engine.now().ticks(), engine.injector.partitionTicks());
        engine.queue.push(heal, NetworkEventType.HEAL, 0, healEpoch, partition);
    }

    boolean randomHeal(long epoch, FaultEvent.Partition partition) {
        if (epoch != healEpoch) {
            return false;
        }
        engine.links.restore(partition.from(), partition.to(), partition.oneWay());
        engine.trace.record(engine.now(), EventKind.HEAL, NETWORK, "", partition.from() + (partition.oneWay() ? " -> " : " <-> ") + partition.to());
        return true;
    }

    private void randomCrash(NodeSlot<M, N> recipient) {
        if (engine.live.isEmpty()) {
            return;
        }
        NodeSlot<M, N> slot = recipient.up() && engine.injector.crashStrikesRecipient()
                ? recipient
                : engine.slots.get(engine.injector.crashRandom().pick(new ArrayList<>(engine.live.keySet())).index());
        crash(slot, slot.disk == null ? CrashKind.PROCESS_CRASH : slot.disk.randomCrashKind());
        long at = Math.addExact(engine.now().ticks(), engine.injector.restartTicks());
        engine.queue.push(at, NetworkEventType.RESTART, slot.id.index(), slot.incarnation, null);
    }

    boolean randomRestart(NodeSlot<M, N> slot, long crashedIncarnation) {
        if (slot.up() || slot.incarnation != crashedIncarnation) {
            return false;
        }
        restart(slot);
        return true;
    }

    private void randomPause() {
        List<NodeId> candidates = new ArrayList<>();
        for (NodeSlot<M, N> slot : engine.slots) {
            if (slot.up() && !slot.paused) {
                candidates.add(slot.id);
            }
        }
        if (!candidates.isEmpty()) {
            NodeSlot<M, N> slot = engine.slots.get(engine.injector.pauseRandom().pick(candidates).index());
            pause(slot, engine.injector.pauseTicks());
        }
    }

    boolean applyScheduled(long epoch, FaultEvent event) {
        if (epoch != scheduleEpoch) {
            return false;
        }
        if (event instanceof FaultEvent.Partition p) {
            partition(p.from(), p.to(), p.oneWay());
        } else if (event instanceof FaultEvent.Heal) {
            healAll();
        } else {
            FaultEvent.NodeEvent hit = (FaultEvent.NodeEvent) event;
            applyToNode(engine.slots.get(hit.node().index()), hit);
        }
        return true;
    }

    private void applyToNode(NodeSlot<M, N> slot, FaultEvent.NodeEvent event) {
        if (event instanceof FaultEvent.Crash) {
            if (slot.up()) {
                crash(slot, CrashKind.PROCESS_CRASH);
            } else {
                skipped(event, "already crashed");
            }
        } else if (event instanceof FaultEvent.Restart) {
            if (slot.up()) {
                skipped(event, "already up");
            } else {
                restart(slot);
            }
        } else if (event instanceof FaultEvent.PowerLoss) {
            powerLoss(slot);
        } else if (slot.up()) {
            pause(slot, ((FaultEvent.Pause) event).ticks());
        } else {
            skipped(event, "crashed");
        }
    }

    private void skipped(FaultEvent event, String why) {
        engine.trace.record(engine.now(), EventKind.NOTE, NETWORK, "", "skipped scheduled '" + event + "': node " + why);
    }
}
