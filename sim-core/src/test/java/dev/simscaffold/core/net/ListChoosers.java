package dev.simscaffold.core.net;

import dev.simscaffold.core.explore.Chooser;
import dev.simscaffold.core.explore.EnabledEvent;
import dev.simscaffold.core.explore.Strategy;
import dev.simscaffold.core.random.SimRandom;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The choosers as they were before the seam showed a lazy view (commit 166b8bb): each decision lists every
 * enabled event as an {@link EnabledEvent} and keys its tables by strings. {@link ChooserIdentityTest} runs
 * them beside today's choosers, which must pick the same events with the same draws.
 */
final class ListChoosers {

    /** A strategy whose chooser is one of these, over a copy of the view as records. */
    record Listed(String name, java.util.function.Function<SimRandom, ListChooser> make, long holdTicks) implements Strategy {
        @Override
        public Chooser chooser(SimRandom random) {
            ListChooser chooser = make.apply(random);
            return enabled -> chooser.choose(List.copyOf(enabled));
        }
    }

    /** The chooser contract before: the enabled events as a list of records. */
    @FunctionalInterface
    interface ListChooser {
        int choose(List<EnabledEvent> enabled);
    }

    private ListChoosers() {
    }

    static ListChooser randomWalk(SimRandom random) {
        return enabled -> enabled.size() == 1 ? 0 : random.nextInt(enabled.size());
    }

    /** {@code PctChooser} before. */
    static final class Pct implements ListChooser {
        private static final long RANGE = 1L << 40;
        private final int depth;
        private final long[] changePoints;
        private final SimRandom random;
        private final Map<String, Long> priorities = new TreeMap<>();
        private long step;

        Pct(int depth, long length, SimRandom random) {
            this.depth = depth;
            this.random = random;
            this.changePoints = new long[depth - 1];
            for (int i = 0; i < changePoints.length; i++) {
                changePoints[i] = length - random.nextLong(length);
            }
        }

        @Override
        public int choose(List<EnabledEvent> enabled) {
            if (enabled.size() == 1) {
                return 0;
            }
            step++;
            int best = highest(enabled);
            for (int i = 0; i < changePoints.length; i++) {
                if (changePoints[i] == step) {
                    priorities.put(chain(enabled.get(best)), (long) depth - 1 - i);
                    best = highest(enabled);
                }
            }
            return best;
        }

        private int highest(List<EnabledEvent> enabled) {
            int best = 0;
            long bestPriority = Long.MIN_VALUE;
            for (int i = 0; i < enabled.size(); i++) {
                long priority = priorities.computeIfAbsent(chain(enabled.get(i)), key -> depth + random.nextLong(RANGE));
                if (priority > bestPriority) {
                    best = i;
                    bestPriority = priority;
                }
            }
            return best;
        }

        private static String chain(EnabledEvent event) {
            return event.kind() + " " + event.origin() + "->" + event.touches();
        }
    }

    /** {@code PosChooser} before. */
    static final class Pos implements ListChooser {
        private static final long RANGE = 1L << 40;

        private record Drawn(long priority, List<Integer> touches) {
        }

        private final SimRandom random;
        private final Map<String, Drawn> priorities = new TreeMap<>();

        Pos(SimRandom random) {
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
}
