package dev.simscaffold.core.net;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.Simulation;
import dev.simscaffold.core.expect.BrokenExpectationException;
import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.expect.Kind;
import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.internal.Require;
import dev.simscaffold.core.model.ModelTime;
import dev.simscaffold.core.storage.CrashKind;
import dev.simscaffold.core.storage.SimDisk;
import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.core.trace.Coverage;
import dev.simscaffold.core.trace.Trace;
import dev.simscaffold.core.trace.TraceText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A discrete-event simulated network of {@link SansIoNode}s with a full fault model: loss,
 * duplication, uniform and heavy-tail delays (which reorder), symmetric and one-way partitions,
 * crashes with restart from durable state or a simulated disk, power losses, GC-like pauses and skewed
 * timer clocks. Faults come at
 * random from {@link NetworkFaults}, from a scripted {@link FaultSchedule}, or from calls such as
 * {@link #crash(NodeId)}; all three combine.
 *
 * <p>Events run in (time, sequence) order, so equal-time events run in the order they were created,
 * and all chance is drawn from forks of one {@link SimContext}: the same seed gives the same
 * {@link #trace()} fingerprint. Every always {@link Expectation} is checked after every event over a
 * {@link NetworkView} of the live nodes, and the first violation throws an {@link InvariantViolationError}
 * with the seed, the time and the last events. Every run loop is bounded by {@code maxEventsPerRun} and
 * fails loudly past it.
 *
 * <pre>{@code
 * SimNetwork<Msg> net = SimNetwork.nodes(5, MyNode::new)
 *         .seed(42).faults(FaultConfig.mild().network())
 *         .expect(Expectation.always("versions never go backwards", nodes -> check(nodes.all(MyNode.class))))
 *         .build();
 * net.run(1_000);
 * net.quiesce();
 * net.awaitLiveness(Expectation.eventually("all live nodes agree", nodes -> ...), 500);
 * }</pre>
 *
 * <p>The message type is inferred from the first nodes' factory; nodes of other classes with the same
 * message type (clients beside replicas) join with the builder's {@code node}/{@code nodes} methods, and
 * checks reach each class without casts through {@link NetworkView#all(Class)}.
 *
 * <p>Not thread-safe and not re-entrant: checks and nodes must not call back into the network.
 *
 * @param <M> the message type
 */
@Api(Api.Status.STABLE)
public final class SimNetwork<M> implements Simulation {

    /** The default bound on events processed by one call of a run method. */
    public static final long DEFAULT_MAX_EVENTS_PER_RUN = 50_000_000L;

    private final NetworkEngine<M, SansIoNode<M>> engine;
    private final RunLoop<M, SansIoNode<M>> loop;
    private final FaultSchedule schedule;
    private final LongSupplier stopwatch;
    private final long startedAt;

    SimNetwork(NetworkEngine<M, SansIoNode<M>> engine, FaultSchedule schedule, long maxEventsPerRun, LongSupplier stopwatch) {
        this.engine = engine;
        this.loop = new RunLoop<>(engine, maxEventsPerRun);
        this.schedule = schedule;
        this.stopwatch = stopwatch;
        this.startedAt = stopwatch == null ? 0 : stopwatch.getAsLong();
        loop.guarded(() -> {
            engine.start();
            return null;
        });
    }

    /**
     * Starts building a network with {@code count} nodes that restart fresh after a crash; their factory
     * fixes the network's message type.
     *
     * @param <M> the message type
     * @param count how many, {@code >= 1}
     * @param factory creates each node, at the start and on every restart
     * @return the builder
     */
    public static <M> SimNetworkBuilder<M> nodes(int count, NodeFactory<? extends SansIoNode<M>> factory) {
        return new SimNetworkBuilder<M>().nodes(count, factory);
    }

    /**
     * Starts building a network with {@code count} nodes restored from their {@link Durable} state after a
     * crash; their factory fixes the network's message type.
     *
     * @param <M> the message type
     * @param <D> the durable state
     * @param <N> the node type
     * @param count how many, {@code >= 1}
     * @param factory creates each node at the start and restores it on every restart
     * @return the builder
     */
    public static <M, D, N extends SansIoNode<M> & Durable<D>> SimNetworkBuilder<M> durableNodes(int count,
            DurableNodeFactory<D, N> factory) {
        return new SimNetworkBuilder<M>().durableNodes(count, factory);
    }

    /**
     * Starts building a network with {@code count} nodes whose machines have simulated disks; their factory
     * fixes the network's message type.
     *
     * @param <M> the message type
     * @param count how many, {@code >= 1}
     * @param factory creates each node with a handle on its disk and the disk's contents
     * @return the builder
     */
    public static <M> SimNetworkBuilder<M> diskNodes(int count, DiskNodeFactory<? extends StorageNode<M>> factory) {
        return new SimNetworkBuilder<M>().diskNodes(count, factory);
    }

    /**
     * Processes every event up to {@code ticks} from now, then moves the clock there.
     *
     * @param ticks how far to run, {@code >= 0}
     * @return how many events were processed
     * @throws IllegalStateException if more than {@code maxEventsPerRun} events fall in the window
     * @throws InvariantViolationError if an invariant fails
     */
    public long run(long ticks) {
        return loop.run(null, ticks, "run").events();
    }

    /**
     * Runs until {@code condition} holds over the live nodes (checked now and after every event) or
     * {@code maxTicks} have passed.
     *
     * @param condition the condition, given the live nodes and the time
     * @param maxTicks the longest to run, {@code >= 0}
     * @return whether and when the condition held
     * @throws IllegalStateException if more than {@code maxEventsPerRun} events are processed
     * @throws InvariantViolationError if an always expectation fails
     */
    public RunResult runUntil(Predicate<? super NetworkView<M>> condition, long maxTicks) {
        Objects.requireNonNull(condition, "condition must not be null");
        NetworkView<M> view = engine.view;
        return loop.run(nodes -> condition.test(view), maxTicks, "runUntil");
    }

    /**
     * Checks an eventually expectation: runs until it holds, and treats missing the deadline as a violation.
     * Call it after {@link #quiesce()}, once faults have stopped.
     *
     * @param eventually the expectation, of kind eventually
     * @param deadlineTicks how long it may take, {@code >= 0}
     * @return whether and when it held (always held)
     * @throws InvariantViolationError named {@code "liveness: <name>"} if the deadline passes first; its
     *                                 messages give what was still unmet and since when, then every node's
     *                                 {@code toString()}, or that it is crashed
     * @throws IllegalArgumentException if the expectation is not of kind eventually
     */
    public RunResult awaitLiveness(Expectation<? super NetworkView<M>> eventually, long deadlineTicks) {
        return awaitLiveness(eventually, deadlineTicks, TraceText::describe);
    }

    /**
     * Checks an eventually expectation like {@link #awaitLiveness(Expectation, long)}, rendering each node's
     * state in the failure with {@code describe} instead of {@code toString()}.
     *
     * @param eventually the expectation, of kind eventually
     * @param deadlineTicks how long it may take, {@code >= 0}
     * @param describe renders one live node's state, such as {@code node -> node.view().toString()}
     * @return whether and when it held (always held)
     * @throws InvariantViolationError named {@code "liveness: <name>"} if the deadline passes first
     * @throws IllegalArgumentException if the expectation is not of kind eventually
     */
    public RunResult awaitLiveness(Expectation<? super NetworkView<M>> eventually, long deadlineTicks,
            Function<? super SansIoNode<M>, String> describe) {
        Objects.requireNonNull(eventually, "expectation must not be null").requireKind(Kind.EVENTUALLY, "awaitLiveness");
        Objects.requireNonNull(describe, "describe must not be null");
        String name = "liveness: " + eventually.name();
        LogicalTime from = engine.now();
        UnmetSince unmet = new UnmetSince();
        RunResult result;
        try {
            result = runUntil(nodes -> unmet.holds(eventually.unmet(nodes), nodes.now()), deadlineTicks);
        } catch (BrokenExpectationException broken) {
            throw engine.violation(name, List.of(broken.getMessage()));
        }
        if (!result.held()) {
            List<String> messages = new ArrayList<>();
            messages.add("did not hold within " + deadlineTicks + " ticks (from " + from + " to " + result.time() + ", "
                    + result.events() + " events)");
            messages.addAll(unmet.report());
            throw engine.livenessViolation(eventually.name(), messages, describe);
        }
        return result;
    }

    /**
     * Processes the next event, for debuggers and step-by-step tests; skips events that have become
     * moot (a cancelled timer, a heal that was overtaken).
     *
     * @return true if an event was processed, false if none is pending
     * @throws InvariantViolationError if an invariant fails
     */
    public boolean step() {
        return loop.step();
    }

    /**
     * Cuts every link between the two sides, both ways, until {@link #heal()}.
     *
     * @param sideA one side, not empty
     * @param sideB the other side, not empty, disjoint from {@code sideA}
     */
    public void partition(Collection<NodeId> sideA, Collection<NodeId> sideB) {
        cut(sideA, sideB, false);
    }

    /**
     * Cuts the links from every node of {@code from} to every node of {@code to}; the reverse
     * direction keeps working, as with an asymmetric firewall rule.
     *
     * @param from the senders that can no longer reach {@code to}, not empty
     * @param to the receivers, not empty, disjoint from {@code from}
     */
    public void partitionOneWay(Collection<NodeId> from, Collection<NodeId> to) {
        cut(from, to, true);
    }

    private void cut(Collection<NodeId> from, Collection<NodeId> to, boolean oneWay) {
        loop.act(() -> engine.cut(from, to, oneWay));
    }

    /**
     * Heals the one partition that {@link #partition(Collection, Collection)} made with the same sides, leaving
     * every other cut in place: a link two partitions cut stays cut until both heal. Healing sides that were
     * never cut changes nothing, so a caller that partitions, then heals, then heals the same sides again is safe.
     *
     * @param sideA one side, as given to {@code partition}
     * @param sideB the other side
     */
    public void heal(Collection<NodeId> sideA, Collection<NodeId> sideB) {
        loop.act(() -> engine.uncut(sideA, sideB, false));
    }

    /** Heals every partition, whether started by API, schedule or at random. */
    public void heal() {
        loop.act(engine.faults::healAll);
    }

    /**
     * Crashes a node's process now: its volatile state, pending timers and in-flight inbound messages are
     * lost; only what it exposes through {@link Durable} survives, or, for a node with a disk, what
     * {@link CrashKind#PROCESS_CRASH} keeps (every completed write, synced or not).
     *
     * @param node the node, which must be up
     * @throws IllegalStateException if it is already crashed
     */
    public void crash(NodeId node) {
        NodeSlot<M, SansIoNode<M>> slot = slot(node);
        loop.act(() -> engine.crash(slot));
    }

    /**
     * Cuts a node's machine off power now, like a scheduled {@link FaultEvent.PowerLoss}: a live node
     * crashes and its disk keeps only what {@link CrashKind#POWER_LOSS} keeps; a crashed node's disk loses
     * the page cache. Restart it with {@link #restart(NodeId)}.
     *
     * @param node the node, up or crashed
     */
    public void powerLoss(NodeId node) {
        NodeSlot<M, SansIoNode<M>> slot = slot(node);
        loop.act(() -> engine.faults.powerLoss(slot));
    }

    /**
     * Returns a node's disk, to observe what it holds ({@link SimDisk#durableContents()} and the like) from
     * a test or invariant; nodes reach their disk only through their {@link dev.simscaffold.core.storage.StorageIo}.
     *
     * @param node the node
     * @return its machine's disk, or empty if it was added without one
     */
    public Optional<SimDisk> disk(NodeId node) {
        NodeDisk disk = slot(node).disk;
        return disk == null ? Optional.empty() : Optional.of(disk.disk);
    }

    /**
     * Re-creates a crashed node through its factory, from its durable state if it had one.
     *
     * @param node the node, which must be crashed
     * @throws IllegalStateException if it is up
     */
    public void restart(NodeId node) {
        NodeSlot<M, SansIoNode<M>> slot = slot(node);
        loop.act(() -> engine.restart(slot));
    }

    /**
     * Stalls a node like a long GC pause: it handles nothing for {@code ticks}; messages and its timer
     * wait and are handled, in arrival order, when it resumes. Pausing a paused node extends the pause.
     *
     * @param node the node, which must be up
     * @param ticks how long, {@code >= 0}
     * @throws IllegalStateException if it is crashed
     */
    public void pause(NodeId node, long ticks) {
        Require.nonNegative("pause ticks", ticks);
        NodeSlot<M, SansIoNode<M>> slot = slot(node);
        if (!slot.up()) {
            throw new IllegalStateException("cannot pause " + node + ": it is crashed");
        }
        loop.act(() -> engine.faults.pause(slot, ticks));
    }

    /**
     * Puts a {@link SendTap} on every message sent from now on, replacing any tap before it, or takes it off
     * with null: the seam for faults on one message (a corrupted payload, a misdelivery, a kind of message
     * dropped, delayed or duplicated) and for triggers on a kind of message being sent. A network without a tap
     * runs exactly as it did; a tap that returns null for a message changes nothing about it.
     *
     * @param tap the tap, or null for none
     */
    public void tapSends(SendTap<M> tap) {
        engine.tapSends(tap);
    }

    /**
     * Stops every fault so a liveness phase can begin: random faults are switched off (delays stay),
     * scheduled faults still to come are cancelled, partitions heal, crashed nodes restart and paused
     * nodes resume.
     */
    public void quiesce() {
        loop.act(engine::quiesce);
    }

    /**
     * Acts on a live node from outside the network, like a client request or an operator command, then
     * sends what it queued and checks every invariant. A paused node handles nothing, so an action on it
     * is queued (traced as {@code INVOKE_QUEUED}) behind the messages that wait for it and runs, in order,
     * when it resumes; if the node crashes first, the action is lost with them.
     *
     * @param node the node, which must be up
     * @param label what the action is, recorded in the trace (so it is part of the fingerprint)
     * @param action what to do to the node
     * @throws IllegalStateException if the node is crashed
     */
    public void invoke(NodeId node, String label, Consumer<? super SansIoNode<M>> action) {
        Objects.requireNonNull(action, "action must not be null");
        act(node, label, action);
    }

    /**
     * Acts on a live node of a known class from outside, like {@link #invoke(NodeId, String, Consumer)}, so
     * that the action needs no cast.
     *
     * @param <T> the node's class
     * @param node the node, which must be up
     * @param type the node's class
     * @param label what the action is, recorded in the trace
     * @param action what to do to the node
     * @throws IllegalStateException if the node is crashed
     * @throws IllegalArgumentException if the node is not a {@code T}
     */
    public <T> void invoke(NodeId node, Class<T> type, String label, Consumer<? super T> action) {
        Objects.requireNonNull(type, "type must not be null");
        Objects.requireNonNull(action, "action must not be null");
        SansIoNode<M> live = slot(node).node;
        if (live != null && !type.isInstance(live)) {
            throw new IllegalArgumentException("cannot invoke '" + label + "' on " + node + ": it is a "
                    + live.getClass().getSimpleName() + ", not a " + type.getSimpleName());
        }
        act(node, label, target -> action.accept(type.cast(target)));
    }

    private void act(NodeId node, String label, Consumer<? super SansIoNode<M>> action) {
        Objects.requireNonNull(label, "label must not be null");
        NodeSlot<M, SansIoNode<M>> slot = slot(node);
        if (!slot.up()) {
            throw new IllegalStateException("cannot invoke '" + label + "' on " + node + ": it is crashed");
        }
        loop.act(() -> engine.context.random().span(NetworkEngine.EVENT_SPAN, () -> {
            engine.invoke(slot, label, action);
            return null;
        }));
    }

    private NodeSlot<M, SansIoNode<M>> slot(NodeId node) {
        return engine.slots.get(engine.index(node, "node"));
    }

    /**
     * Returns a live node, to inspect its state.
     *
     * @param node the node
     * @return the node, or empty while it is crashed
     */
    public Optional<SansIoNode<M>> node(NodeId node) {
        return Optional.ofNullable(slot(node).node);
    }

    /**
     * Returns a live node as the class it is known to have, to inspect its state without a cast.
     *
     * @param <T> the node's class
     * @param node the node
     * @param type its class
     * @return the node, or empty while it is crashed
     * @throws IllegalArgumentException if the node is live but not a {@code T}
     */
    public <T> Optional<T> node(NodeId node, Class<T> type) {
        slot(node);
        return engine.view.node(node, type);
    }

    /**
     * Returns the view every check reads: the live nodes, typed access to them, and the time.
     *
     * @return the live view
     */
    public NetworkView<M> view() {
        return engine.view;
    }

    /**
     * Returns every node's id, crashed or not.
     *
     * @return the ids, in order
     */
    public List<NodeId> nodeIds() {
        return engine.ids;
    }

    /**
     * Tells whether a node is up.
     *
     * @param node the node
     * @return false while it is crashed
     */
    public boolean isUp(NodeId node) {
        return slot(node).up();
    }

    /**
     * Tells whether a node is paused.
     *
     * @param node the node
     * @return true while it is paused
     */
    public boolean isPaused(NodeId node) {
        return slot(node).paused;
    }

    /**
     * Returns how many times a node has crashed, which numbers its current incarnation.
     *
     * @param node the node
     * @return 0 for the node created at the start
     */
    public int incarnation(NodeId node) {
        return slot(node).incarnation;
    }

    /**
     * Returns the clock a node's timers run on.
     *
     * @param node the node
     * @return its clock
     */
    public NodeClock clock(NodeId node) {
        return slot(node).clock;
    }

    /**
     * Returns the network's whole state as a value, for a model checker that replays runs and merges the
     * ones that reach the same state: the time; each node's key (from {@code nodeKey}, a value such as a
     * record of its fields), or its durable state while crashed, with its pause state, timer deadline and
     * clock; each machine's disk (durable image, unsynced writes, operations in flight, completions not yet
     * polled); which links are cut; and the pending events in queueing order (under
     * {@link EventOrder#UNSEQUENCED} in an order that does not depend on it), with their windows, payloads
     * (which must be values) and whether each is still current. Random streams are not part of it: a model
     * checker forces every draw.
     *
     * @param nodeKey renders a live node's state as a value with value equality
     * @return the state, equal for two networks that will behave alike under the same draws
     */
    public List<Object> modelState(Function<? super SansIoNode<M>, ?> nodeKey) {
        return modelState(nodeKey, ModelTime.ABSOLUTE);
    }

    /**
     * Returns the network's whole state as a value like {@link #modelState(Function)}, with its times as
     * {@code time} says: under a relative one every time (the pending events' windows, deadlines, pause ends,
     * the times of each {@link dev.simscaffold.core.model.TimedKey}) relative to now and now itself left out,
     * so that two networks that differ only by a shift in time have equal states. That is sound only when the
     * nodes and the checks behave alike under such a shift (see {@link ModelTime}).
     *
     * @param nodeKey renders a live node's state as a value with value equality
     * @param time whether and when to give times relative to now
     * @return the state
     */
    public List<Object> modelState(Function<? super SansIoNode<M>, ?> nodeKey, ModelTime time) {
        Objects.requireNonNull(nodeKey, "nodeKey must not be null");
        Objects.requireNonNull(time, "time must not be null");
        return engine.modelState(nodeKey, time);
    }

    /**
     * Returns each live node's key by {@code nodeKey}, as {@link #modelState} has them: a node that has not run
     * since its key was last computed (or since the snapshot it was restored from) is not keyed again.
     *
     * @param nodeKey renders a live node's state as a value with value equality
     * @return the live nodes' keys by id
     */
    public SortedMap<NodeId, Object> modelKeys(Function<? super SansIoNode<M>, ?> nodeKey) {
        Objects.requireNonNull(nodeKey, "nodeKey must not be null");
        return engine.modelKeys(nodeKey);
    }

    /**
     * Takes the network's whole state (see {@link NetworkSnapshot}) for a model checker, copying each live node
     * with {@code copy}; the network goes on unchanged.
     *
     * @param copy returns an independent copy of a node (see {@link dev.simscaffold.core.model.ModelCopyable})
     * @return the snapshot
     */
    @Api(Api.Status.INTERNAL)
    public NetworkSnapshot snapshot(UnaryOperator<SansIoNode<M>> copy) {
        Objects.requireNonNull(copy, "copy must not be null");
        return loop.guarded(() -> NetworkSnapshot.capture(this, engine, copy));
    }

    /**
     * Puts the network back to a snapshot it took: afterwards it runs, keys and fingerprints exactly as it did
     * then. Each node is copied again with {@code copy} (unless it has not run since it was restored from the
     * same kept copy), so the snapshot can be restored any number of times.
     *
     * @param snapshot a snapshot this network took
     * @param copy returns an independent copy of a node
     * @throws IllegalArgumentException if another network took the snapshot
     */
    @Api(Api.Status.INTERNAL)
    public void restore(NetworkSnapshot snapshot, UnaryOperator<SansIoNode<M>> copy) {
        Objects.requireNonNull(snapshot, "snapshot must not be null");
        Objects.requireNonNull(copy, "copy must not be null");
        loop.guarded(() -> {
            snapshot.restore(this, engine, copy);
            return null;
        });
    }

    @Override
    public LogicalTime now() {
        return engine.now();
    }

    @Override
    public long seed() {
        return engine.context.seed();
    }

    @Override
    public SimContext context() {
        return engine.context;
    }

    /**
     * Returns the random faults in force ({@link #quiesce()} switches them off).
     *
     * @return the faults
     */
    public NetworkFaults faults() {
        return engine.injector.faults();
    }

    /**
     * Returns the scripted faults this network was built with.
     *
     * @return the schedule
     */
    public FaultSchedule schedule() {
        return schedule;
    }

    /**
     * Returns how many events are queued (including ones that will turn out moot).
     *
     * @return the count
     */
    public int pendingEvents() {
        return engine.pendingEvents();
    }

    /**
     * Returns what this run exercised: how often each fault kind fired and how often each
     * sometimes expectation held after an event.
     *
     * @return the coverage
     */
    @Override
    public Coverage coverage() {
        return Coverage.of(engine.trace, engine.sometimesCounts());
    }

    /**
     * Returns how many events have been processed (moot ones, such as cancelled timers, not counted).
     *
     * @return the count
     */
    @Override
    public long events() {
        return engine.counters.events;
    }

    @Override
    public OptionalLong elapsedNanos() {
        return stopwatch == null ? OptionalLong.empty() : OptionalLong.of(stopwatch.getAsLong() - startedAt);
    }

    /**
     * Returns a snapshot of the counters.
     *
     * @return the stats
     */
    public NetworkStats stats() {
        return engine.counters.snapshot(engine.slots);
    }

    @Override
    public Trace trace() {
        return engine.trace;
    }

    @Override
    public String toString() {
        return "SimNetwork[seed=" + seed() + ", now=" + now() + ", nodes=" + engine.ids.size()
                + ", live=" + new TreeSet<>(engine.view.live().keySet()) + "]";
    }
}
