package dev.simscaffold.core.net;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.internal.Require;
import dev.simscaffold.core.random.SimRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A validated, time-ordered list of {@link FaultEvent}s for a set of nodes: the scripted counterpart of
 * the random faults in {@link dev.simscaffold.core.fault.NetworkFaults}, and combinable with them.
 *
 * <p>Validation replays the schedule and rejects, naming the offending entry: nodes outside the
 * schedule's node set, restarting a node that is not crashed, crashing one that is, pausing a crashed
 * or already paused node, and healing when no partition is in force. Entries at equal times apply in
 * the order given.
 *
 * <p>{@link #random} draws a valid schedule entirely from a {@link SimRandom}, spread over the whole horizon
 * and limited to the {@link Kind}s the caller names, so a property engine that records and edits draws can
 * shrink a failing schedule down to the few faults that matter. Equality compares nodes and entries only;
 * {@link #describe()} also says how a schedule was drawn.
 */
@Api(Api.Status.STABLE)
public final class FaultSchedule {

    private static final String SCRIPTED = "scripted";
    private static final FaultSchedule EMPTY = new FaultSchedule(List.of(), List.of(), SCRIPTED);

    private final List<NodeId> nodes;
    private final List<FaultEvent> events;
    private final String origin;

    private FaultSchedule(List<NodeId> nodes, List<FaultEvent> events, String origin) {
        this.nodes = nodes;
        this.events = events;
        this.origin = origin;
    }

    /**
     * The kinds of entry a random schedule may draw, in the order a draw's kind index names them.
     */
    @Api(Api.Status.EXPERIMENTAL)
    public enum Kind {
        /** A {@link FaultEvent.Partition} of the nodes into two sides, both ways or one way. */
        PARTITION,
        /** A {@link FaultEvent.Heal}, valid while a partition is in force. */
        HEAL,
        /** A {@link FaultEvent.Crash} of a live node. */
        CRASH,
        /** A {@link FaultEvent.Restart} of a crashed node. */
        RESTART,
        /** A {@link FaultEvent.Pause} of a live node that is not paused, for up to a quarter of the horizon. */
        PAUSE,
        /** A {@link FaultEvent.PowerLoss} of any node. */
        POWER_LOSS;

        /** Every kind but power losses: what {@link #random(SimRandom, List, long, int)} draws. */
        public static final Set<Kind> NETWORK = Collections.unmodifiableSet(EnumSet.of(PARTITION, HEAL, CRASH, RESTART, PAUSE));

        /** Every kind: what {@link #randomWithPowerLoss} draws. */
        public static final Set<Kind> ALL = Collections.unmodifiableSet(EnumSet.allOf(Kind.class));
    }

    /**
     * Returns the schedule with no faults.
     *
     * @return the empty schedule
     */
    public static FaultSchedule none() {
        return EMPTY;
    }

    /**
     * Validates and builds a schedule.
     *
     * @param nodes the nodes the schedule may name, not empty
     * @param events the faults, in any order; sorted by time, stably
     * @return the schedule
     * @throws IllegalArgumentException naming the first invalid entry
     */
    public static FaultSchedule of(List<NodeId> nodes, List<FaultEvent> events) {
        Objects.requireNonNull(nodes, "nodes must not be null");
        Objects.requireNonNull(events, "events must not be null");
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("a fault schedule needs at least one node");
        }
        List<NodeId> sortedNodes = List.copyOf(new TreeSet<>(nodes));
        List<FaultEvent> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparingLong(FaultEvent::at));
        ScheduleState state = new ScheduleState(sortedNodes);
        for (FaultEvent event : sorted) {
            String problem = state.problem(Objects.requireNonNull(event, "fault events must not be null"));
            if (problem != null) {
                throw new IllegalArgumentException("invalid fault schedule: " + problem);
            }
            state.apply(event);
        }
        return new FaultSchedule(sortedNodes, List.copyOf(sorted), SCRIPTED);
    }

    /**
     * Draws a valid schedule of partitions, heals, crashes, restarts and pauses (the five {@link Kind}s
     * without power losses): {@link #random(SimRandom, List, long, int, Set)} with {@link Kind#NETWORK}.
     *
     * @param random the stream to draw from (give it its own fork, such as {@code "schedule"})
     * @param nodes the nodes faults may hit, not empty
     * @param horizon the latest time of a fault, in ticks, {@code >= 0}
     * @param maxEvents the most faults to draw, {@code >= 0}
     * @return the schedule
     */
    public static FaultSchedule random(SimRandom random, List<NodeId> nodes, long horizon, int maxEvents) {
        return random(random, nodes, horizon, maxEvents, Kind.NETWORK);
    }

    /**
     * Draws a valid schedule of every {@link Kind}, power losses included, for networks whose nodes own
     * disks: {@link #random(SimRandom, List, long, int, Set)} with {@link Kind#ALL}.
     *
     * @param random the stream to draw from (give it its own fork, such as {@code "schedule"})
     * @param nodes the nodes faults may hit, not empty
     * @param horizon the latest time of a fault, in ticks, {@code >= 0}
     * @param maxEvents the most faults to draw, {@code >= 0}
     * @return the schedule
     */
    public static FaultSchedule randomWithPowerLoss(SimRandom random, List<NodeId> nodes, long horizon, int maxEvents) {
        return random(random, nodes, horizon, maxEvents, Kind.ALL);
    }

    /**
     * Draws a valid schedule of up to {@code maxEvents} faults of the given kinds, spread over the whole of
     * {@code [0, horizon]}: the horizon is cut into {@code maxEvents} equal slots with at most one entry
     * each, and a first draw sets how full the slots are, so across seeds schedules range from empty to
     * {@code maxEvents} entries. An entry whose drawn kind is not valid at that point (a heal with no
     * partition, a restart with nothing crashed) is skipped. Every choice is a draw from {@code random}
     * whose meaning does not depend on earlier entries, and each slot is one span of draws: deleting an
     * entry's draws removes just that entry, and fewer or smaller draws mean fewer, earlier and shorter
     * faults. {@link #describe()} says how the schedule was drawn and what it holds.
     *
     * @param random the stream to draw from (give it its own fork, such as {@code "schedule"})
     * @param nodes the nodes faults may hit, not empty
     * @param horizon the latest time of a fault, in ticks, {@code >= 0}
     * @param maxEvents the most faults to draw, {@code >= 0}
     * @param kinds the kinds of fault to draw, not empty
     * @return the schedule
     * @throws IllegalArgumentException naming the bad value
     */
    public static FaultSchedule random(SimRandom random, List<NodeId> nodes, long horizon, int maxEvents, Set<Kind> kinds) {
        Objects.requireNonNull(random, "random must not be null");
        Require.nonNegative("horizon", horizon);
        Require.nonNegative("maxEvents", maxEvents);
        List<Kind> chosen = kinds(kinds);
        List<NodeId> sortedNodes = List.copyOf(new TreeSet<>(nodes));
        if (sortedNodes.isEmpty()) {
            throw new IllegalArgumentException("a fault schedule needs at least one node");
        }
        List<FaultEvent> events = new RandomScheduleDrawer(random, sortedNodes, horizon, chosen).draw(maxEvents);
        FaultSchedule drawn = of(sortedNodes, events);
        String how = "random(horizon=" + horizon + ", maxEvents=" + maxEvents + ", kinds=" + chosen + ")";
        return new FaultSchedule(drawn.nodes, drawn.events, how);
    }

    /**
     * Checks and orders a caller's fault kinds: the draw's kind index ranges over them in enum order, so the
     * order the caller listed them in does not change what a seed draws.
     *
     * @param kinds the kinds, not empty
     * @return the kinds in {@link Kind} order
     * @throws IllegalArgumentException if {@code kinds} is empty
     */
    static List<Kind> kinds(Set<Kind> kinds) {
        Objects.requireNonNull(kinds, "kinds must not be null");
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("a random fault schedule needs at least one kind of fault, got " + kinds);
        }
        return List.copyOf(EnumSet.copyOf(kinds));
    }

    /**
     * Returns this schedule followed, at {@code at}, by a heal (if a partition is still in force) and a
     * restart of every node still crashed: after that, only random faults remain, which is the moment
     * a liveness check can start.
     *
     * @param at when to recover, not before the last entry
     * @return the extended schedule
     * @throws IllegalArgumentException if {@code at} is before the last entry
     */
    public FaultSchedule recoverAllAt(long at) {
        if (at < endTime()) {
            throw new IllegalArgumentException("recovery time must be >= the last entry at t=" + endTime() + ", got " + at);
        }
        if (nodes.isEmpty()) {
            return this;
        }
        ScheduleState state = new ScheduleState(nodes);
        events.forEach(state::apply);
        List<FaultEvent> all = new ArrayList<>(events);
        if (state.partitioned()) {
            all.add(new FaultEvent.Heal(at));
        }
        for (NodeId node : nodes) {
            if (state.crashed(node)) {
                all.add(new FaultEvent.Restart(at, node));
            }
        }
        FaultSchedule recovered = of(nodes, all);
        return new FaultSchedule(recovered.nodes, recovered.events, origin + ", recovered at t=" + at);
    }

    /**
     * Returns the nodes the schedule may name.
     *
     * @return the nodes, sorted
     */
    public List<NodeId> nodes() {
        return nodes;
    }

    /**
     * Returns the entries in the order they apply.
     *
     * @return the entries
     */
    public List<FaultEvent> events() {
        return events;
    }

    /**
     * Returns the time of the last entry.
     *
     * @return ticks, or 0 for an empty schedule
     */
    public long endTime() {
        return events.isEmpty() ? 0 : events.get(events.size() - 1).at();
    }

    /**
     * Tells whether the schedule has no entries.
     *
     * @return true if empty
     */
    public boolean isEmpty() {
        return events.isEmpty();
    }

    /**
     * Describes the schedule for a failure report: how it was drawn ({@code random(horizon=1000,
     * maxEvents=8, kinds=[CRASH, RESTART])}, or {@code scripted}), how many entries of each kind it holds,
     * and one line per entry, such as {@code t=40 crash node-2}.
     *
     * @return the description, several lines for a schedule with entries
     */
    public String describe() {
        Map<String, Integer> counts = new TreeMap<>();
        for (FaultEvent event : events) {
            counts.merge(kindName(event), 1, Integer::sum);
        }
        StringBuilder text = new StringBuilder("fault schedule, ").append(origin).append(": ")
                .append(events.size()).append(events.size() == 1 ? " entry" : " entries");
        if (!counts.isEmpty()) {
            text.append(' ').append(counts);
        }
        for (FaultEvent event : events) {
            text.append(System.lineSeparator()).append("  ").append(event);
        }
        return text.toString();
    }

    private static String kindName(FaultEvent event) {
        if (event instanceof FaultEvent.Partition) {
            return "partition";
        }
        if (event instanceof FaultEvent.Heal) {
            return "heal";
        }
        if (event instanceof FaultEvent.Crash) {
            return "crash";
        }
        if (event instanceof FaultEvent.Restart) {
            return "restart";
        }
        return event instanceof FaultEvent.Pause ? "pause" : "power loss";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FaultSchedule that && nodes.equals(that.nodes) && events.equals(that.events);
    }

    @Override
    public int hashCode() {
        return 31 * nodes.hashCode() + events.hashCode();
    }

    /** Renders one entry per line, such as {@code t=40 crash node-2}, for failure reports. */
    @Override
    public String toString() {
        if (events.isEmpty()) {
            return "FaultSchedule[]";
        }
        StringBuilder text = new StringBuilder("FaultSchedule[\n");
        for (FaultEvent event : events) {
            text.append("  ").append(event).append('\n');
        }
        return text.append(']').toString();
    }
}
