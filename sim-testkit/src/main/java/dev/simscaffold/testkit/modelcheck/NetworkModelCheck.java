package dev.simscaffold.testkit.modelcheck;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.expect.Kind;
import dev.simscaffold.core.model.ModelTime;
import dev.simscaffold.core.net.EventOrder;
import dev.simscaffold.core.net.NetworkView;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.SansIoNode;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.net.SimNetworkBuilder;
import dev.simscaffold.core.trace.TraceMode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Model checking of a {@link SimNetwork} of sans-IO nodes: breadth-first (shortest counterexample) or
 * depth-first (bounded) search over every run the network can make, within fault budgets.
 *
 * <p><b>Order.</b> The successors of a state are the network's enabled events (see
 * {@link dev.simscaffold.core.explore.EnabledEvent}): the checker runs the network under a strategy whose
 * chooser draws the event's index, and it branches on that draw. Every path is therefore a run the network
 * itself makes, and replays with the same trace fingerprint. Which orders exist is the network's
 * {@link EventOrder}, chosen with {@link NetworkModelCheckBuilder#eventOrder}: under {@link EventOrder#SEQUENCED}
 * (the default) events due at one tick happen in queueing order, as in a plain run; under
 * {@link EventOrder#UNSEQUENCED} in any order (a superset of runs within the same delay bounds), and a
 * counterexample replays on a network built with that order.
 *
 * <p><b>Replay.</b> A counterexample fails a test with the report of a random failure and a command that
 * replays it: the test with {@code -Dsim.path=<path>} ({@link ModelPath}), under which {@link #bfs()} and
 * {@link #dfs()} replay that path instead of searching ({@link #replay(ModelPath)}).
 *
 * <p><b>Partial-order reduction</b> ({@link NetworkModelCheckBuilder#partialOrderReduction}, under
 * {@link EventOrder#UNSEQUENCED} only) skips, by sleep sets with state caching, the transitions that lead only
 * to states reached by an equivalent interleaving: two deliveries or timers at different nodes due at the same
 * tick commute, unless one is moot or spends a loss or duplicate budget. It keeps every state, so verdicts, state counts,
 * {@code sometimes} counts and breadth-first counterexample lengths are those of the unreduced search; it cuts
 * the transitions explored, each of which costs a replay. Step checks must judge each node's change on its own
 * (a skipped transition's change is judged on an equivalent one); eventually expectations are refused with it.
 * With {@link NetworkModelCheckBuilder#persistentSets()} it also explores, in a state where a node has an event
 * due at the tick every enabled event happens at, only that node's moves ({@link PersistentSets}): fewer states,
 * keeping every terminal state at its depth and every state each node can be in, so only per-node checks
 * ({@code expectEachNode}, {@code expectEachNodeStep}) and at-end checks are allowed with it.
 *
 * <p><b>Symmetry reduction</b> ({@link NetworkModelCheckBuilder#symmetric}, under {@link EventOrder#UNSEQUENCED}
 * only) keys each state by its exact canonical form under renamings of the declared interchangeable nodes
 * (the least relabelling over every permutation), so that one state per orbit is kept; the search goes on
 * from the real state it first reached in each orbit, so its counterexamples are real runs. Eventually
 * expectations and partial-order reduction are refused with it.
 *
 * <p><b>Randomness.</b> Every random draw of the run goes to the checker: a node's draws (a gossip peer, a
 * timer's jitter) are branched on over their whole bounded domain, never merged; an unbounded draw, or one
 * wider than {@code maxBranching}, fails the check naming its stream. Message delays are modelled as
 * {@link NetworkModelCheckBuilder#messageDelays} says. By default ({@link MessageDelays#WINDOW}) they are not
 * branched on: each message is queued at its shortest delay and its window lets the order choice deliver it at
 * any point up to its longest, at the tick of whatever event comes before it, so a state's enabled events often
 * happen at different ticks and persistent sets decline it. With {@link MessageDelays#DRAWN} each message's delay
 * (and heavy tail, if the faults have one) is drawn at send time, as a random run draws it, and branched on: every
 * pending event has one tick, the runs are a superset of the window model's, and each path is still a run of the
 * network that replays with its fingerprint. Random node faults and clock skew are refused; the checker makes faults itself
 * within budgets: losses and duplicates (branched on at each send), crashes (on a disk node a process crash or
 * a power loss keeping only the fsynced image), restarts, partitions from a given set and client inputs from an
 * alphabet. A disk's latency draws are branched on and its state is part of the network's (see
 * {@link SimNetwork#modelState}); random disk faults are refused.
 *
 * <p><b>State.</b> Nodes are mutable, so a state is kept as its path and its network is rebuilt by replaying
 * the path from the start with every draw forced. Two paths reach the same state when
 * {@link SimNetwork#modelState} (the time, every node's key, the links and the pending events) and the spent
 * budgets are equal; each state is expanded once. A node's key comes from
 * {@link dev.simscaffold.core.model.ModelKeyed}, from the node being a record, or from the builder's
 * {@code nodeKey}; the network keys a node again only after it ran ({@link SimNetwork#modelKeys}). States are
 * compared whole ({@code StateKey}: the hash is computed once and only spreads them), so states whose hashes
 * collide are never merged. The search's networks keep a {@link TraceMode#COUNTS_ONLY} trace (states are told
 * apart by model state, never by fingerprint); a counterexample's path is replayed once for its fingerprint.
 *
 * <p><b>Time</b> is part of the state as far as the nodes need it. By default
 * ({@link ModelTime#RELATIVE_WHERE_DECLARED}) a state's times are keyed relative to now when every node declares
 * that it measures time only from now, by giving its key as a {@link dev.simscaffold.core.model.TimedKey} (its
 * state and its absolute times apart): states that differ only by a shift in time are then one, so a protocol's
 * states repeat as its clock moves on. Otherwise times are absolute: two states at different times are
 * different states. {@link NetworkModelCheckBuilder#absoluteTime()} keys absolute time whatever the nodes
 * declare; {@link NetworkModelCheckBuilder#timeShiftInvariant()} keys relative time whatever they declare. Time
 * is bounded by the depth (each move advances it by at most the longest delay or timer period), so a check is
 * bounded by its depth and reports {@link ModelCheckResult.Verdict#INCOMPLETE_DEPTH} when states at the bound
 * still had moves; only a state space exhausted before the bound is {@link ModelCheckResult.Verdict#HOLDS}.
 * With relative time a protocol that runs forever can have a finite state space.
 *
 * <pre>{@code
 * NetworkModelCheck.network(context -> SimNetwork.nodes(3, MyNode::new))
 *         .expect(Expectation.always("agreement", view -> check(view)))
 *         .depth(10)
 *         .build()
 *         .bfs()
 *         .assertHoldsWithinDepth();
 * }</pre>
 *
 * @param <M> the message type
 */
@Api(Api.Status.EXPERIMENTAL)
public final class NetworkModelCheck<M> {

    /** The trace mode of the search's networks: states are keyed by their model state, never by a fingerprint. */
    static final TraceMode SEARCH = TraceMode.COUNTS_ONLY;

    private final Function<SimContext, SimNetworkBuilder<M>> network;
    private final Function<? super SansIoNode<M>, ?> nodeKey;
    private final Function<? super SansIoNode<M>, ? extends SansIoNode<M>> nodeCopy;
    private final List<Action<M>> inputs;
    private final List<Action<M>> partitions;
    private final List<Expectation<? super NetworkView<M>>> expectations;
    private final Judge<M> judge;
    private final Limits limits;
    private final MessageDelays delays;
    private final long seed;
    private final ModelTime time;
    private final LongSupplier stopwatch;
    private final boolean reduction;
    private final boolean persistent;
    private final List<NodeId> symmetric;
    private final Relabelling relabelling;
    private final Consumer<Object> newStates;
    private final int deviations;

    NetworkModelCheck(NetworkModelCheckBuilder<M> builder) {
        EventOrder order = builder.eventOrder;
        Function<SimContext, SimNetworkBuilder<M>> made = builder.network;
        this.network = order == EventOrder.SEQUENCED ? made : context -> {
            SimNetworkBuilder<M> network = made.apply(context);
            return network == null ? null : network.eventOrder(order);
        };
        this.reduction = builder.reduction;
        this.persistent = builder.persistentSets;
        this.symmetric = builder.symmetric;
        this.relabelling = new Relabelling(builder.relabellings);
        this.newStates = builder.newStates;
        this.nodeKey = builder.nodeKey;
        this.nodeCopy = builder.nodeCopy;
        this.inputs = List.copyOf(builder.inputs);
        this.partitions = List.copyOf(builder.partitions);
        this.expectations = List.copyOf(builder.expectations);
        this.judge = new Judge<>(expectations, new LinkedHashMap<>(builder.stepChecks), List.copyOf(builder.atEnd));
        this.limits = builder.limits();
        this.delays = builder.messageDelays;
        this.seed = builder.seed;
        this.time = builder.time;
        this.stopwatch = builder.stopwatch;
        this.deviations = builder.deviations;
    }

    /**
     * Starts configuring a check of the networks {@code network} builds. The function receives the context
     * the checker made (its random source forces every draw, its strategy lets the checker pick each event)
     * and returns the builder without building it; the checker sets the context and trace mode and builds.
     *
     * @param <M> the message type
     * @param network makes the network's builder: nodes, faults (a non-zero loss or duplicate rate lets those
     *                budgets apply), the network's own expectations
     * @return the builder
     */
    public static <M> NetworkModelCheckBuilder<M> network(Function<SimContext, SimNetworkBuilder<M>> network) {
        return new NetworkModelCheckBuilder<>(network);
    }

    /**
     * Explores breadth-first: the first violation found is one of the shortest.
     *
     * @return the result
     */
    public ModelCheckResult<M> bfs() {
        Optional<ModelPath> path = ModelPath.requested();
        return path.isPresent() ? replay(path.get()) : deviations > 0 ? deviationBounded() : new Run(true).search();
    }

    /**
     * Explores depth-first to the depth bound: deep paths first, memory for the states seen only; a state
     * reached again by a shorter path is explored again, so nothing within the bound is missed.
     *
     * @return the result
     */
    public ModelCheckResult<M> dfs() {
        Optional<ModelPath> path = ModelPath.requested();
        return path.isPresent() ? replay(path.get()) : deviations > 0 ? deviationBounded() : new Run(false).search();
    }

    /**
     * The delay-bounded search {@link NetworkModelCheckBuilder#deviations} asks for, whichever of {@link #bfs()}
     * and {@link #dfs()} was called: it explores by deviations spent, then by moves (see {@link DeviationSearch}).
     */
    private ModelCheckResult<M> deviationBounded() {
        Replayer<M> replayer = new Replayer<>(network, seed, limits, delays, actions());
        replayer.useSnapshots(nodeCopy == null ? null : new Snapshots<>(nodeCopy));
        return new DeviationSearch<>(replayer, judge, nodeKey, time, limits, deviations, stopwatch, this::replayToEnd).search();
    }

    /**
     * Replays one path instead of searching, judging every expectation at each of its states as the search
     * does: what {@link #bfs()} and {@link #dfs()} do when {@code -Dsim.path} is set, as a counterexample's
     * replay command sets it.
     *
     * @param path the path, as a counterexample's {@link NetworkCounterexample#path()} or {@link ModelPath#parse}
     * @return a {@link ModelCheckResult.Verdict#VIOLATED} result with the path's counterexample
     * @throws AssertionError naming the move when the path no longer applies to the code, or saying that no
     *         expectation broke on it
     */
    public ModelCheckResult<M> replay(ModelPath path) {
        return new PathReplay<>(network, seed, limits, delays, actions(), expectations, judge, nodeKey, time).check(path);
    }

    /** The bookkeeping of one search. */
    private final class Run {
        private final boolean breadthFirst;
        private final long started = stopwatch == null ? 0 : stopwatch.getAsLong();
        private final Map<StateKey, Integer> seen = new HashMap<>();
        private final HashConsing sharing = new HashConsing();
        private final Map<String, Long> sometimes = new LinkedHashMap<>();
        private final Replayer<M> replayer;
        private final ArrayDeque<PathNode> frontier = new ArrayDeque<>();
        private long transitions;
        private int depthCompleted;
        private int deepest;
        private boolean cutOff;
        private NetworkCounterexample<M> counterexample;
        private final List<Expectation<? super NetworkView<M>>> eventually = new ArrayList<>();
        private final Liveness liveness;
        private final Map<StateKey, Integer> ids = new HashMap<>();
        private final SleepSets sleepSets = reduction ? new SleepSets() : null;
        private final PersistentSets persistentSets = persistent ? new PersistentSets(minDelay()) : null;
        private boolean zeno;
        private NodeSymmetry symmetry;

        Run(boolean breadthFirst) {
            this.breadthFirst = breadthFirst;
            this.replayer = new Replayer<>(network, seed, limits, delays, actions());
            if (symmetric != null) {
                symmetry = new NodeSymmetry(symmetric, nodeCount(), relabelling);
            }
            replayer.useSnapshots(nodeCopy == null ? null : new Snapshots<>(nodeCopy));
            if (sleepSets != null) {
                replayer.keepEnabled();
            }
            for (Expectation<? super NetworkView<M>> expectation : expectations) {
                if (expectation.kind() == Kind.EVENTUALLY) {
                    eventually.add(expectation);
                }
            }
            this.liveness = eventually.isEmpty() ? null : new Liveness(eventually.size());
            for (Expectation<? super NetworkView<M>> expectation : expectations) {
                if (expectation.kind() == Kind.SOMETIMES) {
                    sometimes.put(expectation.name(), 0L);
                }
            }
        }

        ModelCheckResult<M> search() {
            if (!starts()) {
                return result();
            }
            while (!frontier.isEmpty()) {
                PathNode node = breadthFirst ? frontier.pollFirst() : frontier.pollLast();
                if (sleepSets != null) {
                    sleepSets.taskTaken(sleepSets.entry(node.key), node.depth);
                }
                if (breadthFirst && node.depth > depthCompleted) {
                    depthCompleted = node.depth;
                }
                if (node.depth >= limits.depth()) {
                    cutOff |= node.open();
                    continue;
                }
                List<PathNode> children = new ArrayList<>();
                boolean going = expand(node, children);
                node.keys = null;
                if (!going) {
                    return result();
                }
                if (!breadthFirst) {
                    for (int i = children.size() - 1; i >= 0; i--) {
                        frontier.addLast(children.get(i));
                    }
                }
            }
            if (breadthFirst && !cutOff) {
                depthCompleted = deepest;
            }
            judgeCycles();
            return result();
        }

        /** Looks for a lasso of each eventually expectation once every state is explored. */
        private void judgeCycles() {
            if (liveness == null) {
                return;
            }
            for (int i = 0; i < eventually.size(); i++) {
                Liveness.Lasso lasso = liveness.lasso(i);
                if (lasso != null) {
                    counterexample = lassoCounterexample(lasso, eventually.get(i));
                    return;
                }
                zeno |= liveness.zenoCycle(i);
            }
        }

        private NetworkCounterexample<M> lassoCounterexample(Liveness.Lasso lasso, Expectation<? super NetworkView<M>> expectation) {
            List<PathNode> cycle = new ArrayList<>();
            lasso.cycle().forEach(edge -> cycle.add(edge.move()));
            List<String> labels = new ArrayList<>();
            SimNetwork<M> closed = replayLasso(lasso.start(), cycle, TraceMode.FINGERPRINT_ONLY, labels);
            List<Move> moves = new ArrayList<>();
            lasso.start().path().forEach(step -> moves.add(step.move()));
            for (int i = 0; i < cycle.size(); i++) {
                moves.add(new Move((i == 0 ? "loop: " : "") + labels.get(i), cycle.get(i).move().draws()));
            }
            List<String> messages = new ArrayList<>(expectation.unmet(closed.view()));
            messages.add(0, "a cycle of " + cycle.size() + " moves that never meets it, back to the state after move "
                    + lasso.start().depth);
            return new NetworkCounterexample<>(moves, "liveness: " + expectation.name(), messages, closed.trace().fingerprint(),
                    ModelPath.lasso(lasso.start().path(), cycle), () -> replayLasso(lasso.start(), cycle, TraceMode.FULL, new ArrayList<>()));
        }

        /** Enumerates the start states (the draws made while the network is built); false if the search ended. */
        private boolean starts() {
            int[] prefix = new int[0];
            while (prefix != null) {
                TakenMove<M> start = TakenMove.start(replayer, prefix);
                if (!visit(start.child(), start.net(), start.violation(), null, null, Set.of())) {
                    return false;
                }
                prefix = start.nextPrefix();
            }
            return true;
        }

        /** Expands one state into {@code children}; false if the search ended (a violation or the state limit). */
        private boolean expand(PathNode node, List<PathNode> children) {
            SleepSets.Entry entry = sleepSets == null ? null : sleepSets.entry(node.key);
            if (entry == null || entry.actionsDue(node.depth)) {
                if (!expandActions(node, entry, children, false)) {
                    return false;
                }
                if (entry != null) {
                    entry.actionsExplored(node.depth);
                }
            }
            if (!node.pending) {
                return true;
            }
            if (entry != null) {
                boolean reduced = entry.reduced();
                if (!expandReduced(node, entry, children)) {
                    return false;
                }
                if (reduced && !entry.reduced()) {
                    return expandActions(node, entry, children, true) && expandReduced(node, entry, children);
                }
                return true;
            }
            int[] prefix = new int[0];
            while (prefix != null) {
                Stepped<M> stepped = stepFrom(node, prefix);
                SimNetwork<M> net = stepped.net();
                InvariantViolationError violation = stepped.violation();
                boolean happened = stepped.happened();
                DrawTape tape = replayer.tape();
                int[] values = tape.values();
                int[] bounds = tape.bounds();
                if (happened) {
                    Budgets used = node.used.afterStep(tape.lossesTaken(), tape.duplicatesTaken());
                    PathNode child = new PathNode(node, values, PathNode.NO_ACTION, replayer.lastMove(net, tape.sentFaults()), used);
                    if (!visit(child, net, violation, stepped.before(), children, null)) {
                        return false;
                    }
                }
                prefix = DrawTape.next(values, bounds);
            }
            return true;
        }

        /**
         * Expands a state's events under partial-order reduction: each enabled event that is neither asleep nor
         * explored from here (at this depth or shallower) with all its outcomes; each outcome's state inherits the
         * sleeping and explored events that commute with it (see {@link SleepSets}).
         */
        private boolean expandReduced(PathNode node, SleepSets.Entry entry, List<PathNode> children) {
            List<SleepSets.EventId> events = node.events;
            int count = events.size();
            for (int i = 0; i < count; i++) {
                SleepSets.EventId event = events.get(i);
                if (!entry.chosen(event) || entry.skips(event, node.depth)) {
                    continue;
                }
                boolean commutes = true;
                int[] prefix = count > 1 ? new int[] {i} : new int[0];
                while (prefix != null && (count == 1 || prefix[0] == i)) {
                    Stepped<M> stepped = stepFrom(node, prefix);
                    SimNetwork<M> net = stepped.net();
                    InvariantViolationError violation = stepped.violation();
                    boolean happened = stepped.happened();
                    if (!events.equals(SleepSets.name(replayer.firstEnabled(), node.now))) {
                        throw new IllegalStateException("a replayed state enabled other events than when it was first reached:"
                                + " the network is not a deterministic function of its draws");
                    }
                    DrawTape tape = replayer.tape();
                    int[] values = tape.values();
                    int[] bounds = tape.bounds();
                    boolean outcomeCommutes = happened && violation == null && replayer.choices() == 1
                            && tape.lossesTaken() == 0 && tape.duplicatesTaken() == 0 && event.commutable();
                    commutes &= outcomeCommutes;
                    if (happened) {
                        Budgets used = node.used.afterStep(tape.lossesTaken(), tape.duplicatesTaken());
                        PathNode child = new PathNode(node, values, PathNode.NO_ACTION, replayer.lastMove(net, tape.sentFaults()), used);
                        Set<SleepSets.EventId> sleep = outcomeCommutes
                                ? entry.after(event, node.depth, net.now().ticks() - node.now) : Set.of();
                        if (!visit(child, net, violation, stepped.before(), children, sleep)) {
                            return false;
                        }
                        if (entry.reduced() && (!outcomeCommutes || child.due.mayCycleFrom(entry.due))) {
                            entry.widened = true;
                        }
                    }
                    prefix = DrawTape.next(values, bounds);
                }
                entry.explored(event, node.depth, commutes);
            }
            return true;
        }

        /**
         * Takes one event from {@code node}'s state with the draws {@code prefix} forces (smallest values past
         * them): the network after it, each node's key before it, and the invariant violation it raised, if any.
         */
        private Stepped<M> stepFrom(PathNode node, int[] prefix) {
            SimNetwork<M> net = replayer.replay(node, SEARCH);
            SortedMap<NodeId, Object> before = keysBefore(node, net);
            try {
                return new Stepped<>(net, before, null, replayer.step(net, prefix, true, node.used));
            } catch (InvariantViolationError broken) {
                return new Stepped<>(net, before, broken, true);
            }
        }

        /**
         * Expands a state's moves from outside (with persistent sets, those in the state's set, or with
         * {@code outside} those that were not, once the set was widened); false if the search ended.
         */
        private boolean expandActions(PathNode node, SleepSets.Entry entry, List<PathNode> children, boolean outside) {
            for (int k = 0; k < node.applicable.size(); k++) {
                if (entry != null && (outside ? entry.inSet(k) : entry.reduced() && !entry.inSet(k))) {
                    continue;
                }
                int index = node.applicable.get(k);
                int[] prefix = new int[0];
                while (prefix != null) {
                    TakenMove<M> move = TakenMove.action(replayer, node, index, prefix, this::keysBefore);
                    if (!visit(move.child(), move.net(), move.violation(), move.before(), children, Set.of())) {
                        return false;
                    }
                    prefix = move.nextPrefix();
                }
            }
            return true;
        }

        /**
         * Checks a state just reached and, if it is new, keeps it for expansion; false if the search ended.
         * The state's applicable actions and whether it has pending events are read while its network exists.
         * Under partial-order reduction {@code sleep} is the state's sleep set on this path (else null).
         */
        private boolean visit(PathNode child, SimNetwork<M> net, InvariantViolationError violation,
                SortedMap<NodeId, Object> before, List<PathNode> children, Set<SleepSets.EventId> sleep) {
            transitions++;
            if (violation != null) {
                counterexample = counterexample(child, violation.invariant(), violation.violations());
                return false;
            }
            if (before != null && judge.checksSteps()) {
                Optional<Judge.Broken> broken = judge.move(before, keys(net));
                if (broken.isPresent()) {
                    counterexample = counterexample(child, broken.get().name(), broken.get().violations());
                    return false;
                }
            }
            List<Object> state = net.modelState(nodeKey, time);
            if (persistentSets != null) {
                child.due = PersistentSets.Due.of(state, limits.inputs() - child.used.inputs());
            }
            StateKey key = new StateKey(sharing.shareState(symmetry == null ? state : symmetry.canonical(state)),
                    sharing.share(child.used));
            child.now = net.now().ticks();
            Integer seenAt = seen.putIfAbsent(key, child.depth);
            if (liveness != null) {
                child.id = liveState(key, child, net);
                if (child.parent != null) {
                    liveness.edge(child.parent.id, child.id, child.now - child.parent.now, child);
                }
            }
            if (seenAt != null && (breadthFirst || seenAt <= child.depth)) {
                if (sleepSets != null && child.depth < limits.depth() && sleepSets.reachedAgain(key, sleep, child.depth)) {
                    SleepSets.Entry entry = sleepSets.entry(key);
                    child.key = key;
                    child.pending = entry.pending;
                    child.applicable = entry.applicable;
                    child.events = enabledEvents(net, child);
                    queue(child, entry, children);
                }
                return true;
            }
            if (seenAt != null) {
                seen.put(key, child.depth);
            } else if (newStates != null) {
                newStates.accept(key.value());
            }
            deepest = Math.max(deepest, child.depth);
            Optional<Judge.Broken> broken = judge.state(net.view(), seenAt == null ? sometimes : null);
            if (broken.isPresent()) {
                counterexample = counterexample(child, broken.get().name(), broken.get().violations());
                return false;
            }
            child.pending = net.pendingEvents() > 0;
            child.applicable = replayer.applicableActions(net, child.used);
            if (!child.open()) {
                Expectation<? super NetworkView<M>> missed = liveness == null || liveness.unmet(child.id) == 0 ? null
                        : eventually.get(Integer.numberOfTrailingZeros(liveness.unmet(child.id)));
                Optional<Judge.Broken> ended = judge.end(net.view(), missed);
                if (ended.isPresent()) {
                    counterexample = counterexample(child, ended.get().name(), ended.get().violations());
                    return false;
                }
            }
            replayer.keep(child, net);
            SleepSets.Entry entry = null;
            if (sleepSets != null) {
                entry = sleepSets.enter(key, sleep);
                entry.pending = child.pending;
                entry.applicable = child.applicable;
                child.key = key;
                if (child.pending && child.depth < limits.depth()) {
                    child.events = enabledEvents(net, child);
                    entry.enabled = entry.enabled.isEmpty() ? child.events : entry.enabled;
                }
                if (persistentSets != null && !entry.decided && child.depth < limits.depth()) {
                    entry.decided = true;
                    entry.due = child.due;
                    entry.choice = persistentSets.choose(offer(child, state));
                }
            }
            queue(child, entry, children);
            return seen.size() < limits.maxStates();
        }

        /** What a state offers to its persistent set: its events, where its actions go, what rules a set out. */
        private PersistentSets.Offer offer(PathNode state, List<Object> modelState) {
            List<Integer> inputNodes = new ArrayList<>();
            boolean global = false;
            for (int index : state.applicable) {
                if (replayer.actions().get(index) instanceof Action.Input<M> input) {
                    inputNodes.add(input.node().index());
                } else {
                    inputNodes.add(-1);
                    global = true;
                }
            }
            boolean faultsLeft = state.used.losses() < limits.losses() || state.used.duplicates() < limits.duplicates();
            return new PersistentSets.Offer(state.events, inputNodes, global, PersistentSets.staleTimer(modelState), faultsLeft);
        }

        /** Keeps a state for expansion: at the frontier's end (breadth-first, or a start) or among {@code children}. */
        private void queue(PathNode child, SleepSets.Entry entry, List<PathNode> children) {
            if (entry != null) {
                sleepSets.taskQueued(entry, child.depth);
            }
            if (children == null || breadthFirst) {
                frontier.addLast(child);
            } else {
                children.add(child);
            }
        }

        /**
         * Names a state's enabled events by taking one step of its network (which is not used again): the
         * chooser sees them in the order the expansion's draws index.
         */
        private List<SleepSets.EventId> enabledEvents(SimNetwork<M> net, PathNode state) {
            try {
                replayer.step(net, new int[0], true, state.used);
            } catch (InvariantViolationError found) {
                // the expansion takes this step again and reports the violation there
            }
            return SleepSets.name(replayer.firstEnabled(), state.now);
        }

        /** The state's id in the liveness graph, registering it with the eventually expectations it misses. */
        private int liveState(StateKey key, PathNode node, SimNetwork<M> net) {
            Integer id = ids.get(key);
            if (id != null) {
                return id;
            }
            int mask = 0;
            for (int i = 0; i < eventually.size(); i++) {
                if (!eventually.get(i).holds(net.view())) {
                    mask |= 1 << i;
                }
            }
            int fresh = liveness.state(node, mask);
            ids.put(key, fresh);
            return fresh;
        }

        /** The node keys of {@code node}'s state, for step checks: taken from its network once per expansion. */
        private SortedMap<NodeId, Object> keysBefore(PathNode node, SimNetwork<M> net) {
            if (node.keys == null) {
                node.keys = keys(net);
            }
            return node.keys;
        }

        private SortedMap<NodeId, Object> keys(SimNetwork<M> net) {
            if (!judge.checksSteps()) {
                return null;
            }
            return net.modelKeys(nodeKey);
        }

        /**
         * The counterexample ending at {@code node}. The search keeps no fingerprint ({@link #SEARCH}), so its
         * run is replayed once here for the fingerprint, the one the printed replay reproduces.
         */
        private NetworkCounterexample<M> counterexample(PathNode node, String name, List<String> violations) {
            List<Move> moves = new ArrayList<>();
            node.path().forEach(step -> moves.add(step.move()));
            long fingerprint;
            try {
                fingerprint = replayToEnd(node, TraceMode.FINGERPRINT_ONLY).trace().fingerprint();
            } catch (InvariantViolationError atStart) {
                fingerprint = atStart.trace().fingerprint();
            }
            return new NetworkCounterexample<>(moves, name, violations, fingerprint, ModelPath.of(node.path()),
                    () -> replayToEnd(node, TraceMode.FULL));
        }

        private ModelCheckResult<M> result() {
            ModelCheckResult.Verdict verdict = counterexample != null ? ModelCheckResult.Verdict.VIOLATED
                    : seen.size() >= limits.maxStates() && !frontier.isEmpty() ? ModelCheckResult.Verdict.INCOMPLETE_STATES
                    : cutOff ? ModelCheckResult.Verdict.INCOMPLETE_DEPTH
                    : zeno ? ModelCheckResult.Verdict.INCOMPLETE_LIVENESS
                    : ModelCheckResult.Verdict.HOLDS;
            OptionalLong elapsed = stopwatch == null ? OptionalLong.empty() : OptionalLong.of(stopwatch.getAsLong() - started);
            return new ModelCheckResult<>(verdict, seen.size(), transitions, breadthFirst ? depthCompleted : deepest,
                    Optional.ofNullable(counterexample), sometimes, replayer.replayedMoves, elapsed);
        }
    }

    /**
     * Replays a lasso: the path to the cycle's first state, then the cycle's moves with their draws, naming each
     * move in {@code labels} as it happens here (a cycle's moves were found from states equal up to a shift in
     * time); checks that the cycle closes (the network is back in a state with the same key).
     */
    private SimNetwork<M> replayLasso(PathNode start, List<PathNode> cycle, TraceMode mode, List<String> labels) {
        Replayer<M> replayer = new Replayer<>(network, seed, limits, delays, actions());
        SimNetwork<M> net = replayer.replay(start, mode);
        Object before = net.modelState(nodeKey, time);
        for (PathNode move : cycle) {
            if (move.action == PathNode.NO_ACTION) {
                replayer.step(net, move.draws, false, move.parent.used);
                labels.add(replayer.lastLabel(net));
            } else {
                replayer.act(net, replayer.actions().get(move.action), move.draws, false, move.parent.used);
                labels.add(move.label());
            }
            replayer.tape().end();
        }
        if (!before.equals(net.modelState(nodeKey, time))) {
            throw new IllegalStateException("a lasso did not close when replayed: the node keys miss state that matters");
        }
        return net;
    }

    /**
     * Replays a counterexample with a trace in {@code mode}; a violation the network raises ends the run, kept
     * in its trace (one raised while the network is built propagates).
     */
    private SimNetwork<M> replayToEnd(PathNode node, TraceMode mode) {
        Replayer<M> replayer = new Replayer<>(network, seed, limits, delays, actions());
        if (node.parent == null) {
            return replayer.start(node.draws, false, mode);
        }
        SimNetwork<M> net = replayer.replay(node.parent, mode);
        try {
            if (node.action == PathNode.NO_ACTION) {
                replayer.step(net, node.draws, false, node.parent.used);
                replayer.tape().end();
            } else {
                replayer.act(net, replayer.actions().get(node.action), node.draws, false, node.parent.used);
                replayer.tape().end();
            }
        } catch (InvariantViolationError violation) {
            return net;
        }
        return net;
    }

    /**
     * The moves from outside: the alphabet, then crashes, power losses (nodes with a disk) and restarts of every
     * node, then partitions and heal.
     * Refuses an input or partition naming a node the network lacks.
     */
    private List<Action<M>> actions() {
        Replayer<M> probe = new Replayer<>(network, seed, limits, delays, List.of());
        SimNetwork<M> probed = probe.start(new int[0], true, TraceMode.FINGERPRINT_ONLY);
        List<NodeId> ids = probed.nodeIds();
        for (Action<M> input : inputs) {
            known(((Action.Input<M>) input).node(), ids, "input '" + input.label() + "'");
        }
        for (Action<M> partition : partitions) {
            Action.Partition<M> sides = (Action.Partition<M>) partition;
            sides.sideA().forEach(node -> known(node, ids, partition.label()));
            sides.sideB().forEach(node -> known(node, ids, partition.label()));
        }
        if (symmetric != null) {
            symmetric.forEach(node -> known(node, ids, "symmetric " + symmetric));
            NodeSymmetry.requireInterchangeable(symmetric, inputs, partitions);
        }
        List<Action<M>> all = new ArrayList<>(inputs);
        if (limits.crashes() > 0) {
            ids.forEach(id -> all.add(new Action.Crash<>(id)));
            ids.stream().filter(id -> probed.disk(id).isPresent()).forEach(id -> all.add(new Action.PowerLoss<>(id)));
            ids.forEach(id -> all.add(new Action.Restart<>(id)));
        }
        all.addAll(partitions);
        if (!partitions.isEmpty()) {
            all.add(new Action.Heal<>());
        }
        return all;
    }

    /** The network's shortest message delay: persistent sets need every message to take at least a tick. */
    private long minDelay() {
        return new Replayer<>(network, seed, limits, delays, List.of()).start(new int[0], true, TraceMode.FINGERPRINT_ONLY).faults().minDelayTicks();
    }

    private int nodeCount() {
        return new Replayer<>(network, seed, limits, delays, List.of()).start(new int[0], true, TraceMode.FINGERPRINT_ONLY).nodeIds().size();
    }

    private static void known(NodeId node, List<NodeId> ids, String where) {
        if (!ids.contains(node)) {
            throw new IllegalArgumentException(where + " names unknown node " + node + ": the network has nodes " + ids);
        }
    }

    /** One event the search took: the network after it, the node keys before it, what it violated (or null), whether anything happened. */
    private record Stepped<M>(SimNetwork<M> net, SortedMap<NodeId, Object> before, InvariantViolationError violation, boolean happened) {
    }
}
