package dev.simscaffold.corpus.minimal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.nemesis.Nemeses;
import dev.simscaffold.core.nemesis.Nemesis;
import dev.simscaffold.corpus.raft.RaftBug;
import dev.simscaffold.corpus.raft.RaftRole;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures, on demand, the shrunk sizes and shrink times of a Raft bug found by a property over base seeds
 * 1..N: {@code -Dmeasure.bug=FIGURE_8_COMMIT -Dmeasure.nemesis=cutoff|hunt|none -Dmeasure.seeds=5
 * -Dmeasure.tries=400}, and {@code -Dmeasure.first=14} to start at another base seed than 1 (seeds first..N). Each line printed is one base seed; a base seed whose tries found nothing prints null;
 * the last line gives the medians over the base seeds that found the bug (size in the unit of
 * {@link dev.simscaffold.core.check.ActionCount}, the shrink's wall and CPU time, its runs).
 */
@EnabledIfSystemProperty(named = "measure.bug", matches = ".+")
class RaftShrinkMeasureTest {

    @Test
    void shrinkTheBugFromEachBaseSeed() {
        RaftBug bug = RaftBug.valueOf(System.getProperty("measure.bug"));
        String nemesis = System.getProperty("measure.nemesis", "hunt");
        Supplier<List<Nemesis>> nemeses = switch (nemesis) {
            case "hunt" -> () -> Nemeses.leaderHunt(RaftRole.LEADER, RaftRole.FOLLOWER);
            case "cutoff" -> () -> List.of(Nemeses.cutOffNew(RaftRole.LEADER));
            default -> List::of;
        };
        List<RaftShrinkRuns.Measured> found = new ArrayList<>();
        for (long seed = Long.getLong("measure.first", 1); seed <= Long.getLong("measure.seeds", 3); seed++) {
            RaftShrinkRuns.Measured one = RaftShrinkRuns.shrink(seed, EnumSet.of(bug), nemeses, Integer.getInteger("measure.tries", 50));
            System.out.println("MEASURE " + bug + " " + nemesis + (one == null ? " null" : " size=" + one.size() + " " + one));
            if (one != null) {
                found.add(one);
            }
        }
        assertThat(found).isNotEmpty();
        System.out.println("MEDIAN " + bug + " " + nemesis + " of " + found.size() + " found: size "
                + median(found.stream().mapToLong(RaftShrinkRuns.Measured::size).toArray())
                + ", shrink " + median(found.stream().mapToLong(RaftShrinkRuns.Measured::shrinkMillis).toArray()) + " ms wall / "
                + median(found.stream().mapToLong(RaftShrinkRuns.Measured::shrinkCpuMillis).toArray()) + " ms CPU, attempts "
                + median(found.stream().mapToLong(RaftShrinkRuns.Measured::attempts).toArray()));
    }

    /** The median, the mean of the middle two for an even count. */
    static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }
}
