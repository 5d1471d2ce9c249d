package dev.simscaffold.core.net;

import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.Simulation;
import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.internal.Require;
import dev.simscaffold.core.storage.CrashKind;
import dev.simscaffold.core.storage.SimDisk;
import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.core.trace.Coverage;
import dev.simscaffold.core.trace.Trace;
import dev.simscaffold.core.trace.TraceText;
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
 * {@link #trace()} fingerprint. Every {@link NetworkInvariant} is checked after every event, and the
 * first violation throws an {@link InvariantViolationError} with the seed, the time and the last
 * events. Every run loop is bounded by {@code maxEventsPerRun} and fails loudly past it.
 *
 * <pre>{@code
 * SimNetwork<Msg, MyNode> net = SimNetwork.<Msg, MyNode>builder()
 *         .seed(42).nodes(5, MyNode::new).faults(FaultConfig.mild().network())
 *         .invariant(NetworkInvariant.of("versions never go backwards", check))
 *         .build();
 * net.run(1_000);
 * net.quiesce();
 * net.awaitLiveness(Liveness.of("all live nodes agree", nodes -> ...), 500);
 * }</pre>
 *
 * <p>Not thread-safe and not re-entrant: invariants and nodes must not call back into the network.
 *
 * @param <M> the message type
 * @param <N> the node type
 */
public final class SimNetwork<M, N extends SansIoNode<M>> implements Simulation {

    /** The default bound on events processed by one call of a run method. */
    public static final long DEFAULT_MAX_EVENTS_PER_RUN = 50_000_000L;

    private final NetworkEngine<M, N> engine;
    private final RunLoop<M, N> loop;
    private final FaultSchedule schedule;
    private final LongSupplier stopwatch;
    private final long startedAt;

    SimNetwork(NetworkEngine<M, N> engine, FaultSchedule schedule, long maxEventsPerRun, LongSupplier stopwatch) {
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
     * Starts building a network.
     *
     * @param <M> the message type
     * @param <N> the node type
     * @return the builder
     */
    public static <M, N extends SansIoNode<M>> SimNetworkBuilder<M, N> builder() {
        return new SimNetworkBuilder<>();
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
     * @param condition the condition, given every live node ordered by id
     * @param maxTicks the longest to run, {@code >= 0}
     * @return whether and when the condition held
     * @throws IllegalStateException if more than {@code maxEventsPerRun} events are processed
     * @throws InvariantViolationError if an invariant fails
     */
    public RunResult runUntil(Predicate<? super SortedMap<NodeId, N>> condition, long maxTicks) {
        return loop.run(Objects.requireNonNull(condition, "condition must not be null"), maxTicks, "runUntil");
    }

    /**
     * Checks a liveness property: runs until it holds, and treats missing the deadline as a violation.
     * Call it after {@link #quiesce()}, once faults have stopped.
     *
     * @param liveness the property
     * @param deadlineTicks how long it may take, {@code >= 0}
     * @return whether and when it held (always held)
     * @throws InvariantViolationError named {@code "liveness: <name>"} if the deadline passes first; its
     *                                 messages give every node's {@code toString()}, or that it is crashed
     */
    public RunResult awaitLiveness(Liveness<N> liveness, long deadlineTicks) {
        return awaitLiveness(liveness, deadlineTicks, TraceText::describe);
    }

    /**
     * Checks a liveness property like {@link #awaitLiveness(Liveness, long)}, rendering each node's state
     * in the failure with {@code describe} instead of {@code toString()}.
     *
     * @param liveness the property
     * @param deadlineTicks how long it may take, {@code >= 0}
     * @param describe renders one live node's state, such as {@code node -> node.view().toString()}
     * @return whether and when it held (always held)
     * @throws InvariantViolationError named {@code "liveness: <name>"} if the deadline passes first; its
     *                                 messages give every node's state, or that it is crashed
     */
    public RunResult awaitLiveness(Liveness<N> liveness, long deadlineTicks, Function<? super N, String> describe) {
        Objects.requireNonNull(describe, "describe must not be null");
        LogicalTime from = engine.now();
        RunResult result = runUntil(liveness.condition(), deadlineTicks);
        if (!result.held()) {
            throw engine.livenessViolation(liveness.name(), "did not hold within " + deadlineTicks + " ticks (from " + from
                    + " to " + result.time() + ", " + result.events() + " events)", describe);
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
        NodeSlot<M, N> slot = slot(node);
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
        NodeSlot<M, N> slot = slot(node);
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
        NodeSlot<M, N> slot = slot(node);
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
        NodeSlot<M, N> slot = slot(node);
        if (!slot.up()) {
            throw new IllegalStateException("cannot pause " + node + ": it is crashed");
        }
        loop.act(() -> engine.faults.pause(slot, ticks));
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
    public void invoke(NodeId node, String label, Consumer<? super N> action) {
        Objects.requireNonNull(label, "label must not be null");
        Objects.requireNonNull(action, "action must not be null");
        NodeSlot<M, N> slot = slot(node);
        if (!slot.up()) {
            throw new IllegalStateException("cannot invoke '" + label + "' on " + node + ": it is crashed");
        }
        loop.act(() -> engine.context.random().span(NetworkEngine.EVENT_SPAN, () -> {
            engine.invoke(slot, label, action);
            return null;
        }));
    }

    private NodeSlot<M, N> slot(NodeId node) {
        return engine.slots.get(engine.index(node, "node"));
    }

    /**
     * Returns a live node, to inspect its state.
     *
     * @param node the node
     * @return the node, or empty while it is crashed
     */
    public Optional<N> node(NodeId node) {
        return Optional.ofNullable(slot(node).node);
    }

    /**
     * Returns every live node, ordered by id (paused nodes included, crashed ones absent).
     *
     * @return an unmodifiable live view
     */
    public SortedMap<NodeId, N> liveNodes() {
        return engine.liveNodes();
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
     * {@link NetworkSometimes} condition held after an event.
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
                + ", live=" + new TreeSet<>(liveNodes().keySet()) + "]";
    }
}
