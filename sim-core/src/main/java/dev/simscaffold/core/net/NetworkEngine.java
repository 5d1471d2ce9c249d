package dev.simscaffold.core.net;

import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.expect.BrokenExpectationException;
import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.explore.Chooser;
import dev.simscaffold.core.explore.FaultSpans;
import dev.simscaffold.core.explore.Placer;
import dev.simscaffold.core.explore.Strategy;
import dev.simscaffold.core.explore.UniformStrategy;
import dev.simscaffold.core.model.ModelTime;
import dev.simscaffold.core.model.TimedKey;
import dev.simscaffold.core.random.RandomSource;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.storage.CrashKind;
import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.core.trace.EventKind;
import dev.simscaffold.core.trace.Trace;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The discrete-event core behind {@link SimNetwork}: pops events in (time, sequence) order and hands
 * each to its handler in one exhaustive switch over {@link NetworkEventType}, decides message faults,
 * drives the sans-IO nodes (deliveries, timers, invoked actions, the polling order), applies the
 * operator's faults (cut, crash, restart, quiesce) and records everything in the trace; random and
 * scheduled node and link faults live in {@link NodeFaults}, the machines' disks in {@link NodeDisks}.
 * The public facade adds argument checks, run bounds and the re-entrancy guard.
 *
 * @param <M> the message type
 * @param <N> the node type
 */
final class NetworkEngine<M, N extends SansIoNode<M>> {

    static final String EVENT_SPAN = "network.event";

    /** The fork a strategy's chooser draws from; a uniform strategy forks nothing. */
    static final String ORDER_FORK = "network.order";

    private static final String DESTINATION_DOWN = "(destination crashed)";

    final SimContext context;
    final FaultInjector injector;
    final Trace trace;
    final List<NodeSlot<M, N>> slots;
    final List<NodeId> ids;
    final Counters counters = new Counters();
    final EventQueue queue = new EventQueue();
    final Links links;
    final NodeFaults<M, N> faults;
    final NodeDisks<M, N> disks = new NodeDisks<>(this);
    private final List<Expectation<? super NetworkView<M>>> always;
    private final List<Expectation<? super NetworkView<M>>> sometimes;
    private final long[] reached;
    final TreeMap<NodeId, N> live = new TreeMap<>();
    private final SortedMap<NodeId, N> liveView = Collections.unmodifiableSortedMap(live);
    /** The one view every check reads; the network's nodes are all {@code N}, a {@code SansIoNode<M>}. */
    final NetworkView<M> view = new LiveView();
    private final EventQueue.Handler handler = this::handle;
    private final Supplier<Boolean> popNext = () -> queue.pop(handler);
    /** The deadline of the decision under way, for {@link #popChosen}, made once so that a decision allocates nothing. */
    private long chosenDeadline;
    private final Supplier<Boolean> popChosen = this::popChosen;
    private final BooleanSupplier shouldDrop;
    private final BooleanSupplier shouldDuplicate;
    private final boolean staleReachRestarted;
    private Chooser chooser;
    /** The strategy's placer ({@link Strategy#placer}), or null for the uniform strategy and for a chooser. */
    private Placer placer;
    /** The deadline of the event under way, for {@link #popRacing}. */
    private long racingDeadline;
    private final Supplier<Boolean> popRacing = () -> queue.popRacing(placer, racingDeadline, handler);
    /** How far past its drawn window a message may be held for the chooser ({@link Strategy#holdTicks()}). */
    private long holdTicks;
    /** Whether a message may be taken anywhere in its window ({@link Strategy#deliversInWindows()}), or only at its drawn tick. */
    private boolean windows = true;
    private EventOrder order = EventOrder.SEQUENCED;
    private SendTap<M> tap;
    private LogicalTime now;
    /**
     * The parts of the model states rendered last, given again while unchanged ({@link #modelState}); made at the
     * first model state, so that a network that is only run does not pay for it.
     */
    private ModelStateParts modelParts;

    NetworkEngine(SimContext context, FaultInjector injector, Trace trace, List<NodeSlot<M, N>> slots,
            List<Expectation<? super NetworkView<M>>> always, List<Expectation<? super NetworkView<M>>> sometimes,
            FaultSchedule schedule,
            boolean staleReachRestarted) {
        this.context = context;
        this.injector = injector;
        this.shouldDrop = injector::shouldDrop;
        this.shouldDuplicate = injector::shouldDuplicate;
        this.trace = trace;
        this.slots = slots;
        this.always = always;
        this.sometimes = sometimes;
        this.reached = new long[sometimes.size()];
        this.links = new Links(slots.size());
        this.staleReachRestarted = staleReachRestarted;
        this.now = context.now();
        List<NodeId> nodeIds = new ArrayList<>();
        slots.forEach(slot -> nodeIds.add(slot.id));
        this.ids = List.copyOf(nodeIds);
        this.faults = new NodeFaults<>(this);
        faults.enqueue(schedule);
    }

    /** Creates every node and lets it send and set timers, in id order. */
    void start() {
        for (NodeSlot<M, N> slot : slots) {
            slot.node = slot.create(slot.random, localNow(slot), this::now);
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

    /**
     * Decides the order of events: the uniform strategy keeps the plain heap pop; a strategy with a placer
     * ({@link Strategy#placer}) keeps it too and places each message in its window as it is queued
     * ({@link #placeCopy}), over the context's {@value #ORDER_FORK} fork; any other gets a chooser over that fork
     * and a queue kept sorted for it ({@link EventQueue#keepSorted()}). Called once, before the first event.
     */
    void explore(Strategy strategy) {
        if (strategy instanceof UniformStrategy) {
            return;
        }
        SimRandom order = context.fork(ORDER_FORK);
        placer = strategy.placer(order);
        if (placer != null) {
            return;
        }
        chooser = strategy.chooser(order);
        holdTicks = strategy.holdTicks();
        windows = strategy.deliversInWindows();
        queue.keepSorted();
    }

    /** Sets which orders a chooser may pick from; called once, before the first event. */
    void order(EventOrder eventOrder) {
        this.order = eventOrder;
    }

    /**
     * Pops one event (the head, or the one the strategy's chooser picks among those enabled up to
     * {@code deadline}) and handles it inside a {@value #EVENT_SPAN} span on the root stream, so the draws
     * it makes, the choice included, belong to it; returns whether it did something (stale timers etc. do not).
     */
    boolean processNext(long deadline) {
        if (placer != null && placer.replacesRaced()) {
            racingDeadline = deadline;
            return context.random().span(EVENT_SPAN, popRacing);
        }
        if (chooser == null) {
            return context.random().span(EVENT_SPAN, popNext);
        }
        chosenDeadline = deadline;
        return context.random().span(EVENT_SPAN, popChosen);
    }

    private boolean popChosen() {
        return order == EventOrder.UNSEQUENCED
                ? queue.popUnsequenced(chooser, now.ticks(), chosenDeadline, slots.size(), handler)
                : queue.popChosen(chooser, now.ticks(), chosenDeadline, slots.size(), handler);
    }

    @SuppressWarnings("unchecked")
    private boolean handle(long time, NetworkEventType type, int node, long generation, Object payload) {
        moveTo(time);
        faults.enterEpochIfDue();
        boolean real = switch (type) {
            case DELIVER -> deliver(slots.get(node), generation, (Envelope<M>) payload, false);
            case DELIVER_PARKED -> deliver(slots.get(node), generation, (Envelope<M>) payload, true);
            case TIMER -> fireTimer(slots.get(node), generation);
            case RESUME -> faults.resume(slots.get(node), generation);
            case RESTART -> faults.randomRestart(slots.get(node), generation);
            case HEAL -> faults.randomHeal(generation, (FaultEvent.Partition) payload);
            case SCHEDULED -> faults.applyScheduled(generation, (FaultEvent) payload);
            case INVOKE -> runQueued(slots.get(node), generation, (QueuedInvoke<N>) payload);
            case DISK -> disks.complete(slots.get(node), generation);
        };
        if (real) {
            counters.events++;
            checkInvariants();
        }
        return real;
    }

    /** Sets the time back (or forward) to a snapshot's, the context's with it. */
    void restoreNow(LogicalTime time) {
        now = time;
        context.restoreTime(time);
    }

    /** How often each of the network's sometimes expectations held so far, mutable, for a snapshot. */
    long[] reached() {
        return reached;
    }

    void moveTo(long ticks) {
        if (ticks != now.ticks()) {
            now = LogicalTime.of(ticks);
            context.advanceTo(now);
        }
    }

    private boolean deliver(NodeSlot<M, N> slot, long incarnation, Envelope<M> envelope, boolean parked) {
        String sender = slots.get(envelope.from()).name;
        boolean stale = slot.incarnation != incarnation;
        if (!slot.up() || (stale && !staleReachRestarted)) {
            counters.dropped++;
            trace.recordValue(now, EventKind.DROP, sender, slot.name, envelope.message(), DESTINATION_DOWN);
            return true;
        }
        if (!parked && links.blocked(envelope.from(), slot.id.index())) {
            counters.partitionBlocked++;
            trace.recordValue(now, EventKind.PARTITION_BLOCKED, sender, slot.name, envelope.message(), "");
            return true;
        }
        if (slot.paused) {
            slot.parked.addLast(envelope);
            trace.recordValue(now, EventKind.PARKED, sender, slot.name, envelope.message(), "");
            return true;
        }
        slot.delivered++;
        counters.delivered++;
        trace.recordValue(now, EventKind.DELIVER, sender, slot.name, envelope.message(),
                stale ? "(sent to incarnation " + incarnation + ")" : "");
        slot.node.handleInput(ids.get(envelope.from()), envelope.message(), localNow(slot));
        drain(slot);
        faults.startRandomFaults(slot);
        faults.strikeAfterInput(slot);
        return true;
    }

    private boolean fireTimer(NodeSlot<M, N> slot, long generation) {
        if (!slot.up() || slot.timerGeneration != generation) {
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
        faults.strikeAfterInput(slot);
        return true;
    }

    /**
     * Acts on a live node from outside, or, while it is paused, queues the action behind the messages
     * that wait for it.
     */
    void invoke(NodeSlot<M, N> slot, String label, Consumer<? super N> action) {
        if (slot.paused) {
            slot.parked.addLast(new QueuedInvoke<N>(label, action));
            trace.record(now, EventKind.INVOKE_QUEUED, slot.name, "", label);
            return;
        }
        trace.record(now, EventKind.STEP, slot.name, "", label);
        action.accept(slot.node);
        drain(slot);
    }

    private boolean runQueued(NodeSlot<M, N> slot, long incarnation, QueuedInvoke<N> queued) {
        if (!slot.up() || slot.incarnation != incarnation) {
            return false;
        }
        invoke(slot, queued.label(), queued.action());
        return true;
    }

    /** Cuts links as a partition by API, validated like a scheduled one: both ways, or only from {@code from} to {@code to}. */
    void cut(Collection<NodeId> from, Collection<NodeId> to, boolean oneWay) {
        FaultEvent.Partition p = new FaultEvent.Partition(now.ticks(), List.copyOf(from), List.copyOf(to), oneWay);
        p.from().forEach(node -> index(node, "partition side"));
        p.to().forEach(node -> index(node, "partition side"));
        faults.partition(p.from(), p.to(), oneWay);
    }

    /** Heals one partition made by {@link #cut}, validated the same way. */
    void uncut(Collection<NodeId> from, Collection<NodeId> to, boolean oneWay) {
        FaultEvent.Partition p = new FaultEvent.Partition(now.ticks(), List.copyOf(from), List.copyOf(to), oneWay);
        p.from().forEach(node -> index(node, "partition side"));
        p.to().forEach(node -> index(node, "partition side"));
        faults.heal(p.from(), p.to(), oneWay);
    }

    void crash(NodeSlot<M, N> slot) {
        if (!slot.up()) {
            throw new IllegalStateException("cannot crash " + slot.name + ": it is already crashed");
        }
        faults.crash(slot, CrashKind.PROCESS_CRASH);
    }

    void restart(NodeSlot<M, N> slot) {
        if (slot.up()) {
            throw new IllegalStateException("cannot restart " + slot.name + ": it is not crashed");
        }
        faults.restart(slot);
    }

    /**
     * Stops every fault so a liveness phase can begin: random faults off (delays stay), scheduled faults
     * cancelled, partitions healed, crashed nodes restarted, paused nodes resumed.
     */
    void quiesce() {
        injector.stopFaults();
        faults.cancelSchedule();
        trace.record(now, EventKind.NOTE, "network", "", "faults stopped");
        if (faults.partitioned()) {
            faults.healAll();
        }
        for (NodeSlot<M, N> slot : slots) {
            if (!slot.up()) {
                faults.restart(slot);
            } else if (slot.paused) {
                faults.resumeNow(slot);
            }
        }
    }

    /** Puts a tap on every send from now on, or takes it off with null. */
    void tapSends(SendTap<M> sendTap) {
        tap = sendTap;
    }

    /** Sends everything the node queued, then re-reads its deadline (the sans-IO polling order) and its disk's. */
    void drain(NodeSlot<M, N> slot) {
        slot.ran();
        N node = slot.node;
        boolean destinations = injector.faults().fanOutCutRate() > 0;
        if (destinations) {
            slot.lastDestinations.clear();
        }
        for (Optional<Transmit<M>> next = node.pollTransmit(); next.isPresent(); next = node.pollTransmit()) {
            Transmit<M> transmit = next.get();
            if (transmit.from().index() != slot.id.index()) {
                throw new IllegalStateException(slot.name + " returned a transmit from " + transmit.from()
                        + ": a node may only send as itself");
            }
            NodeId to = transmit.to();
            if (to == null || to.index() >= slots.size()) {
                index(to, "transmit destination of " + slot.name); // throws, naming the destination
            }
            if (destinations) {
                slot.lastDestinations.set(to.index());
            }
            send(slot, to.index(), transmit.message());
        }
        scheduleTimer(slot);
        disks.schedule(slot);
    }

    private void send(NodeSlot<M, N> slot, int to, M message) {
        slot.sent++;
        counters.sent++;
        NodeSlot<M, N> target = slots.get(to);
        trace.recordValue(now, EventKind.SEND, slot.name, target.name, message, "");
        if (tap != null) {
            sendTapped(slot, target, message);
            return;
        }
        transmit(slot, target, message, 0);
    }

    /** Asks the tap what becomes of the message, traces what it decided, then transmits what is left. */
    private void sendTapped(NodeSlot<M, N> slot, NodeSlot<M, N> target, M message) {
        Tapped<M> tapped = tap.onSend(slot.id, target.id, message);
        if (tapped == null) {
            transmit(slot, target, message, 0);
            return;
        }
        String by = "(" + tapped.by() + ")";
        if (tapped.copies() == 0) {
            counters.dropped++;
            counters.lost++;
            trace.recordValue(now, EventKind.DROP, slot.name, target.name, message, by);
            return;
        }
        NodeSlot<M, N> to = slots.get(index(tapped.to(), "tapped recipient"));
        if (!tapped.message().equals(message)) {
            trace.recordValue(now, EventKind.MESSAGE_CORRUPTED, slot.name, target.name, tapped.message(), by);
        }
        if (to != target) {
            trace.recordValue(now, EventKind.MISDELIVERED, slot.name, to.name, tapped.message(), by + " addressed to " + target.name);
        }
        if (tapped.extraDelayTicks() > 0) {
            trace.recordValue(now, EventKind.MESSAGE_DELAYED, slot.name, to.name, tapped.message(),
                    by + " +" + tapped.extraDelayTicks() + " ticks");
        }
        transmit(slot, to, tapped.message(), tapped.extraDelayTicks());
        if (tapped.copies() == 2) {
            counters.duplicated++;
            trace.recordValue(now, EventKind.DUPLICATE, slot.name, to.name, tapped.message(), by);
            transmit(slot, to, tapped.message(), tapped.extraDelayTicks());
        }
    }

    /** The network's own fate for a message: a partition, a random drop or duplicate, and its delay. */
    private void transmit(NodeSlot<M, N> slot, NodeSlot<M, N> target, M message, long extraDelay) {
        int to = target.id.index();
        if (links.blocked(slot.id.index(), to)) {
            counters.partitionBlocked++;
            trace.recordValue(now, EventKind.PARTITION_BLOCKED, slot.name, target.name, message, "");
            return;
        }
        if (messageFault(FaultSpans.MESSAGE_DROP, injector.faults().lossRate(), shouldDrop)) {
            counters.dropped++;
            counters.lost++;
            trace.recordValue(now, EventKind.DROP, slot.name, target.name, message, "");
            return;
        }
        Envelope<M> envelope = new Envelope<>(slot.id.index(), message);
        enqueueCopy(envelope, target, extraDelay);
        if (messageFault(FaultSpans.MESSAGE_DUPLICATE, injector.faults().duplicateRate(), shouldDuplicate)) {
            counters.duplicated++;
            trace.recordValue(now, EventKind.DUPLICATE, slot.name, target.name, message, "");
            enqueueCopy(envelope, target, extraDelay);
        }
    }

    private void enqueueCopy(Envelope<M> envelope, NodeSlot<M, N> target, long extraDelay) {
        long delay = tailDelayOrNone();
        boolean tail = delay >= 0;
        if (tail) {
            counters.tailDelayed++;
        } else {
            delay = injector.delayTicks();
        }
        long at = Math.addExact(Math.addExact(now.ticks(), extraDelay), delay);
        if (placer != null) {
            placeCopy(envelope, target, at, Math.addExact(now.ticks(), extraDelay), tail);
        } else if (chooser == null) {
            queue.push(at, NetworkEventType.DELIVER, target.id.index(), target.incarnation, envelope);
        } else if (windows) {
            long latest = Math.addExact(tail ? injector.faults().maxTailDelayTicks() : injector.faults().maxDelayTicks(), holdTicks);
            queue.pushWindow(at, Math.addExact(Math.addExact(now.ticks(), extraDelay), latest), target.id.index(), target.incarnation, envelope);
        } else {
            queue.pushWindow(at, at, target.id.index(), target.incarnation, envelope);
        }
    }

    /**
     * Queues a message where the strategy's placer puts it in its window: from {@code at}, the tick its drawn
     * delay gave, to the end of its delay range counted from {@code sent} plus the placer's hold. A message with
     * no slack draws nothing and goes at {@code at}.
     */
    private void placeCopy(Envelope<M> envelope, NodeSlot<M, N> target, long at, long sent, boolean tail) {
        long range = tail ? injector.faults().maxTailDelayTicks() : injector.faults().maxDelayTicks();
        long last = Math.max(at, Math.addExact(Math.addExact(sent, range), placer.holdTicks()));
        long placed = at == last ? at : at + placer.place(envelope.from(), target.id.index(), last - at);
        if (placer.replacesRaced()) {
            queue.pushPlaced(placed, at, last, target.id.index(), target.incarnation, envelope);
        } else {
            queue.push(placed, NetworkEventType.DELIVER, target.id.index(), target.incarnation, envelope);
        }
    }

    /**
     * A message fault's decision in its own fault span ({@link FaultSpans}), so that it counts as an injected
     * action and the shrinker removes it as a unit; a zero rate draws nothing and opens no span.
     */
    private boolean messageFault(String label, double rate, BooleanSupplier decision) {
        if (rate == 0.0) {
            return false;
        }
        RandomSource spans = context.random().source();
        spans.startSpan(label);
        try {
            return decision.getAsBoolean();
        } finally {
            spans.endSpan();
        }
    }

    /** A heavy-tail delay, or -1 for an ordinary one: the decision and the delay in one {@link FaultSpans#MESSAGE_DELAY} span. */
    private long tailDelayOrNone() {
        if (injector.faults().tailDelayRate() == 0.0) {
            return -1;
        }
        RandomSource spans = context.random().source();
        spans.startSpan(FaultSpans.MESSAGE_DELAY);
        try {
            return injector.shouldTailDelay() ? injector.tailDelayTicks() : -1;
        } finally {
            spans.endSpan();
        }
    }

    /** Re-reads a node's timer deadline against its clock, after the clock stepped ({@code NodeFaults}). */
    void rescheduleTimer(NodeSlot<M, N> slot) {
        if (slot.up()) {
            scheduleTimer(slot);
        }
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
        queue.push(at, NetworkEventType.TIMER, slot.id.index(), slot.timerGeneration, null);
    }

    LogicalTime localNow(NodeSlot<M, N> slot) {
        return slot.clock.isExact() ? now : LogicalTime.of(slot.clock.toLocal(now.ticks()));
    }


    /**
     * Checks every always expectation, then counts the sometimes expectations that hold; run after every
     * event. A check that throws is its expectation's violation.
     */
    void checkInvariants() {
        try {
            for (int i = 0; i < always.size(); i++) {
                Expectation<? super NetworkView<M>> expectation = always.get(i);
                List<String> violations = expectation.unmet(view);
                if (!violations.isEmpty()) {
                    throw violation(expectation.name(), violations);
                }
            }
            for (int i = 0; i < sometimes.size(); i++) {
                if (sometimes.get(i).holds(view)) {
                    reached[i]++;
                }
            }
        } catch (BrokenExpectationException broken) {
            throw violation(broken.expectation(), List.of(broken.getMessage()));
        }
    }

    /**
     * The network's whole state as a value, for a model checker: the time, each node (its key, or its durable
     * state while crashed) with its pause state, timer deadline and clock, the links' cut counts, and the
     * pending events in queueing order with their windows, payloads (a message as its sender's index and the
     * message, so that a checker relabelling nodes can rename the sender) and whether they are still current (a
     * generation's raw number is history, whether it matches is state). Random streams are not in it: a model
     * checker forces every draw. Each machine's disk is in it whole ({@link NodeDisk#modelState}). Under a
     * relative {@code time} (see {@link ModelTime}) every time is given relative to now, a {@link TimedKey}'s
     * times included, and now itself is left out. A node's entry or a pending event equal to one rendered before
     * is given as the same instance ({@link ModelStateParts}), so that a checker sharing states' parts finds it by
     * identity.
     */
    List<Object> modelState(Function<? super N, ?> nodeKey, ModelTime time) {
        List<Object> keys = new ArrayList<>(slots.size());
        boolean declared = true;
        for (NodeSlot<M, N> slot : slots) {
            Object key = slot.up() ? slot.modelKey(nodeKey) : List.of("crashed", slot.durableState == null ? List.of() : slot.durableState);
            declared &= slot.clock.isExact() && (slot.up() ? key instanceof TimedKey
                    : slot.durableState == null ? slot.disk == null : slot.durableState instanceof TimedKey);
            keys.add(key);
        }
        long base = time == ModelTime.RELATIVE || time == ModelTime.RELATIVE_WHERE_DECLARED && declared ? now.ticks() : 0;
        if (modelParts == null) {
            modelParts = new ModelStateParts(slots.size());
        }
        ModelStateParts parts = modelParts;
        parts.begin();
        List<Object> state = new ArrayList<>(slots.size() + 3);
        state.add(now.ticks() - base);
        for (int i = 0; i < slots.size(); i++) {
            state.add(parts.node(slots.get(i), i, keys.get(i), base));
        }
        state.add(parts.cutCounts(links.cutCounts()));
        EventQueue.PendingMapper<Object> render = (at, latest, type, node, generation, payload) ->
                parts.event(at, latest, type, node, current(type, node, generation), payload, base);
        state.add(order == EventOrder.UNSEQUENCED ? queue.pendingCanonical(render) : queue.pendingInOrder(render));
        return state;
    }

    /** Each live node's model key, cached per slot (see {@link NodeSlot#modelKey}). */
    SortedMap<NodeId, Object> modelKeys(Function<? super N, ?> nodeKey) {
        SortedMap<NodeId, Object> keys = new TreeMap<>();
        for (NodeSlot<M, N> slot : slots) {
            if (slot.up()) {
                keys.put(slot.id, slot.modelKey(nodeKey));
            }
        }
        return Collections.unmodifiableSortedMap(keys);
    }

    /** Whether a pending event's generation is its node's current one; only deliveries and timers are keyed by it. */
    private boolean current(NetworkEventType type, int node, long generation) {
        return switch (type) {
            case DELIVER, DELIVER_PARKED, RESTART, INVOKE -> slots.get(node).incarnation == generation;
            case TIMER -> slots.get(node).timerGeneration == generation;
            case RESUME -> slots.get(node).pauseGeneration == generation;
            case DISK -> slots.get(node).disk.generation == generation;
            case HEAL, SCHEDULED -> false;
        };
    }

    Map<String, Long> sometimesCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < sometimes.size(); i++) {
            counts.put(sometimes.get(i).name(), reached[i]);
        }
        return counts;
    }

    /** A missed liveness deadline, with every node's state rendered by {@code describe} (or "crashed"). */
    InvariantViolationError livenessViolation(String name, List<String> missed, Function<? super N, String> describe) {
        List<String> messages = new ArrayList<>(missed);
        for (NodeSlot<M, N> slot : slots) {
            messages.add(slot.name + (slot.up() ? (slot.paused ? " (paused): " : ": ") + describe.apply(slot.node) : ": crashed"));
        }
        return violation("liveness: " + name, messages);
    }

    InvariantViolationError violation(String name, List<String> violations) {
        trace.record(now, EventKind.VIOLATION, name, "", String.join("; ", violations));
        return new InvariantViolationError(name, violations, context.seed(), counters.events, now, trace);
    }

    int index(NodeId node, String what) {
        if (node == null) {
            throw new NullPointerException(what + " must not be null");
        }
        if (node.index() >= slots.size()) {
            throw new IllegalArgumentException("unknown node " + node + " as " + what + ": this network has nodes "
                    + NodeId.range(ids.size()));
        }
        return node.index();
    }

    /** The live nodes and the time, as they are now. */
    private final class LiveView implements NetworkView<M> {
        @Override
        @SuppressWarnings("unchecked")
        public SortedMap<NodeId, SansIoNode<M>> live() {
            return (SortedMap<NodeId, SansIoNode<M>>) liveView;
        }

        @Override
        public LogicalTime now() {
            return now;
        }

        @Override
        public String toString() {
            return "NetworkView[" + liveView.keySet() + " at " + now + "]";
        }
    }
}
