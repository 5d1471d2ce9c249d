package dev.simscaffold.core.net;

import dev.simscaffold.core.random.SimRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a valid {@link FaultSchedule}. Times advance by drawn gaps and each entry's kind is picked
 * among those valid in the state so far, so every draw sequence yields a valid schedule and a shrinker
 * that lowers draws gets fewer, earlier, shorter faults.
 */
final class RandomScheduleDrawer {

    private static final int PARTITION = 0;
    private static final int HEAL = 1;
    private static final int CRASH = 2;
    private static final int RESTART = 3;
    private static final int PAUSE = 4;

    private final SimRandom random;
    private final List<NodeId> nodes;
    private final long horizon;
    private final ScheduleState state;

    RandomScheduleDrawer(SimRandom random, List<NodeId> nodes, long horizon) {
        this.random = random;
        this.nodes = nodes;
        this.horizon = horizon;
        this.state = new ScheduleState(nodes);
    }

    FaultSchedule draw(int maxEvents) {
        int count = random.nextInt(maxEvents + 1);
        long maxGap = count == 0 ? 0 : Math.max(1, 2 * horizon / count);
        List<FaultEvent> events = new ArrayList<>();
        long at = 0;
        for (int i = 0; i < count; i++) {
            at += random.between(0, maxGap);
            if (at > horizon) {
                break;
            }
            FaultEvent event = drawAt(at);
            if (event != null) {
                state.apply(event);
                events.add(event);
            }
        }
        return FaultSchedule.of(nodes, events);
    }

    private FaultEvent drawAt(long at) {
        List<Integer> kinds = new ArrayList<>();
        List<NodeId> up = new ArrayList<>();
        List<NodeId> down = new ArrayList<>();
        List<NodeId> pausable = new ArrayList<>();
        for (NodeId node : nodes) {
            (state.crashed(node) ? down : up).add(node);
            if (state.pausable(node, at)) {
                pausable.add(node);
            }
        }
        if (nodes.size() >= 2) {
            kinds.add(PARTITION);
        }
        if (state.partitioned()) {
            kinds.add(HEAL);
        }
        if (!up.isEmpty()) {
            kinds.add(CRASH);
        }
        if (!down.isEmpty()) {
            kinds.add(RESTART);
        }
        if (!pausable.isEmpty()) {
            kinds.add(PAUSE);
        }
        if (kinds.isEmpty()) {
            return null;
        }
        return switch (random.pick(kinds)) {
            case PARTITION -> partition(at);
            case HEAL -> new FaultEvent.Heal(at);
            case CRASH -> new FaultEvent.Crash(at, random.pick(up));
            case RESTART -> new FaultEvent.Restart(at, random.pick(down));
            default -> new FaultEvent.Pause(at, random.pick(pausable), random.between(1, Math.max(1, horizon / 4)));
        };
    }

    private FaultEvent partition(long at) {
        List<NodeId> shuffled = random.shuffle(nodes);
        int cut = (int) random.between(1, shuffled.size() - 1);
        boolean oneWay = random.chance(0.5);
        return new FaultEvent.Partition(at, shuffled.subList(0, cut), shuffled.subList(cut, shuffled.size()), oneWay);
    }
}
