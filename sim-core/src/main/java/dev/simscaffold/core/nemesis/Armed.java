package dev.simscaffold.core.nemesis;

import dev.simscaffold.core.net.NetworkView;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.random.SimRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One nemesis in one run: what its trigger has seen (the nodes in the role at the last look, the events since
 * it last fired, when it fires next), the nodes it fired for, its own random stream and its counts.
 */
final class Armed {

    final Nemesis nemesis;
    final SimRandom random;
    private final SortedSet<NodeId> inRole = new TreeSet<>();
    private final List<NodeId> fired = new ArrayList<>();
    private final List<NodeId> previous = new ArrayList<>();
    private final List<NodeId> lastToLeave = new ArrayList<>();
    private final List<NodeId> senders = new ArrayList<>();
    private long events;
    private boolean due;
    private boolean once;
    private long nextTick;
    private long triggered;
    private long noTarget;
    private final EnumMap<Strike, Long> struck = new EnumMap<>(Strike.class);

    Armed(Nemesis nemesis, SimRandom random, long startTick) {
        this.nemesis = nemesis;
        this.random = random;
        if (nemesis.trigger() instanceof Trigger.EveryTicks every) {
            nextTick = Math.addExact(startTick, every.ticks());
        } else {
            nextTick = Long.MAX_VALUE;
        }
    }

    /**
     * Looks at the network after an event (or before the first one, {@code afterEvent} false) and returns
     * whether the trigger fired; a role trigger then names the nodes new in the role.
     */
    boolean observe(NetworkView<?> view, boolean afterEvent, SimNetwork<?> network) {
        Trigger trigger = nemesis.trigger();
        if (trigger instanceof Trigger.OnRole<?> onRole) {
            due = roleChanged(view, onRole);
        } else if (afterEvent && trigger instanceof Trigger.EveryEvents every) {
            events++;
            due = events == every.events();
            if (due) {
                events = 0;
            }
        } else if (afterEvent && !once && trigger instanceof Trigger.AfterEvents after) {
            events++;
            due = events == after.events();
            once = due;
        } else if (trigger instanceof Trigger.OnSend) {
            fired.clear();
            fired.addAll(senders);
            senders.clear();
            due = !fired.isEmpty();
        } else if (!once && trigger instanceof Trigger.OnSometimes sometimes) {
            due = network.coverage().sometimes().getOrDefault(sometimes.name(), 0L) > 0;
            once = due;
        }
        return due;
    }

    /** Notes a message sent, for a trigger on its kind: its sender joins those the next look names. */
    void noteSend(NodeId from, Object message) {
        if (nemesis.trigger() instanceof Trigger.OnSend onSend && onSend.kind().isInstance(message) && !senders.contains(from)) {
            senders.add(from);
        }
    }

    /** Whether the trigger fired at the last look; reading it clears it. */
    boolean takeDue() {
        boolean was = due;
        due = false;
        return was;
    }

    private boolean roleChanged(NetworkView<?> view, Trigger.OnRole<?> onRole) {
        List<NodeId> now;
        try {
            now = onRole.holders(view);
        } catch (RuntimeException failure) {
            throw NemesisRunner.failed(nemesis, "reading roles at " + view.now(), failure);
        }
        fired.clear();
        for (NodeId id : now) {
            if (!inRole.contains(id)) {
                fired.add(id);
            }
        }
        List<NodeId> left = new ArrayList<>();
        for (NodeId id : inRole) {
            if (!now.contains(id)) {
                left.add(id);
            }
        }
        if (!fired.isEmpty()) {
            previous.clear();
            for (NodeId id : inRole) {
                if (now.contains(id)) {
                    previous.add(id);
                }
            }
            if (previous.isEmpty()) {
                previous.addAll(left.isEmpty() ? lastToLeave : left);
            }
        }
        if (!left.isEmpty()) {
            lastToLeave.clear();
            lastToLeave.addAll(left);
        }
        inRole.clear();
        inRole.addAll(now);
        return !fired.isEmpty();
    }

    long nextTick() {
        return nextTick;
    }

    /** Moves a periodic trigger to its next period once it fired at {@code now}. */
    void firedAt(long now) {
        while (nextTick <= now) {
            nextTick = Math.addExact(nextTick, ((Trigger.EveryTicks) nemesis.trigger()).ticks());
        }
    }

    List<NodeId> fired() {
        return List.copyOf(fired);
    }

    /** The nodes that held the role before the ones that just took it, at the last firing. */
    List<NodeId> previous() {
        return List.copyOf(previous);
    }

    void countTrigger() {
        triggered++;
    }

    void countMiss() {
        noTarget++;
    }

    void countStrike(Strike strike) {
        struck.merge(strike, 1L, Long::sum);
    }

    NemesisStats stats() {
        return new NemesisStats(nemesis.name(), triggered, Collections.unmodifiableSortedMap(new TreeMap<>(struck)), noTarget);
    }
}
