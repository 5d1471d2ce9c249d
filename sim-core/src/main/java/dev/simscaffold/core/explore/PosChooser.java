package dev.simscaffold.core.explore;

import dev.simscaffold.core.random.SimRandom;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One run of {@link PosStrategy}: priorities keyed by event ({@code kind} and {@code sequence}: a harness's
 * next input borrows the sequence its next routed letter will have), with the nodes each touches, so that
 * a chosen event can reset the priorities of the events it races with.
 */
final class PosChooser implements Chooser {

    private static final long RANGE = 1L << 40;

    private record Drawn(long priority, List<Integer> touches) {
    }

    private final SimRandom random;
    private final Map<String, Drawn> priorities = new TreeMap<>();

    PosChooser(SimRandom random) {
        this.random = random;
    }

    @Override
    public int choose(List<EnabledEvent> enabled) {
        int best = 0;
        if (enabled.size() > 1) {
            long bestPriority = Long.MIN_VALUE;
            for (int i = 0; i < enabled.size(); i++) {
                EnabledEvent event = enabled.get(i);
                long priority = priorities.computeIfAbsent(key(event), key -> new Drawn(random.nextLong(RANGE), event.touches()))
                        .priority();
                if (priority > bestPriority) {
                    best = i;
                    bestPriority = priority;
                }
            }
        }
        EnabledEvent chosen = enabled.get(best);
        priorities.remove(key(chosen));
        for (Iterator<Drawn> it = priorities.values().iterator(); it.hasNext();) {
            if (races(chosen.touches(), it.next().touches())) {
                it.remove();
            }
        }
        return best;
    }

    private static boolean races(List<Integer> a, List<Integer> b) {
        for (int node : a) {
            if (b.contains(node)) {
                return true;
            }
        }
        return false;
    }

    private static String key(EnabledEvent event) {
        return event.kind().name() + event.sequence();
    }
}
