package dev.simscaffold.core.net;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.explore.Strategy;
import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.fault.StorageFaults;
import dev.simscaffold.core.internal.Require;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.storage.FaultAtlas;
import dev.simscaffold.core.storage.SimDisk;
import dev.simscaffold.core.trace.Trace;
import dev.simscaffold.core.trace.TraceMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.LongSupplier;

/**
 * Configures a {@link SimNetwork}: where chance comes from (a seed or a {@link SimContext}), the nodes
 * (one factory per node: a {@link NodeFactory} for nodes that restart fresh, a {@link DurableNodeFactory}
 * for nodes restored from {@link Durable} state, a {@link DiskNodeFactory} for nodes whose machine has a
 * simulated disk), random message, node and storage faults, a fault schedule, expectations, clocks and
 * bounds. Everything is validated by {@link #build()} or earlier, with messages that name the bad value.
 *
 * <p>A builder is started by {@link SimNetwork#nodes}, {@link SimNetwork#durableNodes} or
 * {@link SimNetwork#diskNodes}, whose factory fixes the message type; nodes of other classes with the same
 * message type (clients beside replicas) are added with the methods here.
 *
 * @param <M> the message type
 */
@Api(Api.Status.STABLE)
public final class SimNetworkBuilder<M> {

    private long seed;
    private SimContext context;
    private final List<NodeMaker<SansIoNode<M>>> factories = new ArrayList<>();
    private NetworkFaults faults = NetworkFaults.NONE;
    private StorageFaults storage = StorageFaults.none();
    private int sectorBytes = SimDisk.DEFAULT_SECTOR_BYTES;
    private FaultSchedule schedule = FaultSchedule.none();
    private final List<Expectation<? super NetworkView<M>>> always = new ArrayList<>();
    private final List<Expectation<? super NetworkView<M>>> sometimes = new ArrayList<>();
    private final TreeMap<Integer, NodeClock> clocks = new TreeMap<>();
    private TraceMode traceMode = TraceMode.FULL;
    private long maxEventsPerRun = SimNetwork.DEFAULT_MAX_EVENTS_PER_RUN;
    private boolean staleMessagesReachNewIncarnation;
    private EventOrder eventOrder = EventOrder.SEQUENCED;
    private LongSupplier stopwatch;
    private Strategy strategy;

    SimNetworkBuilder() {
    }

    /**
     * Sets the seed of a fresh context (ignored if {@link #context(SimContext)} is given).
     *
     * @param seed the seed
     * @return this builder
     */
    public SimNetworkBuilder<M> seed(long seed) {
        this.seed = seed;
        return this;
    }

    /**
     * Uses an existing context, for example one whose draws a property engine records, so that every
     * fault and node decision of the run becomes shrinkable.
     *
     * @param context the context
     * @return this builder
     */
    public SimNetworkBuilder<M> context(SimContext context) {
        this.context = Objects.requireNonNull(context, "context must not be null");
        return this;
    }

    /**
     * Draws everything from a given root stream, such as one a property engine records or replays;
     * shorthand for {@code context(new SimContext(random))}.
     *
     * @param random the root stream
     * @return this builder
     */
    public SimNetworkBuilder<M> random(SimRandom random) {
        return context(new SimContext(Objects.requireNonNull(random, "random must not be null")));
    }

    /**
     * Decides among the events that could happen next with a strategy other than the context's (which is
     * {@link Strategy#uniform()} unless the context was given one, or a property's stream carries one).
     *
     * @param strategy the strategy
     * @return this builder
     */
    public SimNetworkBuilder<M> strategy(Strategy strategy) {
        this.strategy = Objects.requireNonNull(strategy, "strategy must not be null (use Strategy.uniform())");
        return this;
    }

    /**
     * Adds one node that restarts fresh after a crash; its id is the number of nodes added before it.
     *
     * @param factory creates the node, at the start and on every restart
     * @return this builder
     */
    public SimNetworkBuilder<M> node(NodeFactory<? extends SansIoNode<M>> factory) {
        factories.add(new NodeMaker.Fresh<>(Objects.requireNonNull(factory, "node factory must not be null")));
        return this;
    }

    /**
     * Adds {@code count} nodes made by the same factory, which restart fresh after a crash.
     *
     * @param count how many, {@code >= 1}
     * @param factory creates each node; it receives the node's id
     * @return this builder
     */
    public SimNetworkBuilder<M> nodes(int count, NodeFactory<? extends SansIoNode<M>> factory) {
        requireCount(count);
        for (int i = 0; i < count; i++) {
            node(factory);
        }
        return this;
    }

    /**
     * Adds one node restored after a crash from the {@link Durable} state its previous incarnation exposed.
     *
     * @param <D> the durable state
     * @param <N> the node type, a node of this network that exposes a {@code D}
     * @param factory creates the node at the start and restores it on every restart
     * @return this builder
     */
    public <D, N extends SansIoNode<M> & Durable<D>> SimNetworkBuilder<M> durableNode(DurableNodeFactory<D, N> factory) {
        factories.add(NodeMaker.Restoring.of(Objects.requireNonNull(factory, "durable node factory must not be null")));
        return this;
    }

    /**
     * Adds {@code count} nodes restored after a crash from their {@link Durable} state, made by one factory.
     *
     * @param <D> the durable state
     * @param <N> the node type, a node of this network that exposes a {@code D}
     * @param count how many, {@code >= 1}
     * @param factory creates each node at the start and restores it on every restart
     * @return this builder
     */
    public <D, N extends SansIoNode<M> & Durable<D>> SimNetworkBuilder<M> durableNodes(int count, DurableNodeFactory<D, N> factory) {
        requireCount(count);
        for (int i = 0; i < count; i++) {
            durableNode(factory);
        }
        return this;
    }

    /**
     * Adds one node whose machine has a simulated disk; its id is the number of nodes added before it.
     * The disk draws from the context's fork {@code "storage.<node>"}, records into the network's trace
     * under the node's name, and fails as {@link #storage(StorageFaults)} says.
     *
     * @param factory creates the node, at the start and on every restart, with a handle on the disk and
     *                the disk's contents to recover from
     * @return this builder
     */
    public SimNetworkBuilder<M> diskNode(DiskNodeFactory<? extends StorageNode<M>> factory) {
        factories.add(new NodeMaker.OnDisk<>(Objects.requireNonNull(factory, "disk node factory must not be null")));
        return this;
    }

    /**
     * Adds {@code count} nodes with disks, made by the same factory.
     *
     * @param count how many, {@code >= 1}
     * @param factory creates each node; it receives the node's id, a handle on its disk and its contents
     * @return this builder
     */
    public SimNetworkBuilder<M> diskNodes(int count, DiskNodeFactory<? extends StorageNode<M>> factory) {
        requireCount(count);
        for (int i = 0; i < count; i++) {
            diskNode(factory);
        }
        return this;
    }

    private static void requireCount(int count) {
        Require.atLeastOne("node count", count);
    }

    /**
     * Sets the random message and node faults.
     *
     * @param faults the faults, for example {@code FaultConfig.mild().network()}
     * @return this builder
     */
    public SimNetworkBuilder<M> faults(NetworkFaults faults) {
        this.faults = Objects.requireNonNull(faults, "faults must not be null (use NetworkFaults.NONE)");
        return this;
    }

    /**
     * Sets the random faults from a whole configuration's network and storage parts.
     *
     * @param config the configuration
     * @return this builder
     */
    public SimNetworkBuilder<M> faults(FaultConfig config) {
        Objects.requireNonNull(config, "config must not be null");
        return faults(config.network()).storage(config.storage());
    }

    /**
     * Sets the faults of every node's disk (nodes without a disk ignore them).
     *
     * @param faults the faults, for example {@code FaultConfig.hostile().storage()}
     * @return this builder
     */
    public SimNetworkBuilder<M> storage(StorageFaults faults) {
        this.storage = Objects.requireNonNull(faults, "storage faults must not be null (use StorageFaults.none())");
        return this;
    }

    /**
     * Sets the sector size of every node's disk, the unit a torn write tears at.
     *
     * @param bytes {@code >= 1}; {@value SimDisk#DEFAULT_SECTOR_BYTES} unless set
     * @return this builder
     */
    public SimNetworkBuilder<M> diskSectorBytes(int bytes) {
        Require.atLeastOne("diskSectorBytes", bytes);
        this.sectorBytes = bytes;
        return this;
    }

    /**
     * Sets the scripted faults, applied on top of the random ones.
     *
     * @param schedule the schedule; it may only name nodes of this network
     * @return this builder
     */
    public SimNetworkBuilder<M> schedule(FaultSchedule schedule) {
        this.schedule = Objects.requireNonNull(schedule, "schedule must not be null (use FaultSchedule.none())");
        return this;
    }

    /**
     * Adds an expectation over the live nodes: an always one is checked after every event, in the order
     * added, and its first violation stops the run; a sometimes one is counted after every event
     * ({@link SimNetwork#coverage()}).
     *
     * @param expectation always or sometimes; a sometimes name must be new to this network
     * @return this builder
     * @throws IllegalArgumentException for an eventually expectation, which belongs to
     *                                  {@link SimNetwork#awaitLiveness} once the faults have stopped
     */
    public SimNetworkBuilder<M> expect(Expectation<? super NetworkView<M>> expectation) {
        Objects.requireNonNull(expectation, "expectation must not be null");
        switch (expectation.kind()) {
            case ALWAYS -> always.add(expectation);
            case SOMETIMES -> {
                if (sometimes.stream().anyMatch(existing -> existing.name().equals(expectation.name()))) {
                    throw new IllegalArgumentException("a sometimes expectation named \"" + expectation.name() + "\" was already added");
                }
                sometimes.add(expectation);
            }
            case EVENTUALLY -> throw new IllegalArgumentException("the builder takes always and sometimes expectations, got "
                    + expectation + ": check it with awaitLiveness after quiesce(), when faults have stopped");
        }
        return this;
    }

    /**
     * Gives one node a skewed timer clock, overriding any drift drawn from the faults.
     *
     * @param node the node
     * @param clock its clock
     * @return this builder
     */
    public SimNetworkBuilder<M> clock(NodeId node, NodeClock clock) {
        Objects.requireNonNull(node, "node must not be null");
        clocks.put(node.index(), Objects.requireNonNull(clock, "clock must not be null"));
        return this;
    }

    /**
     * Chooses how much of the trace to keep in memory.
     *
     * @param mode {@link TraceMode#FULL} (default) or {@link TraceMode#FINGERPRINT_ONLY} for long runs
     * @return this builder
     */
    public SimNetworkBuilder<M> traceMode(TraceMode mode) {
        this.traceMode = Objects.requireNonNull(mode, "mode must not be null");
        return this;
    }

    /**
     * Bounds the events one run call may process, so a livelocked protocol fails loudly instead of
     * spinning.
     *
     * @param bound {@code >= 1}
     * @return this builder
     */
    public SimNetworkBuilder<M> maxEventsPerRun(long bound) {
        this.maxEventsPerRun = Require.atLeastOne("maxEventsPerRun", bound);
        return this;
    }

    /**
     * Lets messages that were in flight to a node when it crashed reach its next incarnation, if it has
     * restarted by the time they arrive, as with a real network that knows nothing of incarnations. Off by
     * default: such messages are dropped. Turn it on to test that a restarted node copes with stale
     * messages meant for its predecessor, a classic source of bugs.
     *
     * @param reach true to deliver them
     * @return this builder
     */
    public SimNetworkBuilder<M> staleMessagesReachNewIncarnation(boolean reach) {
        this.staleMessagesReachNewIncarnation = reach;
        return this;
    }

    /**
     * Sets which orders of the pending events a strategy's chooser may pick from; a run without a chooser is the
     * same under both. {@link EventOrder#SEQUENCED} (the default) keeps equal-time events in queueing order;
     * {@link EventOrder#UNSEQUENCED} leaves them unordered, so that events at different nodes commute, as a
     * model checker's partial-order reduction needs.
     *
     * @param order the event order
     * @return this builder
     */
    public SimNetworkBuilder<M> eventOrder(EventOrder order) {
        this.eventOrder = Objects.requireNonNull(order, "order must not be null");
        return this;
    }

    /**
     * Measures the run with a clock the caller chooses, such as {@code System::nanoTime}, so that
     * {@link SimNetwork#report()} gives the rate; the network itself never reads a clock.
     *
     * @param nanos returns a time in nanoseconds
     * @return this builder
     */
    public SimNetworkBuilder<M> stopwatch(LongSupplier nanos) {
        this.stopwatch = Objects.requireNonNull(nanos, "nanos must not be null");
        return this;
    }

    /**
     * Builds the network, creates every node and lets each send its first messages.
     *
     * @return the network
     * @throws IllegalArgumentException if the schedule or a clock names a node this network lacks
     */
    public SimNetwork<M> build() {
        int count = factories.size();
        for (NodeId node : schedule.nodes()) {
            if (node.index() >= count) {
                throw new IllegalArgumentException("the fault schedule names unknown node " + node
                        + ": this network has nodes " + NodeId.range(count));
            }
        }
        if (!clocks.isEmpty() && clocks.lastKey() >= count) {
            throw new IllegalArgumentException("a clock was set for unknown node " + NodeId.of(clocks.lastKey())
                    + ": this network has nodes " + NodeId.range(count));
        }
        SimContext ctx = context != null ? context : new SimContext(seed);
        FaultInjector injector = new FaultInjector(faults, ctx);
        Trace trace = new Trace(traceMode, Math.max(Trace.DEFAULT_TAIL, InvariantViolationError.REPORT_EVENTS));
        List<NodeSlot<M, SansIoNode<M>>> slots = new ArrayList<>(count);
        FaultAtlas atlas = storage.hasAtlas() ? atlas(ctx) : null;
        int atlasMembers = 0;
        for (int i = 0; i < count; i++) {
            NodeId id = NodeId.of(i);
            NodeClock clock = clocks.getOrDefault(i, injector.drawClock());
            NodeMaker<SansIoNode<M>> maker = factories.get(i);
            SimRandom random = ctx.fork(id.toString());
            slots.add(new NodeSlot<>(id, maker, maker.hasDisk() ? disk(ctx, id, trace, atlas, atlasMembers++) : null, random, clock));
        }
        NetworkEngine<M, SansIoNode<M>> engine = new NetworkEngine<>(ctx, injector, trace, slots, List.copyOf(always), List.copyOf(sometimes), schedule,
                staleMessagesReachNewIncarnation);
        engine.explore(strategy != null ? strategy : ctx.strategy());
        engine.order(eventOrder);
        SimNetwork<M> network = new SimNetwork<>(engine, schedule, maxEventsPerRun, stopwatch);
        trace.stateSource(engine.view::live);
        return network;
    }

    private NodeDisk disk(SimContext ctx, NodeId id, Trace trace, FaultAtlas atlas, int member) {
        SimRandom random = ctx.fork("storage." + id);
        SimDisk disk = atlas == null ? new SimDisk(id.toString(), sectorBytes, storage, random, trace)
                : new SimDisk(id.toString(), sectorBytes, storage, random, trace, atlas, member);
        return new NodeDisk(disk, random.fork("powerLoss"), storage.powerLossRate());
    }

    /** One atlas over every node with a disk, in node order; drawn from its own fork, so other streams are untouched. */
    private FaultAtlas atlas(SimContext ctx) {
        int disks = (int) factories.stream().filter(NodeMaker::hasDisk).count();
        if (disks < 2) {
            throw new IllegalArgumentException("storage.atlasRegionBytes=" + storage.atlasRegionBytes() + " asks for a fault atlas, "
                    + "which spans at least 2 disks, but this network has " + disks);
        }
        return new FaultAtlas(disks, storage.atlasRegionBytes(), storage.atlasFaultyDisks(), ctx.fork("storage.atlas"));
    }
}
