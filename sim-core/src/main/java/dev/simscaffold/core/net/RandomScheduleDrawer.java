package dev.simscaffold.core.net;

import dev.simscaffold.core.explore.FaultSpans;
import dev.simscaffold.core.random.RandomSource;
import dev.simscaffold.core.random.SimRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a valid {@link FaultSchedule} whose entries spread over the whole horizon, encoded so that shrinking
 * works on it.
 *
 * <p><b>Shape.</b> The horizon is cut into {@code maxEvents} equal slots with at most one entry each, at a
 * time drawn within its slot: eight entries over 1,000 ticks fall one in each eighth, never all in the first
 * fifty ticks. A first draw in {@code [0, maxEvents]} sets the schedule's density, the chance that a slot
 * holds an entry, so across seeds schedules range from empty to full, and {@code maxEvents} is the most a
 * schedule holds rather than a number it never reaches.
 *
 * <p><b>Encoding.</b> Each entry is its own {@link FaultSpans#SCHEDULED} span: "one more?", its slot
 * (one value, an absolute index; past the last slot the schedule ends), its time within its slot, its kind (an index over the caller's kinds, in {@link FaultSchedule.Kind} order) and its
 * details. An entry whose kind is not valid in the state so far (a heal with no partition) is drawn, then
 * skipped. Every draw means the same thing whatever came before it: deleting an entry's span removes that
 * entry and leaves the others where they were, and draws read past the recorded ones say "no more";
 * lowering draws gives fewer, earlier, shorter faults, down to one fault at time 0.
 */
final class RandomScheduleDrawer {

    /**
     * The chance of "one more entry" and of an entry in a full schedule's slot: not 1, because a draw of
     * probability 1 replays as true whatever was recorded, and the shrinker must be able to say "no".
     */
    private static final double ALMOST_ALWAYS = 1.0 - 1.0 / (1L << 30);

    private final SimRandom random;
    private final List<NodeId> nodes;
    private final long horizon;
    private final List<FaultSchedule.Kind> kinds;
    private final ScheduleState state;

    RandomScheduleDrawer(SimRandom random, List<NodeId> nodes, long horizon, List<FaultSchedule.Kind> kinds) {
        this.random = random;
        this.nodes = nodes;
        this.horizon = horizon;
        this.kinds = kinds;
        this.state = new ScheduleState(nodes);
    }

    List<FaultEvent> draw(int maxEvents) {
        List<FaultEvent> events = new ArrayList<>();
        if (maxEvents == 0) {
            return events;
        }
        long full = random.between(0, maxEvents);
        if (full == 0) {
            return events;
        }
        double density = Math.min(ALMOST_ALWAYS, (double) full / maxEvents);
        int slot = 0;
        while (slot < maxEvents) {
            int first = slot;
            Entry entry = random.span(FaultSpans.SCHEDULED, () -> drawEntry(density, first, maxEvents));
            if (entry == null) {
                break;
            }
            if (entry.event() != null) {
                state.apply(entry.event());
                events.add(entry.event());
            }
            slot = entry.slot() + 1;
        }
        return events;
    }

    /** One drawn entry: its slot, and its event, or null when its kind was not valid there. */
    private record Entry(int slot, FaultEvent event) {
    }

    /** Where slot {@code slot} of {@code slots} begins: {@code horizon * slot / slots}, without overflow. */
    private long slotStart(int slot, int slots) {
        return horizon / slots * slot + horizon % slots * slot / slots;
    }

    /**
     * Draws one entry as a span: "one more?", its slot (recorded as an absolute index, so deleting an earlier
     * entry leaves it where it was; while generating, each slot from {@code first} on is empty with
     * probability {@code 1 - density}, and running past the last slot ends the schedule), its time within
     * its slot, its kind and its details. Null when the schedule ends here.
     */
    private Entry drawEntry(double density, int first, int slots) {
        if (!random.chance(ALMOST_ALWAYS)) {
            return null;
        }
        long drawn = random.sample(slots + 1, source -> first + emptySlots(source, density, slots - first));
        int slot = (int) Math.max(first, drawn);
        if (slot >= slots) {
            return null;
        }
        long at = random.between(slotStart(slot, slots), slotStart(slot + 1, slots));
        return new Entry(slot, drawAt(at, kinds.get(random.nextInt(kinds.size()))));
    }

    /** Empty slots before the next entry: failures before a success of probability {@code density}, at most {@code limit}. */
    private static long emptySlots(RandomSource source, double density, int limit) {
        int empty = 0;
        while (empty < limit && !source.nextBoolean(density)) {
            empty++;
        }
        return empty;
    }

    private FaultEvent drawAt(long at, FaultSchedule.Kind kind) {
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
            case POWER_LOSS -> true;
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
            case POWER_LOSS -> new FaultEvent.PowerLoss(at, random.pick(nodes));
        };
    }

    private FaultEvent partition(long at) {
        List<NodeId> shuffled = random.shuffle(nodes);
        int cut = (int) random.between(1, shuffled.size() - 1);
        boolean oneWay = random.chance(0.5);
        return new FaultEvent.Partition(at, shuffled.subList(0, cut), shuffled.subList(cut, shuffled.size()), oneWay);
    }
}
