package dev.simscaffold.testkit.modelcheck;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.expect.Kind;
import dev.simscaffold.core.model.ModelKeyed;
import dev.simscaffold.core.model.ModelTime;
import dev.simscaffold.core.net.EventOrder;
import dev.simscaffold.core.net.NetworkView;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.SansIoNode;
import dev.simscaffold.core.net.SimNetworkBuilder;
import dev.simscaffold.testkit.exhaustive.Symmetry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;

/**
 * Configures a {@link NetworkModelCheck}: the node keys, the alphabet of client inputs, the fault budgets,
 * the expectations and the bounds. Every budget defaults to 0 (no such fault), the depth to
 * {@value #DEFAULT_DEPTH} and the state limit to {@value #DEFAULT_MAX_STATES}.
 *
 * @param <M> the message type
 */
@Api(Api.Status.EXPERIMENTAL)
public final class NetworkModelCheckBuilder<M> {

    /** The default depth bound, in moves. */
    public static final int DEFAULT_DEPTH = 12;
    /** The default bound on distinct states, so a check that would exhaust memory stops and says so. */
    public static final long DEFAULT_MAX_STATES = 1_000_000;
    /** The default widest random draw branched on. */
    public static final int DEFAULT_MAX_BRANCHING = 16;

    final Function<SimContext, SimNetworkBuilder<M>> network;
    Function<? super SansIoNode<M>, ?> nodeKey = NetworkModelCheckBuilder::defaultKey;
    Function<? super SansIoNode<M>, ? extends SansIoNode<M>> nodeCopy = Snapshots::copyOf;
    final List<Action<M>> inputs = new ArrayList<>();
    final List<Action<M>> partitions = new ArrayList<>();
    final List<Expectation<? super NetworkView<M>>> expectations = new ArrayList<>();
    final Map<String, StepCheck> stepChecks = new LinkedHashMap<>();
    /** The expectations and step checks that read one node at a time (see {@link #expectEachNode}). */
    final Set<Object> perNode = Collections.newSetFromMap(new IdentityHashMap<>());
    final List<Expectation<? super NetworkView<M>>> atEnd = new ArrayList<>();
    int depth = DEFAULT_DEPTH;
    long maxStates = DEFAULT_MAX_STATES;
    int maxBranching = DEFAULT_MAX_BRANCHING;
    int inputBudget;
    int crashes;
    int partitionBudget;
    int losses;
    int duplicates;
    long seed;
    ModelTime time = ModelTime.RELATIVE_WHERE_DECLARED;
    LongSupplier stopwatch;
    EventOrder eventOrder = EventOrder.SEQUENCED;
    MessageDelays messageDelays = MessageDelays.WINDOW;
    boolean reduction;
    boolean persistentSets;
    boolean trustGlobalChecks;
    List<NodeId> symmetric;
    final Map<Class<?>, BiFunction<Object, UnaryOperator<NodeId>, Object>> relabellings = new LinkedHashMap<>();
    Consumer<Object> newStates;
    /** The deviation bound of a delay-bounded search, 0 for the move-bounded one. */
    int deviations;

    NetworkModelCheckBuilder(Function<SimContext, SimNetworkBuilder<M>> network) {
        this.network = Objects.requireNonNull(network, "network must not be null");
    }

    /**
     * Says how a node's state becomes a value; by default a node that is {@link ModelKeyed} gives its key and a
     * record is its own key, and any other node is refused. A key must be a snapshot (a copy of the node's
     * map, not an unmodifiable view of it), because the node goes on changing after it was taken.
     *
     * @param key renders a live node's state as a value
     * @return this builder
     */
    public NetworkModelCheckBuilder<M> nodeKey(Function<? super SansIoNode<M>, ?> key) {
        this.nodeKey = Objects.requireNonNull(key, "key must not be null");
        return this;
    }

    /**
     * Says how a node of a known class becomes a value, without a cast; every node must be a {@code T}.
     *
     * @param <T> the node class
     * @param type the node class
     * @param key renders such a node's state as a value
     * @return this builder
     */
    public <T> NetworkModelCheckBuilder<M> nodeKey(Class<T> type, Function<? super T, ?> key) {
        Objects.requireNonNull(type, "type must not be null");
        Objects.requireNonNull(key, "key must not be null");
        this.nodeKey = node -> {
            if (!type.isInstance(node)) {
                throw new IllegalArgumentException("node " + node.getClass().getSimpleName() + " is not a " + type.getSimpleName()
                        + ", so the node key cannot read it");
            }
            return key.apply(type.cast(node));
        };
        return this;
    }

    /**
     * Says how a node of a known class is copied, so that states are kept as snapshots and restored instead of
     * replayed from the start; by default a {@link dev.simscaffold.core.model.ModelCopyable} node copies itself
     * and a network with any other node is replayed. Either way the states and verdicts are the same.
     *
     * @param <T> the node class
     * @param type the node class
     * @param copy returns an independent copy of such a node (see {@code ModelCopyable} for what to share)
     * @return this builder
     */
    public <T extends SansIoNode<M>> NetworkModelCheckBuilder<M> nodeCopy(Class<T> type, UnaryOperator<T> copy) {
        Objects.requireNonNull(type, "type must not be null");
        Objects.requireNonNull(copy, "copy must not be null");
        this.nodeCopy = node -> type.isInstance(node) ? copy.apply(type.cast(node)) : Snapshots.copyOf(node);
        return this;
    }

    /**
     * Keeps every state as its path and rebuilds it by replay, never from a snapshot: slower, and what a check
     * of nodes that cannot be copied does anyway; for measuring and for cross-checking the snapshot path.
     *
     * @return this builder
     */
    public NetworkModelCheckBuilder<M> replayOnly() {
        this.nodeCopy = null;
        return this;
    }

    /**
     * Adds a client input to the alphabet: at any state where {@code node} is up and the input budget lasts,
     * the checker may apply it (through {@code SimNetwork.invoke}).
     *
     * @param <T> the node class
     * @param label what the input is, in counterexamples and the trace
     * @param node the node it goes to
     * @param type the node's class
     * @param action what it does to the node
     * @return this builder
     */
    public <T> NetworkModelCheckBuilder<M> input(String label, NodeId node, Class<T> type, Consumer<? super T> action) {
        Objects.requireNonNull(label, "label must not be null");
        Objects.requireNonNull(node, "node must not be null");
        Objects.requireNonNull(type, "type must not be null");
        Objects.requireNonNull(action, "action must not be null");
        inputs.add(new Action.Input<M>(label, node, target -> action.accept(type.cast(target))));
        return this;
    }

    /**
     * Sets how many client inputs a path may give.
     *
     * @param budget {@code >= 1}
     * @return this builder
     */
    public NetworkModelCheckBuilder<M> inputBudget(int budget) {
        this.inputBudget = positive("inputBudget", budget);
        return this;
    }

    /**
     * Lets a path crash up to {@code budget} live nodes (on a network with disks, each crash a process crash or a
     * power loss that keeps only the fsynced image); a crashed node may restart at any state.
     *
     * @param budget {@code >= 1}
     * @return this builder
     */
    public NetworkModelCheckBuilder<M> crashes(int budget) {
        this.crashes = positive("crashes", budget);
        return this;
    }

    /**
     * Adds a partition the checker may start (one at a time, healed by a heal move).
     *
     * @param sideA one side, not empty
     * @param sideB the other side, not empty
     * @return this builder
     */
    public NetworkModelCheckBuilder<M> partition(List<NodeId> sideA, List<NodeId> sideB) {
        if (sideA == null || sideA.isEmpty() || sideB == null || sideB.isEmpty()) {
            throw new IllegalArgumentException("a partition needs two non-empty sides, got " + sideA + " | " + sideB);
        }
        partitions.add(new Action.Partition<>(List.copyOf(sideA), List.copyOf(sideB)));
        return this;
    }

    /**
     * Sets how many partitions a path may start.
     *
     * @param budget {@code >= 1}
     * @return this builder
     */
    public NetworkModelCheckBuilder<M> partitions(int budget) {
        this.partitionBudget = positive("partitions", budget);
        return this;
    }

    /**
     * Lets a path lose up to {@code budget} messages: every send then branches on its loss. The network's
     * faults must have a non-zero loss rate (its value does not matter) for sends to draw on it.
     *
     * @param budget {@code >= 1}
     * @return this builder
     */
    public NetworkModelCheckBuilder<M> losses(int budget) {
        this.losses = positive("losses", budget);
        return this;
    }

    /**
     * Lets a path duplicate up to {@code budget} messages, like {@link #losses(int)} for the duplicate rate.
     *
     * @param budget {@code >= 1}
     * @return this builder
     */
    public NetworkModelCheckBuilder<M> duplicates(int budget) {
        this.duplicates = positive("duplicates", budget);
        return this;
    }

    /**
     * Adds an expectation. Always and sometimes are checked at every distinct state (the network's own
     * expectations are checked too, after every event). Eventually is judged on the runs the check explored:
     * it fails at a state where a run ends unmet (no pending event, no move left), and on a lasso, a cycle of
     * states where it is unmet that moves time forward (so no delivery or timer starves on it; fault and input
     * moves are budgeted and never on a cycle). Cycles need states to repeat, so with absolute time only
     * zero-delay loops can close one: use {@link #timeShiftInvariant()} for protocols that run forever. A
     * cycle that does not move time is not judged and makes the check
     * {@link ModelCheckResult.Verdict#INCOMPLETE_LIVENESS}; a lasso found in a check stopped at a bound is a
     * real counterexample, while none found proves nothing beyond the bound.
     *
     * @param expectation the expectation
     * @return this builder
     * @throws IllegalArgumentException for more than 31 eventually expectations
     */
    public NetworkModelCheckBuilder<M> expect(Expectation<? super NetworkView<M>> expectation) {
        Objects.requireNonNull(expectation, "expectation must not be null");
        if (expectation.kind() == Kind.EVENTUALLY
                && expectations.stream().filter(e -> e.kind() == Kind.EVENTUALLY).count() == Integer.SIZE - 1) {
            throw new IllegalArgumentException("at most " + (Integer.SIZE - 1) + " eventually expectations, got one more: '"
                    + expectation.name() + "'");
        }
        expectations.add(expectation);
        return this;
    }

    /**
     * Adds an always expectation checked only where a run ends: at every state with no pending event and no
     * move from outside left in the budgets ("when everything has settled, every ping has arrived"). Runs
     * that never end, such as those of nodes with periodic timers, are not judged by it.
     *
     * @param expectation the expectation, of kind always
     * @return this builder
     */
    public NetworkModelCheckBuilder<M> expectAtEnd(Expectation<? super NetworkView<M>> expectation) {
        Objects.requireNonNull(expectation, "expectation must not be null").requireKind(Kind.ALWAYS, "expectAtEnd");
        atEnd.add(expectation);
        return this;
    }

    /**
     * Adds an always expectation over every move, judged on the live nodes' keys before and after it.
     *
     * @param name the expectation's name, unique among the step checks
     * @param check judges one move
     * @return this builder
     */
    public NetworkModelCheckBuilder<M> expectStep(String name, StepCheck check) {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(check, "check must not be null");
        if (stepChecks.putIfAbsent(name, check) != null) {
            throw new IllegalArgumentException("a step check named '" + name + "' was already added");
        }
        return this;
    }

    /**
     * Adds an always expectation that reads one node at a time: {@code check} is applied to every live node at
     * every distinct state, and a node it finds wrong fails the check (its messages prefixed with the node). Unlike
     * an {@link #expect} over the whole view, it is a <em>local</em> property, which {@link #persistentSets()}
     * keeps; every node must be a {@code T}.
     *
     * @param <T> the node class
     * @param name the expectation's name
     * @param type the node class
     * @param check what is wrong with one node, empty when it is fine
     * @return this builder
     */
    public <T> NetworkModelCheckBuilder<M> expectEachNode(String name, Class<T> type, Function<? super T, ? extends List<String>> check) {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(type, "type must not be null");
        Objects.requireNonNull(check, "check must not be null");
        Expectation<NetworkView<M>> each = Expectation.always(name, view -> {
            List<String> wrong = new ArrayList<>();
            view.live().forEach((id, node) -> {
                if (!type.isInstance(node)) {
                    throw new IllegalArgumentException("expectEachNode '" + name + "': node " + id + " is a "
                            + node.getClass().getSimpleName() + ", not a " + type.getSimpleName());
                }
                check.apply(type.cast(node)).forEach(message -> wrong.add(id + ": " + message));
            });
            return wrong;
        });
        expectations.add(each);
        perNode.add(each);
        return this;
    }

    /**
     * Adds an always expectation over every move that judges each node's own change: {@code check} gets the key
     * before and after the move of every node live on both sides whose key the move changed. A <em>local</em>
     * property (it reads one node at a time), which {@link #persistentSets()} keeps, where {@link #expectStep}
     * sees every node at once and is refused with it.
     *
     * @param name the expectation's name, unique among the step checks
     * @param check judges one node's change
     * @return this builder
     */
    public NetworkModelCheckBuilder<M> expectEachNodeStep(String name, NodeStepCheck check) {
        Objects.requireNonNull(check, "check must not be null");
        StepCheck each = (before, after) -> {
            List<String> wrong = new ArrayList<>();
            before.forEach((id, was) -> {
                Object now = after.get(id);
                if (now != null && !now.equals(was)) {
                    check.unmet(id, was, now).forEach(message -> wrong.add(id + ": " + message));
                }
            });
            return wrong;
        };
        expectStep(name, each);
        perNode.add(each);
        return this;
    }

    /**
     * Makes the check a delay-bounded search ({@link DeviationSearch}): every run that deviates at most {@code bound}
     * times from the default schedule (the earliest enabled event, every draw at its first value, no move from
     * outside), each run cut at the {@link #depth} bound, which is then a horizon in moves rather than the bound
     * that matters. Each move taking another event or another draw value, and each input, crash, restart,
     * partition and heal, costs one deviation. Partial-order reduction, persistent sets, symmetry and eventually
     * expectations are refused with it: they assume every schedule is explored. A check that cut a run at either
     * bound reports {@link ModelCheckResult.Verdict#INCOMPLETE_DEVIATIONS}, never a plain pass.
     *
     * @param bound the most deviations a run may make, {@code >= 1}
     * @return this builder
     */
    public NetworkModelCheckBuilder<M> deviations(int bound) {
        this.deviations = positive("deviations", bound);
        return this;
    }

    /**
     * Sets the longest path explored, in moves after the start.
     *
     * @param moves {@code >= 1}
     * @return this builder
     */
    public NetworkModelCheckBuilder<M> depth(int moves) {
        this.depth = positive("depth", moves);
        return this;
    }

    /**
     * Sets the most distinct states kept; reaching it stops the check as incomplete.
     *
     * @param states {@code >= 1}
     * @return this builder
     */
    public NetworkModelCheckBuilder<M> maxStates(long states) {
        if (states < 1) {
            throw new IllegalArgumentException("maxStates must be >= 1, got " + states);
        }
        this.maxStates = states;
        return this;
    }

    /**
     * Sets the widest random draw the checker branches on; a wider one fails the check, naming its stream.
     *
     * @param values {@code >= 1}
     * @return this builder
     */
    public NetworkModelCheckBuilder<M> maxBranching(int values) {
        this.maxBranching = positive("maxBranching", values);
        return this;
    }

    /**
     * Keys states with every time relative to now whatever the nodes declare, so that states differing only by a
     * shift in time are one state: a protocol whose runs go on forever (periodic timers) then has a finite
     * state space that a check can exhaust, and {@link ModelCheckResult.Verdict#HOLDS} becomes reachable. Sound
     * only when the nodes and every check behave alike under a shift in time: nodes use {@code now} only to
     * compute deadlines and delays from it, keep no absolute time in their keys outside a
     * {@link dev.simscaffold.core.model.TimedKey}, and checks do not read the view's time. Nodes that give a
     * {@code TimedKey} get relative keys without this ({@link ModelTime#RELATIVE_WHERE_DECLARED}, the default).
     *
     * @return this builder
     */
    public NetworkModelCheckBuilder<M> timeShiftInvariant() {
        this.time = ModelTime.RELATIVE;
        return this;
    }

    /**
     * Keys every time absolutely, even where the nodes declare that they measure time only from now: states
     * reached at different times stay different. The reference a relative check's verdicts are compared with,
     * and the way out when a node's {@link dev.simscaffold.core.model.TimedKey} is in doubt.
     *
     * @return this builder
     */
    public NetworkModelCheckBuilder<M> absoluteTime() {
        this.time = ModelTime.ABSOLUTE;
        return this;
    }

    /**
     * Sets which orders of the pending events the check explores (see {@link EventOrder}). Under
     * {@link EventOrder#SEQUENCED} (the default) events due at the same tick happen in queueing order, as in a
     * plain run; under {@link EventOrder#UNSEQUENCED} they happen in any order, which is what a real network
     * does and what {@link #partialOrderReduction(boolean)} needs. Time is modelled alike under both (one
     * network clock, in the state, bounded by the depth; see {@link NetworkModelCheck}). A counterexample
     * replays on a network built with the same order.
     *
     * @param order the event order
     * @return this builder
     */
    public NetworkModelCheckBuilder<M> eventOrder(EventOrder order) {
        this.eventOrder = Objects.requireNonNull(order, "order must not be null");
        return this;
    }

    /**
     * Sets how message delays are modelled (see {@link MessageDelays}). Under {@link MessageDelays#WINDOW} (the
     * default) a message may be delivered at any tick of its window that time reaches, without a draw; under
     * {@link MessageDelays#DRAWN} its delay is drawn at send time, as a random run draws it, and branched on, so
     * each pending event has one tick: more successors per send, but every enabled event of a state happens at
     * one tick, which {@link #persistentSets()} needs. A counterexample replays on a check with the same setting.
     *
     * @param delays how delays are modelled
     * @return this builder
     */
    public NetworkModelCheckBuilder<M> messageDelays(MessageDelays delays) {
        this.messageDelays = Objects.requireNonNull(delays, "delays must not be null");
        return this;
    }

    /**
     * Switches partial-order reduction (sleep sets, see {@link NetworkModelCheck}) on or off; off by default.
     * It needs {@link EventOrder#UNSEQUENCED}, under which events at different nodes commute, and covers
     * always, at-end and sometimes expectations and step checks that judge each node's change on its own; it
     * keeps every state and the verdict, and explores fewer transitions. Eventually expectations are refused
     * with it: a lasso may need an edge it skips. {@link #persistentSets()} reduces further, to fewer states, for
     * checks that read one node at a time; this method (either way) switches persistent sets off.
     *
     * @param on whether to reduce
     * @return this builder
     */
    public NetworkModelCheckBuilder<M> partialOrderReduction(boolean on) {
        this.reduction = on;
        this.persistentSets = false;
        return this;
    }

    /**
     * Switches on partial-order reduction with persistent sets on top of the sleep sets (see
     * {@link PersistentSets}): in a state where a node has an event whose window ends now, only that node's
     * moves are explored, so the check keeps fewer states. It keeps every terminal state and every state each
     * node can be in, so it is sound for the checks that read one node at a time or only where runs end:
     * {@link #expectEachNode}, {@link #expectEachNodeStep} and {@link #expectAtEnd}. It needs
     * {@link EventOrder#UNSEQUENCED}; an {@link #expect} or {@link #expectStep} over several nodes, a
     * sometimes or eventually expectation, and {@link #symmetric} are refused with it, naming them. The
     * network's own always expectations ({@code SimNetworkBuilder.expect}) are not seen by the check: declare
     * them on the check per node instead. A per-node violation is found by a path that may be longer than the
     * shortest one, so at a depth bound the reduced check may report
     * {@link ModelCheckResult.Verdict#INCOMPLETE_DEPTH} where a violation lies within the last few moves;
     * {@link #partialOrderReduction(boolean)} ({@code false}) switches it off again.
     *
     * @return this builder
     */
    public NetworkModelCheckBuilder<M> persistentSets() {
        this.reduction = true;
        this.persistentSets = true;
        return this;
    }

    /** Lets persistent sets run with checks that read several nodes: only for the test that shows what they miss. */
    NetworkModelCheckBuilder<M> trustGlobalChecks() {
        this.trustGlobalChecks = true;
        return this;
    }

    /**
     * Reduces the search by symmetry: {@code nodes} are interchangeable (the same code, configuration and
     * moves from outside, told apart by nothing but their ids), so two states that differ by a renaming of them
     * are one state, keyed by its exact canonical form (the least relabelling over every permutation, see
     * {@link dev.simscaffold.testkit.exhaustive.Symmetry#leastRelabelling}): the check counts one state per
     * orbit, whatever the traversal. It explores from the first state of each orbit it reaches, so every
     * counterexample is a real run that replays with its fingerprint.
     *
     * <p>A relabelling renames the nodes' slots (keys, durable states, deadlines), the pending events' nodes
     * and senders, the cut links, and every {@link NodeId} inside keys, durable states and messages that are
     * records, collections and optionals; a value of any other class is refused unless {@link #relabel} says
     * how to rename it. A node named by anything but a {@code NodeId} (an index in an {@code int}, a name in a
     * string) is invisible: give its class a {@link #relabel}, or the check merges states that are not
     * symmetric. It needs {@link EventOrder#UNSEQUENCED}: under {@link EventOrder#SEQUENCED} events due at one
     * tick happen in queueing order, and a node that sends to its peers in index order (a broadcast loop) tells
     * them apart, so that state and its relabelling behave differently. The check refuses inputs or partitions that tell the members apart, eventually expectations
     * (a lasso through relabelled states is not a cycle of real states) and partial-order reduction (its sleep
     * sets name events by node). Expectations and step checks must not tell the members apart either, and
     * {@code sometimes} counts count orbits.
     *
     * @param nodes the interchangeable nodes, at least two, at most
     *              {@value dev.simscaffold.testkit.exhaustive.Symmetry#MAX_MEMBERS}, each a node of the network
     * @return this builder
     * @throws IllegalArgumentException for fewer than two nodes or too many, naming them
     */
    public NetworkModelCheckBuilder<M> symmetric(Set<NodeId> nodes) {
        Objects.requireNonNull(nodes, "nodes must not be null");
        nodes.forEach(node -> Objects.requireNonNull(node, "a symmetric node must not be null"));
        if (nodes.size() < 2) {
            throw new IllegalArgumentException("symmetric needs at least two interchangeable nodes, got " + new TreeSet<>(nodes));
        }
        if (nodes.size() > Symmetry.MAX_MEMBERS) {
            throw new IllegalArgumentException("symmetric takes at most " + Symmetry.MAX_MEMBERS + " nodes (every permutation"
                    + " is tried), got " + nodes.size() + ": " + new TreeSet<>(nodes));
        }
        this.symmetric = List.copyOf(new TreeSet<>(nodes));
        return this;
    }

    /**
     * Says how {@link #symmetric} renames the nodes named inside values of a class: for a class it cannot look
     * into, or a record that names a node other than by a {@link NodeId} (such as an index in an {@code int}).
     *
     * @param <T> the class
     * @param type the class (values of exactly this class)
     * @param relabelling returns the value with every node it names renamed by the given renaming
     * @return this builder
     */
    public <T> NetworkModelCheckBuilder<M> relabel(Class<T> type, BiFunction<? super T, UnaryOperator<NodeId>, ? extends T> relabelling) {
        Objects.requireNonNull(type, "type must not be null");
        Objects.requireNonNull(relabelling, "relabelling must not be null");
        relabellings.put(type, (value, rename) -> relabelling.apply(type.cast(value), rename));
        return this;
    }

    /** Tells {@code listener} the key of every distinct state as the check first reaches it: for tests that count orbits. */
    NetworkModelCheckBuilder<M> onNewState(Consumer<Object> listener) {
        this.newStates = listener;
        return this;
    }

    /**
     * Sets the seed the network's context reports (its draws are all forced, so it changes no run).
     *
     * @param value any value
     * @return this builder
     */
    public NetworkModelCheckBuilder<M> seed(long value) {
        this.seed = value;
        return this;
    }

    /**
     * Gives the check a stopwatch so its result reports the time taken and the states per second.
     *
     * @param nanos a nanosecond clock, such as {@code System::nanoTime} in a test
     * @return this builder
     */
    public NetworkModelCheckBuilder<M> stopwatch(LongSupplier nanos) {
        this.stopwatch = Objects.requireNonNull(nanos, "nanos must not be null");
        return this;
    }

    /**
     * Builds the check; the inputs' budget defaults to one input per path when inputs were added.
     *
     * @return the check
     * @throws IllegalArgumentException if a budget has nothing to spend it on, or the reduction is asked for where it
     *     would be unsound, naming it
     */
    public NetworkModelCheck<M> build() {
        if (inputBudget > 0 && inputs.isEmpty()) {
            throw new IllegalArgumentException("inputBudget " + inputBudget + " with an empty alphabet: add an input");
        }
        if (partitionBudget > 0 && partitions.isEmpty()) {
            throw new IllegalArgumentException("partitions budget " + partitionBudget + " with no partition: add one");
        }
        if (reduction && eventOrder != EventOrder.UNSEQUENCED) {
            throw new IllegalArgumentException((persistentSets ? "persistentSets" : "partialOrderReduction")
                    + " needs eventOrder(UNSEQUENCED), got eventOrder " + eventOrder
                    + ": under SEQUENCED, taking a later-queued event first postpones earlier ones, so no two events commute");
        }
        if (reduction) {
            for (Expectation<? super NetworkView<M>> expectation : expectations) {
                if (expectation.kind() == Kind.EVENTUALLY) {
                    throw new IllegalArgumentException("partialOrderReduction with eventually expectation '" + expectation.name()
                            + "': sleep sets skip edges a lasso may need; check it with the reduction off");
                }
            }
        }
        if (persistentSets) {
            requireLocalChecks();
        }
        if (symmetric != null && eventOrder != EventOrder.UNSEQUENCED) {
            throw new IllegalArgumentException("symmetric " + symmetric + " needs eventOrder(UNSEQUENCED), got eventOrder " + eventOrder
                    + ": under SEQUENCED, events due at one tick happen in queueing order, so a node that sends to its peers"
                    + " in index order tells them apart");
        }
        if (symmetric != null && reduction) {
            throw new IllegalArgumentException("symmetric " + symmetric + " with partialOrderReduction: its sleep sets name"
                    + " events by node, which a relabelled state renames; use one reduction");
        }
        if (symmetric != null) {
            for (Expectation<? super NetworkView<M>> expectation : expectations) {
                if (expectation.kind() == Kind.EVENTUALLY) {
                    throw new IllegalArgumentException("symmetric " + symmetric + " with eventually expectation '" + expectation.name()
                            + "': a cycle through relabelled states is not a cycle of real states; check it without symmetry");
                }
            }
        }
        if (deviations > 0) {
            refuseWithDeviations();
        }
        if (!inputs.isEmpty() && inputBudget == 0) {
            inputBudget = 1;
        }
        if (!partitions.isEmpty() && partitionBudget == 0) {
            partitionBudget = 1;
        }
        return new NetworkModelCheck<>(this);
    }

    /**
     * Refuses, with persistent sets, every check they could miss: one that reads several nodes in a state
     * (persistent sets skip global states) or counts states.
     */
    private void requireLocalChecks() {
        for (Expectation<? super NetworkView<M>> expectation : expectations) {
            if (perNode.contains(expectation) || (trustGlobalChecks && expectation.kind() == Kind.ALWAYS)) {
                continue;
            }
            String kind = expectation.kind().name().toLowerCase(Locale.ROOT);
            throw new IllegalArgumentException("persistentSets with " + kind + " expectation '" + expectation.name() + "': "
                    + switch (expectation.kind()) {
                        case ALWAYS -> "it reads the whole network, and persistent sets skip states where nodes are in"
                                + " combinations no single node needs; state it per node (expectEachNode), at the end"
                                + " (expectAtEnd), or use partialOrderReduction(true) (sleep sets keep every state)";
                        case SOMETIMES -> "persistent sets skip states, so its count would change; use partialOrderReduction(true)";
                        case EVENTUALLY -> "a lasso may need a move they skip; check it with the reduction off";
                    });
        }
        for (Map.Entry<String, StepCheck> check : stepChecks.entrySet()) {
            if (!perNode.contains(check.getValue()) && !trustGlobalChecks) {
                throw new IllegalArgumentException("persistentSets with step check '" + check.getKey() + "': it sees every"
                        + " node's change at once; state it per node (expectEachNodeStep) or use partialOrderReduction(true)");
            }
        }
        if (symmetric != null) {
            throw new IllegalArgumentException("symmetric " + symmetric + " with persistentSets: its sets name events by node,"
                    + " which a relabelled state renames; use one reduction");
        }
    }

    /** Refuses what a delay-bounded search cannot honour: reductions and lassos assume every schedule is explored. */
    private void refuseWithDeviations() {
        String with = "deviations(" + deviations + ") with ";
        if (reduction) {
            throw new IllegalArgumentException(with + (persistentSets ? "persistentSets" : "partialOrderReduction")
                    + ": its sleep sets skip an interleaving because an equivalent one is explored, which may cost more deviations");
        }
        if (symmetric != null) {
            throw new IllegalArgumentException(with + "symmetric " + symmetric + ": the default schedule tells the nodes apart"
                    + " (it takes events in node order), so a relabelled state needs other deviations");
        }
        for (Expectation<? super NetworkView<M>> expectation : expectations) {
            if (expectation.kind() == Kind.EVENTUALLY) {
                throw new IllegalArgumentException(with + "eventually expectation '" + expectation.name()
                        + "': a bounded search sees no whole cycle of the runs it leaves out; check it without deviations");
            }
        }
    }

    Limits limits() {
        return new Limits(depth, maxStates, maxBranching, inputBudget, crashes, partitionBudget, losses, duplicates);
    }

    private static int positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be >= 1, got " + value);
        }
        return value;
    }

    private static Object defaultKey(Object node) {
        if (node instanceof ModelKeyed keyed) {
            return Objects.requireNonNull(keyed.modelKey(), "the model key of " + node.getClass().getSimpleName());
        }
        if (node instanceof Record) {
            return node;
        }
        throw new IllegalArgumentException("node class " + node.getClass().getName() + " has no model key: implement"
                + " ModelKeyed or give the check a nodeKey");
    }
}
