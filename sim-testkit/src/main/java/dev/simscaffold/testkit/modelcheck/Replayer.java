package dev.simscaffold.testkit.modelcheck;

import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.explore.EnabledEvent;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.net.SimNetworkBuilder;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.trace.TraceMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Rebuilds the network of a state by replaying its path from the start with every draw forced: nodes are
 * mutable objects, so a state is a path, and its network is made again whenever it is needed.
 *
 * @param <M> the message type
 */
final class Replayer<M> {

    private final Function<SimContext, SimNetworkBuilder<M>> network;
    private final long seed;
    private final Limits limits;
    private final List<Action<M>> actions;
    private final MessageDelays delays;
    private final DrawTape tape;
    private EnabledEvent last;
    private Snapshots<M> snapshots;
    private List<EnabledEvent> firstEnabled = List.of();
    private int choices;
    private boolean keepEnabled;
    long replayedMoves;

    Replayer(Function<SimContext, SimNetworkBuilder<M>> network, long seed, Limits limits, MessageDelays delays,
            List<Action<M>> actions) {
        this.network = network;
        this.seed = seed;
        this.limits = limits;
        this.actions = actions;
        this.delays = delays;
        this.tape = new DrawTape(limits.maxBranching(), delays);
    }

    DrawTape tape() {
        return tape;
    }

    List<Action<M>> actions() {
        return actions;
    }

    /**
     * The indexes of the actions a state may take next: those its network and spent budgets allow.
     *
     * @param net the network in the state
     * @param used the budgets the state has spent
     * @return the indexes into {@link #actions()}, in order
     */
    List<Integer> applicableActions(SimNetwork<M> net, Budgets used) {
        List<Integer> applicable = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            if (actions.get(i).applicable(net, used, limits)) {
                applicable.add(i);
            }
        }
        return List.copyOf(applicable);
    }

    /** Builds the network with the start's draws forced, then (if {@code extend}) smallest values past them. */
    SimNetwork<M> start(int[] draws, boolean extend, TraceMode mode) {
        SimContext context = new SimContext(new SimRandom(new ForcedSource(tape, seed)), new OrderStrategy(this::chose, delays));
        tape.begin(draws, extend, limits.losses(), limits.duplicates());
        SimNetworkBuilder<M> builder = network.apply(context);
        if (builder == null) {
            throw new IllegalArgumentException("the network function returned null instead of a builder");
        }
        SimNetwork<M> built = builder.context(context).traceMode(mode).build();
        if (!extend) {
            tape.end();
        }
        return built;
    }

    /** Lets {@link #replay} restore states kept by {@link #keep} instead of replaying them. */
    void useSnapshots(Snapshots<M> kept) {
        this.snapshots = kept;
    }

    /** Keeps {@code net} as {@code node}'s state if snapshots are in use and the node will be expanded. */
    void keep(PathNode node, SimNetwork<M> net) {
        if (snapshots != null && node.depth < limits.depth()) {
            snapshots.keep(node, net);
        }
    }

    /**
     * Keeps the events enabled at each step's first choice ({@link #firstEnabled}), for partial-order reduction;
     * off, a step reads only the event it takes.
     */
    void keepEnabled() {
        keepEnabled = true;
    }

    private void chose(List<EnabledEvent> enabled, int index) {
        if (choices++ == 0 && keepEnabled) {
            firstEnabled = List.copyOf(enabled);
        }
        last = enabled.get(index);
    }

    /** Rebuilds the network at the end of {@code node}'s path: from its snapshot if one is kept, else by replay. */
    SimNetwork<M> replay(PathNode node, TraceMode mode) {
        if (snapshots != null && mode == NetworkModelCheck.SEARCH) {
            SimNetwork<M> restored = snapshots.restore(node);
            if (restored != null) {
                return restored;
            }
        }
        List<PathNode> path = node.path();
        SimNetwork<M> net = start(path.get(0).draws, false, mode);
        for (int i = 1; i < path.size(); i++) {
            PathNode move = path.get(i);
            if (move.action == PathNode.NO_ACTION) {
                step(net, move.draws, false, path.get(i - 1).used);
                tape.end();
            } else {
                act(net, actions.get(move.action), move.draws, false, path.get(i - 1).used);
                tape.end();
            }
            replayedMoves++;
        }
        return net;
    }

    /**
     * Processes one event with the draws forced ({@code extend}: smallest values past them); returns whether
     * an event happened. An invariant violation propagates.
     */
    boolean step(SimNetwork<M> net, int[] draws, boolean extend, Budgets used) {
        tape.begin(draws, extend, limits.losses() - used.losses(), limits.duplicates() - used.duplicates());
        last = null;
        firstEnabled = List.of();
        choices = 0;
        return net.step();
    }

    /**
     * Makes a move from outside with the draws its sends make forced ({@code extend}: smallest values past
     * them); returns the budgets spent after it, before its losses and duplicates.
     */
    Budgets act(SimNetwork<M> net, Action<M> action, int[] draws, boolean extend, Budgets used) {
        tape.begin(draws, extend, limits.losses() - used.losses(), limits.duplicates() - used.duplicates());
        return action.apply(net, used);
    }

    /** Names the event the last step took, from what the chooser saw. */
    String lastLabel(SimNetwork<M> net) {
        return lastMove(net, "").toString();
    }

    /** The event the last step took and when, followed by {@code faults}: a label rendered only when read. */
    EventLabel lastMove(SimNetwork<M> net, String faults) {
        return new EventLabel(last, net.now().ticks(), faults);
    }

    /**
     * A step's label as a path keeps it: the event the chooser took (null if none), the tick it happened at
     * and what its sends suffered. Most states are never shown, so the text is made only when read.
     */
    record EventLabel(EnabledEvent event, long at, String faults) {
        @Override
        public String toString() {
            if (event == null) {
                return "event" + faults;
            }
            String node = event.touches().size() == 1 ? NodeId.of(event.touches().get(0)).toString() : "every node";
            return switch (event.kind()) {
                case DELIVER -> "deliver " + (event.origin() == EnabledEvent.NO_ORIGIN ? "" : NodeId.of(event.origin()) + " -> ") + node;
                case TIMER -> "timer " + node;
                default -> event.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + node;
            } + " at t=" + at + faults;
        }
    }

    /** How many events the last step chose: more than one when the first ones were moot (a cancelled timer). */
    int choices() {
        return choices;
    }

    /**
     * The events enabled when the last step made its first choice, in the chooser's order (empty if none, or
     * unless {@link #keepEnabled} was called).
     */
    List<EnabledEvent> firstEnabled() {
        return firstEnabled;
    }

    /** The event the last step took, as the chooser saw it (null if nothing was enabled). */
    EnabledEvent lastEvent() {
        return last;
    }
}
