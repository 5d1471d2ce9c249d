package dev.simscaffold.corpus.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fault atlas on the corpus's replicated log: the same heavy corruption that destroys every copy of committed
 * entries on some seeds without the atlas leaves every committed entry an intact copy with it. The corruption draws
 * are the same either way; the atlas keeps the flips off all but one disk, so corruption still strikes in most
 * runs.
 */
class RaftAtlasTest {

    private static final int SEEDS = 150;

    @Test
    void withoutTheAtlasHeavyCorruptionDestroysEveryCopyOfACommittedEntry() {
        List<String> lost = new ArrayList<>();
        for (long seed = 1; seed <= SEEDS; seed++) {
            long at = seed;
            RaftAtlasRuns.run(seed, RaftAtlasRuns.heavyCorruption(false)).lost().ifPresent(loss -> lost.add("seed " + at + ": " + loss));
        }
        System.out.println("[atlas] without: " + lost.size() + " of " + SEEDS + " lose data; first " + lost.stream().limit(3).toList());
        assertThat(lost).isNotEmpty();
    }

    @Test
    void withTheAtlasTheSameCorruptionLeavesEveryCommittedEntryAnIntactCopy() {
        List<String> lost = new ArrayList<>();
        long corruptions = 0;
        long spared = 0;
        int corruptedRuns = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            RaftAtlasRuns.Outcome outcome = RaftAtlasRuns.run(seed, RaftAtlasRuns.heavyCorruption(true));
            long at = seed;
            outcome.lost().ifPresent(loss -> lost.add("seed " + at + ": " + loss));
            assertThat(outcome.corruptedDisks()).as("seed %d: disks the atlas let be corrupted", seed).isLessThanOrEqualTo(1);
            corruptions += outcome.corruptions();
            spared += outcome.spared();
            corruptedRuns += outcome.corruptions() > 0 ? 1 : 0;
        }
        System.out.println("[atlas] with: " + lost.size() + " of " + SEEDS + " lose data; " + corruptions + " corruptions in "
                + corruptedRuns + " runs, " + spared + " spared");
        assertThat(lost).isEmpty();
        assertThat(corruptedRuns).as("runs in which corruption struck one disk despite the atlas").isGreaterThanOrEqualTo(SEEDS / 4);
        assertThat(spared).as("flips the atlas kept off the other disks").isPositive();
    }
}
