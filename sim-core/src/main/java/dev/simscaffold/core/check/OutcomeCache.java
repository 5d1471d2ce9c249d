package dev.simscaffold.core.check;

import dev.simscaffold.core.internal.StableHash;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which candidates would only repeat a run already made. A run reads, on each fork path, some number of
 * values from the front of its candidate and nothing else; any candidate that agrees with it on those
 * values (missing values counting as the zeros a replay reads past the end) is the same run, with the
 * same outcome, whatever it holds beyond them. Like Hypothesis' cache by choice prefix, this saves the
 * runs that deleting or lowering values at the end of a path, or padding it, would otherwise repeat.
 *
 * <p>A run is remembered by its <em>profile</em>, how many values it read per path, and a fingerprint of
 * those values. A candidate is looked up under the few most recent distinct profiles: runs of one shrink
 * mostly share a handful of shapes, and hashing a candidate once per profile costs far less than a run.
 * A hit is never a false positive beyond a 64-bit hash collision, and a miss only costs a run.
 */
final class OutcomeCache {

    /** How many distinct profiles a lookup tries, most recent first. */
    private static final int PROFILES = 8;

    private final List<SortedMap<ForkPath, Integer>> profiles = new ArrayList<>();
    /** Fingerprints of (profile, values read); only asked, never iterated. */
    private final Set<Long> runs = new TreeSet<>();

    /** Whether some remembered run read exactly what this candidate would make the run read. */
    boolean known(SortedMap<ForkPath, List<Long>> candidate) {
        for (SortedMap<ForkPath, Integer> profile : profiles) {
            if (runs.contains(fingerprint(profile, candidate))) {
                return true;
            }
        }
        return false;
    }

    /** Remembers the run a candidate made, by what it read. */
    void remember(SortedMap<ForkPath, List<Long>> candidate, ChoiceSequence read) {
        TreeMap<ForkPath, Integer> profile = new TreeMap<>();
        for (Map.Entry<ForkPath, List<Choice>> stream : read.streams().entrySet()) {
            profile.put(stream.getKey(), stream.getValue().size());
        }
        profiles.remove(profile);
        profiles.add(0, profile);
        if (profiles.size() > PROFILES) {
            profiles.remove(PROFILES);
        }
        runs.add(fingerprint(profile, candidate));
    }

    private static long fingerprint(SortedMap<ForkPath, Integer> profile, SortedMap<ForkPath, List<Long>> candidate) {
        StableHash hash = new StableHash();
        for (Map.Entry<ForkPath, Integer> entry : profile.entrySet()) {
            for (String purpose : entry.getKey().purposes()) {
                hash.putString(purpose);
            }
            hash.putLong(entry.getKey().purposes().size());
            int count = entry.getValue();
            hash.putLong(count);
            List<Long> values = candidate.getOrDefault(entry.getKey(), List.of());
            for (int i = 0; i < count; i++) {
                hash.putLong(i < values.size() ? values.get(i) : 0);
            }
        }
        return hash.value();
    }
}
