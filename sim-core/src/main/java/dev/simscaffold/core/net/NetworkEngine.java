package dev.simscaffold.core.net;

import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.core.trace.EventKind;
import dev.simscaffold.core.trace.Trace;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The discrete-event core behind {@link SimNetwork}: pops events in (time, sequence) order, applies
 * message and node faults, drives the sans-IO nodes and records everything in the trace. The public
 * facade adds argument checks, run bounds and re-entrancy protection.
 *
 * @param <M> the message type
 * @param <N> the node type
 */
final class NetworkEngine<M, N extends SansIoNode<M>> {

    static final int REPORT_EVENTS = 20;
    private static final String NETWORK = "network";

    final SimContext context;
    final FaultInjector injector;
    final Trace trace;
    final List<NodeSlot<M, N>> slots;
    final List<NodeId> ids;
    final Counters counters = new Counters();
    private final EventQueue queue = new EventQueue();
    private final Links links;
    private final List<NetworkInvariant<N>> invariants;
    private final TreeMap<NodeId, N> live = new TreeMap<>();
    private final SortedMap<NodeId, N> liveView = Collections.unmodifiableSortedMap(live);
    private LogicalTime now;
    private long healEpoch;
    private long scheduleEpoch;

    NetworkEngine(SimContext context, FaultInjector injector, Trace trace, List<NodeSlot<M, N>> slots,
            List<NetworkInvariant<N>> invariants, FaultSchedule schedule) {
        this.context = context;
        this.injector = injector;
        this.trace = trace;
        this.slots = slots;
        this.invariants = invariants;
        this.links = new Links(slots.size());
        this.now = context.now();
        List<NodeId> nodeIds = new ArrayList<>();
        slots.forEach(slot -> nodeIds.add(slot.id));
        this.ids = List.copyOf(nodeIds);
        for (FaultEvent event : schedule.events()) {
            queue.push(Math.max(event.at(), now.ticks()), EventQueue.SCHEDULED, 0, 0, scheduleEpoch, event);
        }
    }

    /** Creates every node and lets it send and set timers, in id order. */
    void start() {
        for (NodeSlot<M, N> slot : slots) {
            slot.node = Objects.requireNonNull(slot.factory.create(slot.id, slot.random),
                    "the factory of " + slot.name + " returned null");
            live.put(slot.id, slot.node);
        }
        for (NodeSlot<M, N> slot : slots) {
            drain(slot);
        }
        checkInvariants();
    }

    LogicalTime now() {
        return now;
    }

    SortedMap<NodeId, N> liveNodes() {
        return liveView;
    }

    boolean hasEvents() {
        return !queue.isEmpty();
    }

    long nextEventTime() {
        return queue.peekTime();
    }

    int pendingEvents() {
        return queue.size();
    }

    /** Pops one event and handles it; returns whether it did something (stale timers etc. do not). */
    boolean processNext() {
        queue.pop();
        moveTo(queue.currentTime);
        boolean real = switch (queue.currentType) {
            case EventQueue.DELIVER -> deliver(false);
            case EventQueue.DELIVER_PARKED -> deliver(true);
            case EventQueue.TIMER -> fireTimer();
            case EventQueue.RESUME -> resume();
            case EventQueue.RESTART -> randomRestart();
            case EventQueue.HEAL -> randomHeal();
            default -> applyScheduled((FaultEvent) queue.currentPayload);
        };
        if (real) {
            counters.events++;
            checkInvariants();
        }
        return real;
    }

    void moveTo(long ticks) {
        if (ticks != now.ticks()) {
            now = LogicalTime.of(ticks);
            context.advanceTo(now);
        }
    }

    private boolean deliver(boolean parked) {
        NodeSlot<M, N> slot = slots.get(queue.currentNode);
        @SuppressWarnings("unchecked")
        Envelope<M> envelope = (Envelope<M>) queue.currentPayload;
        String sender = slots.get(envelope.from()).name;
        if (!slot.up() || slot.incarnation != queue.currentGen) {
            counters.dropped++;
            trace.record(now, EventKind.DROP, sender, slot.name, envelope.detail());
            return true;
        }
        if (!parked && links.blocked(envelope.from(), queue.currentNode)) {
            counters.partitionBlocked++;
            trace.record(now, EventKind.PARTITION_BLOCKED, sender, slot.name, envelope.detail());
            return true;
        }
        if (slot.paused) {
            slot.parked.addLast(envelope);
            return true;
        }
        slot.delivered++;
        counters.delivered++;
        trace.record(now, EventKind.DELIVER, sender, slot.name, envelope.detail());
        slot.node.handleInput(ids.get(envelope.from()), envelope.message(), localNow(slot));
        drain(slot);
        startRandomFaults();
        return true;
    }

    private boolean fireTimer() {
        NodeSlot<M, N> slot = slots.get(queue.currentNode);
        if (!slot.up() || slot.timerGeneration != queue.currentGen) {
            return false;
        }
        if (slot.paused) {
            slot.timerDueOnResume = true;
            return false;
        }
        slot.deadline = NodeSlot.NO_DEADLINE;
        slot.timersFired++;
        counters.timersFired++;
        trace.record(now, EventKind.TIMER, slot.name, "", "");
        slot.node.handleTimeout(localNow(slot));
        drain(slot);
        return true;
    }

    /** Sends everything the node queued, then re-reads its deadline (the sans-IO polling order). */
    void drain(NodeSlot<M, N> slot) {
        N node = slot.node;
        for (Optional<Transmit<M>> next = node.pollTransmit(); next.isPresent(); next = node.pollTransmit()) {
            Transmit<M> transmit = next.get();
            if (transmit.from().index() != slot.id.index()) {
                throw new IllegalStateException(slot.name + " returned a transmit from " + transmit.from()
                        + ": a node may only send as itself");
            }
            send(slot, index(transmit.to(), "transmit destination of " + slot.name), transmit.message());
        }
        scheduleTimer(slot);
    }

    private void send(NodeSlot<M, N> slot, int to, M message) {
        slot.sent++;
        counters.sent++;
        String detail = String.valueOf(message);
        NodeSlot<M, N> target = slots.get(to);
        trace.record(now, EventKind.SEND, slot.name, target.name, detail);
        if (links.blocked(slot.id.index(), to)) {
            counters.partitionBlocked++;
            trace.record(now, EventKind.PARTITION_BLOCKED, slot.name, target.name, detail);
            return;
        }
        if (injector.shouldDrop()) {
            counters.dropped++;
            counters.lost++;
            trace.record(now, EventKind.DROP, slot.name, target.name, detail);
            return;
        }
        Envelope<M> envelope = new Envelope<>(slot.id.index(), message, detail);
        enqueueCopy(envelope, target);
        if (injector.shouldDuplicate()) {
            counters.duplicated++;
            trace.record(now, EventKind.DUPLICATE, slot.name, target.name, detail);
            enqueueCopy(envelope, target);
        }
    }

    private void enqueueCopy(Envelope<M> envelope, NodeSlot<M, N> target) {
        long delay;
        if (injector.shouldTailDelay()) {
            counters.tailDelayed++;
            delay = injector.tailDelayTicks();
        } else {
            delay = injector.delayTicks();
        }
        queue.push(Math.addExact(now.ticks(), delay), EventQueue.DELIVER, target.id.index(), envelope.from(),
                target.incarnation, envelope);
    }

    private void scheduleTimer(NodeSlot<M, N> slot) {
        Optional<LogicalTime> timeout = slot.node.pollTimeout();
        if (timeout.isEmpty()) {
            if (slot.deadline != NodeSlot.NO_DEADLINE) {
                slot.deadline = NodeSlot.NO_DEADLINE;
                slot.timerGeneration++;
            }
            return;
        }
        long local = timeout.get().ticks();
        long at = Math.max(now.ticks(), slot.clock.isExact() ? local : slot.clock.toNetwork(local));
        if (at == slot.deadline) {
            return;
        }
        slot.deadline = at;
        slot.timerGeneration++;
        queue.push(at, EventQueue.TIMER, slot.id.index(), slot.id.index(), slot.timerGeneration, null);
    }

    private LogicalTime localNow(NodeSlot<M, N> slot) {
        return slot.clock.isExact() ? now : LogicalTime.of(slot.clock.toLocal(now.ticks()));
    }

    void crash(NodeSlot<M, N> slot) {
        slot.durableState = slot.node instanceof Durable durable
                ? Objects.requireNonNull(durable.durableState(), slot.name + " returned null durable state")
                : null;
        slot.node = null;
        slot.incarnation++;
        slot.timerGeneration++;
        slot.deadline = NodeSlot.NO_DEADLINE;
        slot.paused = false;
        slot.pauseGeneration++;
        slot.timerDueOnResume = false;
        slot.parked.clear();
        slot.crashes++;
        live.remove(slot.id);
        trace.record(now, EventKind.CRASH, slot.name, "", slot.durableState == null ? "" : "durable state kept");
    }

    void restart(NodeSlot<M, N> slot) {
        SimRandom random = slot.incarnationRandom();
        N node = slot.durableState == null
                ? slot.factory.create(slot.id, random)
                : slot.factory.restore(slot.id, random, slot.durableState);
        slot.node = Objects.requireNonNull(node, "the factory of " + slot.name + " returned null");
        slot.restarts++;
        live.put(slot.id, node);
        trace.record(now, EventKind.RESTART, slot.name, "",
                "incarnation " + slot.incarnation + (slot.durableState == null ? "" : " from durable state"));
        drain(slot);
    }

    void pause(NodeSlot<M, N> slot, long ticks) {
        long until = Math.addExact(now.ticks(), ticks);
        if (!slot.paused) {
            slot.paused = true;
            slot.pauses++;
            slot.pausedUntil = until;
        } else {
            slot.pausedUntil = Math.max(slot.pausedUntil, until);
        }
        slot.pauseGeneration++;
        queue.push(slot.pausedUntil, EventQueue.RESUME, slot.id.index(), slot.id.index(), slot.pauseGeneration, null);
        trace.record(now, EventKind.PAUSE, slot.name, "", "until t=" + slot.pausedUntil);
    }

    private boolean resume() {
        NodeSlot<M, N> slot = slots.get(queue.currentNode);
        if (!slot.up() || !slot.paused || slot.pauseGeneration != queue.currentGen) {
            return false;
        }
        slot.paused = false;
        trace.record(now, EventKind.RESUME, slot.name, "", slot.parked.isEmpty() ? "" : slot.parked.size() + " queued");
        for (Envelope<M> envelope = slot.parked.pollFirst(); envelope != null; envelope = slot.parked.pollFirst()) {
            queue.push(now.ticks(), EventQueue.DELIVER_PARKED, slot.id.index(), envelope.from(), slot.incarnation, envelope);
        }
        if (slot.timerDueOnResume) {
            slot.timerDueOnResume = false;
            queue.push(now.ticks(), EventQueue.TIMER, slot.id.index(), slot.id.index(), slot.timerGeneration, null);
        }
        return true;
    }

    /** Ends a pause now, as if its time had come (used when faults stop). */
    void resumeNow(NodeSlot<M, N> slot) {
        slot.pauseGeneration++;
        slot.pausedUntil = now.ticks();
        queue.push(now.ticks(), EventQueue.RESUME, slot.id.index(), slot.id.index(), slot.pauseGeneration, null);
    }

    void partition(List<NodeId> from, List<NodeId> to, boolean oneWay) {
        links.cut(from, to, oneWay);
        counters.partitions++;
        trace.record(now, EventKind.PARTITION, NETWORK, "", from + (oneWay ? " -> " : " <-> ") + to);
    }

    void healAll() {
        links.healAll();
        healEpoch++;
        trace.record(now, EventKind.HEAL, NETWORK, "", "all");
    }

    boolean partitioned() {
        return links.anyCut();
    }

    /** Stops scripted faults still to come; random faults stop through the injector. */
    void cancelSchedule() {
        scheduleEpoch++;
    }

    private void startRandomFaults() {
        if (!injector.faults().injectsNodeFaults()) {
            return;
        }
        if (injector.shouldPartition() && slots.size() >= 2) {
            randomPartition();
        }
        if (injector.shouldCrash()) {
            randomCrash();
        }
        if (injector.shouldPause()) {
            randomPause();
        }
    }

    private void randomPartition() {
        SimRandom random = injector.partitionRandom();
        List<NodeId> shuffled = random.shuffle(ids);
        int cut = (int) random.between(1, shuffled.size() - 1);
        boolean oneWay = random.chance(0.5);
        FaultEvent.Partition partition = new FaultEvent.Partition(
                now.ticks(), shuffled.subList(0, cut), shuffled.subList(cut, shuffled.size()), oneWay);
        partition(partition.from(), partition.to(), oneWay);
        long heal = Math.addExact(now.ticks(), injector.partitionTicks());
        queue.push(heal, EventQueue.HEAL, 0, 0, healEpoch, partition);
    }

    private boolean randomHeal() {
        if (queue.currentGen != healEpoch) {
            return false;
        }
        FaultEvent.Partition partition = (FaultEvent.Partition) queue.currentPayload;
        links.restore(partition.from(), partition.to(), partition.oneWay());
        trace.record(now, EventKind.HEAL, NETWORK, "", partition.from() + (partition.oneWay() ? " -> " : " <-> ") + partition.to());
        return true;
    }

    private void randomCrash() {
        if (live.isEmpty()) {
            return;
        }
        NodeSlot<M, N> slot = slots.get(injector.crashRandom().pick(new ArrayList<>(live.keySet())).index());
        crash(slot);
        long at = Math.addExact(now.ticks(), injector.faults().restartAfterTicks());
        queue.push(at, EventQueue.RESTART, slot.id.index(), slot.id.index(), slot.incarnation, null);
    }

    private boolean randomRestart() {
        NodeSlot<M, N> slot = slots.get(queue.currentNode);
        if (slot.up() || slot.incarnation != queue.currentGen) {
            return false;
        }
        restart(slot);
        return true;
    }

    private void randomPause() {
        List<NodeId> candidates = new ArrayList<>();
        for (NodeSlot<M, N> slot : slots) {
            if (slot.up() && !slot.paused) {
                candidates.add(slot.id);
            }
        }
        if (!candidates.isEmpty()) {
            NodeSlot<M, N> slot = slots.get(injector.pauseRandom().pick(candidates).index());
            pause(slot, injector.pauseTicks());
        }
    }

    private boolean applyScheduled(FaultEvent event) {
        if (queue.currentGen != scheduleEpoch) {
            return false;
        }
        if (event instanceof FaultEvent.Partition p) {
            partition(p.from(), p.to(), p.oneWay());
        } else if (event instanceof FaultEvent.Heal) {
            healAll();
        } else if (event instanceof FaultEvent.Crash c) {
            NodeSlot<M, N> slot = slots.get(c.node().index());
            if (slot.up()) {
                crash(slot);
            } else {
                skipped(event, "already crashed");
            }
        } else if (event instanceof FaultEvent.Restart r) {
            NodeSlot<M, N> slot = slots.get(r.node().index());
            if (slot.up()) {
                skipped(event, "already up");
            } else {
                restart(slot);
            }
        } else {
            FaultEvent.Pause p = (FaultEvent.Pause) event;
            NodeSlot<M, N> slot = slots.get(p.node().index());
            if (slot.up()) {
                pause(slot, p.ticks());
            } else {
                skipped(event, "crashed");
            }
        }
        return true;
    }

    private void skipped(FaultEvent event, String why) {
        trace.record(now, EventKind.NOTE, NETWORK, "", "skipped scheduled '" + event + "': node " + why);
    }

    void checkInvariants() {
        for (NetworkInvariant<N> invariant : invariants) {
            List<String> violations = invariant.check(liveView, now);
            if (!violations.isEmpty()) {
                throw violation(invariant.name(), violations);
            }
        }
    }

    InvariantViolationError violation(String name, List<String> violations) {
        trace.record(now, EventKind.VIOLATION, name, "", String.join("; ", violations));
        return new InvariantViolationError(name, violations, context.seed(), counters.events, now, trace.tail(REPORT_EVENTS));
    }

    int index(NodeId node, String what) {
        if (node == null) {
            throw new NullPointerException(what + " must not be null");
        }
        if (node.index() >= slots.size()) {
            throw new IllegalArgumentException("unknown node " + node + " as " + what + ": this network has nodes "
                    + ids.get(0) + ".." + ids.get(ids.size() - 1));
        }
        return node.index();
    }
}
