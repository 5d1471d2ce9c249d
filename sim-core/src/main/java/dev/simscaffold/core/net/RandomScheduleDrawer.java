package dev.simscaffold.core.net;

import dev.simscaffold.core.explore.FaultSpans;
import dev.simscaffold.core.random.SimRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a valid {@link FaultSchedule}, encoded so that shrinking works on it. Each event is announced by
 * its own "one more?" draw and its kind is an index over all five kinds (six with power losses, which come
 * last so that a drawer without them draws exactly what it always drew), skipped when not valid in the
 * state so far (a heal with no partition). Every draw therefore means the same thing whatever came before
 * it: deleting one event's draws removes exactly that event, and lowering draws gives fewer, earlier,
 * shorter faults. Picking among only the valid kinds would renumber them whenever an earlier event went.
 */
final class RandomScheduleDrawer {

    private static final int PARTITION = 0;
    private static final int HEAL = 1;
    private static final int CRASH = 2;
    private static final int RESTART = 3;
    private static final int PAUSE = 4;
    private static final int POWER_LOSS = 5;
    /** Probability that the schedule has one more event, up to its maximum. */
    private static final double ANOTHER_EVENT = 0.8;

    private final SimRandom random;
    private final List<NodeId> nodes;
    private final long horizon;
    private final ScheduleState state;
    private final int kinds;

    RandomScheduleDrawer(SimRandom random, List<NodeId> nodes, long horizon, boolean powerLoss) {
        this.random = random;
        this.nodes = nodes;
        this.horizon = horizon;
        this.state = new ScheduleState(nodes);
        this.kinds = powerLoss ? POWER_LOSS + 1 : POWER_LOSS;
    }

    FaultSchedule draw(int maxEvents) {
        long maxGap = maxEvents == 0 ? 0 : Math.max(1, 2 * horizon / maxEvents);
        List<FaultEvent> events = new ArrayList<>();
        long at = 0;
        for (int i = 0; i < maxEvents; i++) {
            long after = at;
            Entry entry = random.span(FaultSpans.SCHEDULED, () -> drawEntry(after, maxGap));
            if (entry == null) {
                break;
            }
            at = entry.at();
            if (entry.event() != null) {
                state.apply(entry.event());
                events.add(entry.event());
            }
        }
        return FaultSchedule.of(nodes, events);
    }

    /** One drawn entry: its time, and its event, or null when its kind was not valid there. */
    private record Entry(long at, FaultEvent event) {
    }

    /**
     * Draws one entry as a {@link FaultSpans#SCHEDULED} span, so the shrinker deletes an entry with all its
     * draws: the "one more?" draw, the gap, the kind and the details. Null when there is no further entry.
     */
    private Entry drawEntry(long after, long maxGap) {
        if (!random.chance(ANOTHER_EVENT)) {
            return null;
        }
        long at = after + random.between(0, maxGap);
        return at > horizon ? null : new Entry(at, drawAt(at));
    }

    private FaultEvent drawAt(long at) {
        int kind = random.nextInt(kinds);
        List<NodeId> up = new ArrayList<>();
        List<NodeId> down = new ArrayList<>();
        List<NodeId> pausable = new ArrayList<>();
        for (NodeId node : nodes) {
            (state.crashed(node) ? down : up).add(node);
            if (state.pausable(node, at)) {
                pausable.add(node);
            }
        }
        boolean valid = switch (kind) {
            case PARTITION -> nodes.size() >= 2;
            case HEAL -> state.partitioned();
            case CRASH -> !up.isEmpty();
            case RESTART -> !down.isEmpty();
            case PAUSE -> !pausable.isEmpty();
            default -> true;
        };
        if (!valid) {
            return null;
        }
        return switch (kind) {
            case PARTITION -> partition(at);
            case HEAL -> new FaultEvent.Heal(at);
            case CRASH -> new FaultEvent.Crash(at, random.pick(up));
            case RESTART -> new FaultEvent.Restart(at, random.pick(down));
            case PAUSE -> new FaultEvent.Pause(at, random.pick(pausable), random.between(1, Math.max(1, horizon / 4)));
            default -> new FaultEvent.PowerLoss(at, random.pick(nodes));
        };
    }

    private FaultEvent partition(long at) {
        List<NodeId> shuffled = random.shuffle(nodes);
        int cut = (int) random.between(1, shuffled.size() - 1);
        boolean oneWay = random.chance(0.5);
        return new FaultEvent.Partition(at, shuffled.subList(0, cut), shuffled.subList(cut, shuffled.size()), oneWay);
    }
}
