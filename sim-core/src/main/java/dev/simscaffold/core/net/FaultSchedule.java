package dev.simscaffold.core.net;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.internal.Require;
import dev.simscaffold.core.random.SimRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
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
 * <p>{@link #random} draws a valid schedule entirely from a {@link SimRandom}, so a property engine
 * that records and edits draws can shrink a failing schedule down to the few faults that matter.
 */
@Api(Api.Status.STABLE)
public final class FaultSchedule {

    private static final FaultSchedule EMPTY = new FaultSchedule(List.of(), List.of());

    private final List<NodeId> nodes;
    private final List<FaultEvent> events;

    private FaultSchedule(List<NodeId> nodes, List<FaultEvent> events) {
        this.nodes = nodes;
        this.events = events;
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
        return new FaultSchedule(sortedNodes, List.copyOf(sorted));
    }

    /**
     * Draws a valid schedule: up to {@code maxEvents} faults at times in {@code [0, horizon]}; an event
     * whose drawn kind is not valid at that point (a heal with no partition) is skipped. Every choice is a
     * draw from {@code random} whose meaning does not depend on earlier events, so deleting an event's
     * draws removes just that event, and fewer or smaller draws mean fewer, earlier and shorter faults.
     *
     * @param random the stream to draw from (give it its own fork, such as {@code "schedule"})
     * @param nodes the nodes faults may hit, not empty
     * @param horizon the latest time of a fault, in ticks, {@code >= 0}
     * @param maxEvents the most faults to draw, {@code >= 0}
     * @return the schedule
     */
    public static FaultSchedule random(SimRandom random, List<NodeId> nodes, long horizon, int maxEvents) {
        return draw(random, nodes, horizon, maxEvents, false);
    }

    /**
     * Draws a valid schedule like {@link #random}, with {@link FaultEvent.PowerLoss} as a sixth kind of
     * entry, for networks whose nodes own disks. A seed draws a different schedule here than there: the
     * kind draw ranges over six kinds instead of five.
     *
     * @param random the stream to draw from (give it its own fork, such as {@code "schedule"})
     * @param nodes the nodes faults may hit, not empty
     * @param horizon the latest time of a fault, in ticks, {@code >= 0}
     * @param maxEvents the most faults to draw, {@code >= 0}
     * @return the schedule
     */
    public static FaultSchedule randomWithPowerLoss(SimRandom random, List<NodeId> nodes, long horizon, int maxEvents) {
        return draw(random, nodes, horizon, maxEvents, true);
    }

    private static FaultSchedule draw(SimRandom random, List<NodeId> nodes, long horizon, int maxEvents, boolean powerLoss) {
        Objects.requireNonNull(random, "random must not be null");
        Require.nonNegative("horizon", horizon);
        Require.nonNegative("maxEvents", maxEvents);
        List<NodeId> sortedNodes = List.copyOf(new TreeSet<>(nodes));
        if (sortedNodes.isEmpty()) {
            throw new IllegalArgumentException("a fault schedule needs at least one node");
        }
        return new RandomScheduleDrawer(random, sortedNodes, horizon, powerLoss).draw(maxEvents);
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
        return of(nodes, all);
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
