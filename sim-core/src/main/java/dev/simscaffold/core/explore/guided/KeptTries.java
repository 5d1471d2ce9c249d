package dev.simscaffold.core.explore.guided;

import dev.simscaffold.core.random.SimRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A search's corpus: the tries that reached a feature first, and how many tries reached each feature. A kept try
 * is picked for mutation with a weight of one over the hits of the rarest feature it reached first, so the budget
 * goes to the neighbourhood of what is rarely reached (FairFuzz's rare branches), not of what every try reaches.
 */
final class KeptTries {

    /**
     * One kept try.
     *
     * @param recording what it drew
     * @param firstReached the features no earlier try had reached
     */
    record Kept(TryRecording recording, SortedSet<String> firstReached) {
    }

    private final int limit;
    private final List<Kept> kept = new ArrayList<>();
    private final TreeMap<String, Long> hits = new TreeMap<>();

    KeptTries(int limit) {
        this.limit = limit;
    }

    /** Counts the try's features and returns the ones no earlier try reached. */
    SortedSet<String> count(SortedSet<String> features) {
        SortedSet<String> novel = new TreeSet<>();
        for (String feature : features) {
            if (hits.merge(feature, 1L, Long::sum) == 1) {
                novel.add(feature);
            }
        }
        return novel;
    }

    /** Keeps a try that reached something first, unless the corpus is full; true if kept. */
    boolean keep(TryRecording recording, SortedSet<String> firstReached) {
        if (kept.size() >= limit) {
            return false;
        }
        kept.add(new Kept(recording, firstReached));
        return true;
    }

    boolean isEmpty() {
        return kept.isEmpty();
    }

    int size() {
        return kept.size();
    }

    int featuresSeen() {
        return hits.size();
    }

    /** A kept try, weighted towards the rarest features. */
    Kept pick(SimRandom random) {
        double[] cumulative = new double[kept.size()];
        double total = 0;
        for (int i = 0; i < kept.size(); i++) {
            long rarest = Long.MAX_VALUE;
            for (String feature : kept.get(i).firstReached()) {
                rarest = Math.min(rarest, hits.get(feature));
            }
            total += 1.0 / rarest;
            cumulative[i] = total;
        }
        double ticket = random.nextDouble() * total;
        for (int i = 0; i < cumulative.length; i++) {
            if (ticket < cumulative[i]) {
                return kept.get(i);
            }
        }
        return kept.get(kept.size() - 1);
    }
}
