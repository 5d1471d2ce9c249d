package dev.simscaffold.testkit.modelcheck;

import dev.simscaffold.core.explore.EnabledEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Sleep sets (Godefroid) with state caching, over the events of a network under
 * {@link dev.simscaffold.core.net.EventOrder#UNSEQUENCED}: an event asleep in a state is not taken there,
 * because every run that takes it there is equivalent to a run explored from another state.
 *
 * <p><b>Independence.</b> Two enabled events commute in a state when each is a delivery or a timer of one
 * node, the nodes differ, both happen at the same tick ({@code max(now, earliest)}), and no outcome of either
 * (each combination of its draws) was moot, chose twice or spent a loss or duplicate budget. Then either
 * order ends in the same state: each event changes only its own node (and appends events, whose order in the
 * state does not depend on which came first), each node sees the same tick, the node's draws are the same
 * values, and neither disables the other (an event appended at that tick or later ends its window no earlier
 * than the tick, so the other is still within every window). Moves from outside (inputs, crashes, partitions)
 * are dependent on everything.
 *
 * <p><b>What is kept.</b> Sleep sets alone keep every reachable state (only transitions into states reached
 * another way are skipped), so invariants, {@code sometimes} counts, terminal checks and state counts are those
 * of the unreduced search. A skipped transition's step check is judged on the equivalent explored one, which
 * makes the same change to the same node: exact for step checks that judge each node's change on its own.
 * Lassos are not kept (a skipped edge may be the one a cycle needs), so eventually expectations are refused.
 *
 * <p><b>State caching.</b> A state reached again with a sleep set that is not a superset of the one it was
 * expanded with has its sleep set narrowed to the intersection and the newly awake events explored from the
 * new path (Godefroid's fix for sleep sets with a visited set). With a depth bound an event counts as explored
 * only from the same depth or a shallower one, so the bound cuts nothing the unreduced search would reach.
 */
final class SleepSets {

    /**
     * An enabled event as the sleep sets name it, with times relative to the state's now: its kind, node,
     * origin (a message's sender), window and rank among the enabled events with the same other fields (in
     * queueing order, which for one origin is the order of its own steps, the same in every interleaving).
     */
    record EventId(EnabledEvent.Kind kind, int node, int origin, long earliest, long latest, int rank) {

        /** The tick it happens at, relative to now. */
        long fire() {
            return Math.max(0, earliest);
        }

        /** Whether it can commute at all: a delivery or timer of one node. */
        boolean commutable() {
            return node >= 0 && (kind == EnabledEvent.Kind.DELIVER || kind == EnabledEvent.Kind.TIMER);
        }

        /** The same event seen from a state {@code delta} ticks later. */
        EventId shifted(long delta) {
            return delta == 0 ? this : new EventId(kind, node, origin, earliest - delta, latest - delta, rank);
        }
    }

    /** How an event was explored from a state: from which depth, and whether every outcome commutes. */
    private record Explored(int depth, boolean commutes) {
    }

    /** What the search knows of one state. */
    static final class Entry {
        private Set<EventId> sleep;
        private final Map<EventId, Explored> explored = new LinkedHashMap<>();
        private final TreeMap<Integer, Integer> pendingTasks = new TreeMap<>();
        private int actionsDepth = Integer.MAX_VALUE;
        List<EventId> enabled = List.of();
        boolean pending;
        List<Integer> applicable = List.of();
        /**
         * With persistent sets: the moves to explore (null: every move), decided on the state's first expandable
         * visit; whether the cycle proviso widened it to every move; and the count the proviso watches.
         */
        PersistentSets.Choice choice;
        boolean decided;
        boolean widened;
        PersistentSets.Due due;

        /** Whether {@code event} is to be explored: in the persistent set, or every event is. */
        boolean chosen(EventId event) {
            return choice == null || widened || choice.events().contains(event);
        }

        /** Whether the applicable action at {@code index} among the state's applicable ones was in the persistent set. */
        boolean inSet(int index) {
            return choice == null || choice.actions().get(index);
        }

        /** Whether the state is explored in part only. */
        boolean reduced() {
            return choice != null && !widened;
        }

        /** Whether the moves from outside still have to be explored by a task at {@code depth}. */
        boolean actionsDue(int depth) {
            return actionsDepth > depth;
        }

        void actionsExplored(int depth) {
            actionsDepth = Math.min(actionsDepth, depth);
        }

        /** Whether a task at {@code depth} skips {@code event}: asleep, or explored from here no deeper. */
        boolean skips(EventId event, int depth) {
            Explored done = explored.get(event);
            return sleep.contains(event) || (done != null && done.depth() <= depth);
        }

        void explored(EventId event, int depth, boolean commutes) {
            Explored done = explored.get(event);
            if (done == null || depth < done.depth()) {
                explored.put(event, new Explored(depth, commutes));
            }
        }

        /**
         * The sleep set after taking {@code event} (one outcome, that commutes) from a task at {@code depth}: the
         * events asleep here or explored from here no deeper that commute with it, seen {@code delta} ticks later.
         */
        Set<EventId> after(EventId event, int depth, long delta) {
            Set<EventId> next = new LinkedHashSet<>();
            for (EventId other : sleep) {
                if (independent(other, event)) {
                    next.add(other.shifted(delta));
                }
            }
            explored.forEach((other, done) -> {
                if (done.commutes() && done.depth() <= depth && independent(other, event)) {
                    next.add(other.shifted(delta));
                }
            });
            return next;
        }

        /** Whether some enabled event is neither asleep nor explored from here at {@code depth} or shallower. */
        private boolean anythingLeft(int depth) {
            for (EventId event : enabled) {
                if (chosen(event) && !skips(event, depth)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final Map<Object, Entry> entries = new HashMap<>();

    /** Names the enabled events of a state whose time is {@code now}, in the chooser's order. */
    static List<EventId> name(List<EnabledEvent> enabled, long now) {
        List<EventId> ids = new ArrayList<>(enabled.size());
        Map<List<Object>, Integer> ranks = new HashMap<>();
        for (EnabledEvent event : enabled) {
            int node = event.touches().size() == 1 ? event.touches().get(0) : -1;
            List<Object> fields = List.of(event.kind(), node, event.origin(), event.earliest() - now, event.latest() - now);
            int rank = ranks.merge(fields, 1, Integer::sum) - 1;
            ids.add(new EventId(event.kind(), node, event.origin(), event.earliest() - now, event.latest() - now, rank));
        }
        return Collections.unmodifiableList(ids);
    }

    /** Two events that commute wherever both are enabled and every outcome of each commutes (see the class doc). */
    static boolean independent(EventId a, EventId b) {
        return a.commutable() && b.commutable() && a.node() != b.node() && a.fire() == b.fire();
    }

    /** The state's entry, made on its first visit with {@code sleep}; a later full visit narrows the sleep set. */
    Entry enter(Object key, Set<EventId> sleep) {
        Entry entry = entries.get(key);
        if (entry == null) {
            entry = new Entry();
            entry.sleep = sleep;
            entries.put(key, entry);
        } else {
            entry.sleep = intersection(entry.sleep, sleep);
        }
        return entry;
    }

    Entry entry(Object key) {
        return entries.get(key);
    }

    /**
     * A state seen before, reached again at {@code depth} with {@code sleep}: narrows its sleep set and says
     * whether a task from this path must explore what just woke up (nothing does if a task at this depth or
     * shallower is still waiting, since it reads the narrowed set, or if everything awake was explored).
     */
    boolean reachedAgain(Object key, Set<EventId> sleep, int depth) {
        Entry entry = entries.get(key);
        Set<EventId> narrowed = intersection(entry.sleep, sleep);
        if (narrowed.size() == entry.sleep.size()) {
            return false;
        }
        entry.sleep = narrowed;
        if (!entry.pendingTasks.isEmpty() && entry.pendingTasks.firstKey() <= depth) {
            return false;
        }
        return entry.anythingLeft(depth);
    }

    void taskQueued(Entry entry, int depth) {
        entry.pendingTasks.merge(depth, 1, Integer::sum);
    }

    void taskTaken(Entry entry, int depth) {
        entry.pendingTasks.computeIfPresent(depth, (at, count) -> count == 1 ? null : count - 1);
    }

    private static Set<EventId> intersection(Set<EventId> a, Set<EventId> b) {
        Set<EventId> both = new LinkedHashSet<>(a);
        both.retainAll(b);
        return both;
    }
}
