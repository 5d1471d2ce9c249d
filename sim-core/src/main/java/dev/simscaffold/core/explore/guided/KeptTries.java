package dev.simscaffold.core.explore.guided;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.internal.Require;
import dev.simscaffold.core.random.SimRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A search's corpus: the tries that reached a feature first, and how many tries reached each feature. A kept try
 * is picked for mutation with a weight of one over the hits of the rarest feature it reached first, so the budget
 * goes to the neighbourhood of what is rarely reached (FairFuzz's rare branches), not of what every try reaches.
 *
 * <p>A corpus outlives its search as text ({@link #encode()}, {@link #decode}): a campaign shard writes what it kept
 * and a later shard or run resumes from it ({@link #absorb}), picking up the same kept tries and counts.
 */
@Api(Api.Status.EXPERIMENTAL)
public final class KeptTries {

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
        Require.atLeastOne("corpusLimit", limit);
        this.limit = limit;
    }

    /**
     * An empty corpus.
     *
     * @param limit how many tries it keeps at most, {@code >= 1}
     * @return the corpus
     */
    public static KeptTries limitedTo(int limit) {
        return new KeptTries(limit);
    }

    /**
     * Reads a corpus written by {@link #encode()}.
     *
     * @param text the text
     * @param limit how many tries the corpus keeps at most, {@code >= 1}
     * @param source what the text came from (a file name), for the error message
     * @return the corpus
     * @throws IllegalArgumentException naming the source and line that cannot be read
     */
    public static KeptTries decode(String text, int limit, String source) {
        return KeptTriesCodec.decode(text, new KeptTries(limit), source);
    }

    /**
     * Writes the corpus as text: the hits of every feature, then each kept try with its draws and spans.
     *
     * @return the text, which {@link #decode} reads back to an equal corpus
     */
    public String encode() {
        return KeptTriesCodec.encode(this);
    }

    /**
     * Adds another corpus: its hits are added to these, its tries kept after these while the limit allows.
     *
     * @param other the corpus to take in
     */
    public void absorb(KeptTries other) {
        other.hits.forEach((feature, count) -> hits.merge(feature, count, Long::sum));
        for (Kept entry : other.kept) {
            if (kept.size() >= limit) {
                break;
            }
            kept.add(entry);
        }
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

    /** Puts back a count read from text. */
    void restoreHits(String feature, long count) {
        hits.merge(feature, count, Long::sum);
    }

    /** Puts back a kept try read from text, past the limit only never. */
    void restore(Kept entry) {
        if (kept.size() < limit) {
            kept.add(entry);
        }
    }

    /**
     * Returns whether nothing is kept.
     *
     * @return true for an empty corpus
     */
    public boolean isEmpty() {
        return kept.isEmpty();
    }

    /**
     * Returns how many tries are kept.
     *
     * @return the count
     */
    public int size() {
        return kept.size();
    }

    /**
     * Returns how many distinct features the tries counted reached.
     *
     * @return the count
     */
    public int featuresSeen() {
        return hits.size();
    }

    List<Kept> kept() {
        return kept;
    }

    SortedMap<String, Long> hits() {
        return hits;
    }

    /** A kept try, weighted towards the rarest features. */
    Kept pick(SimRandom random) {
        double[] cumulative = new double[kept.size()];
        double total = 0;
        for (int i = 0; i < kept.size(); i++) {
            long rarest = Long.MAX_VALUE;
            for (String feature : kept.get(i).firstReached()) {
                rarest = Math.min(rarest, hits.getOrDefault(feature, 1L));
            }
            total += 1.0 / Math.max(1, rarest);
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
