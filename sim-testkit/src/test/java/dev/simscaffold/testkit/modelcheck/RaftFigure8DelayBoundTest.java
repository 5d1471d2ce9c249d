package dev.simscaffold.testkit.modelcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.simscaffold.corpus.raft.LeaderCompleteness;
import dev.simscaffold.corpus.raft.RaftBug;
import dev.simscaffold.corpus.raft.RaftMessage;
import dev.simscaffold.corpus.raft.RaftServer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * #27's Figure 8 bar met by delay-bounded search ({@link NetworkModelCheckBuilder#deviations}) on the model
 * {@link RaftFigure8ModelCheckTest} checks. Opt-in: {@code -Draft.delaybound=true}, with
 * {@code raft.delaybound.deviations} (the bound), {@code .horizon} (moves), {@code .writes}, {@code .partitions},
 * {@code .maxStates}, {@code .bug}. Prints the verdict, states, CPU time and heap.
 */
@EnabledIfSystemProperty(named = "raft.delaybound", matches = "true")
class RaftFigure8DelayBoundTest {

    @Test
    void figure8() {
        boolean bug = Boolean.parseBoolean(System.getProperty("raft.delaybound.bug", "true"));
        int deviations = Integer.getInteger("raft.delaybound.deviations", 20);
        int horizon = Integer.getInteger("raft.delaybound.horizon", 80);
        int writes = Integer.getInteger("raft.delaybound.writes", 2);
        int partitions = Integer.getInteger("raft.delaybound.partitions", 3);
        long maxStates = Long.getLong("raft.delaybound.maxStates", 5_000_000L);
        NetworkModelCheck<RaftMessage> check = RaftFigure8ModelCheckTest.raft(bug ? EnumSet.of(RaftBug.FIGURE_8_COMMIT) : Set.of(),
                writes, partitions, horizon, maxStates).deviations(deviations)
                .nodeKey(node -> ((RaftServer) node).timedModelKey()).build();
        ModelCheckResult<RaftMessage> result = check.bfs();
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.out.printf(Locale.ROOT, "raft delay-bounded: bug=%s writes=%d partitions=%d deviations<=%d horizon=%d%n  %s%n"
                        + "  %.1f CPU-s, peak heap %d MiB of max %d MiB%n",
                bug, writes, partitions, deviations, horizon, result.summary(), result.elapsedNanos().orElse(0) / 1e9,
                peakHeap >> 20, Runtime.getRuntime().maxMemory() >> 20);
        result.counterexample().ifPresent(found -> System.out.println(found.describe()));
        if (!bug) {
            assertNotEquals(ModelCheckResult.Verdict.VIOLATED, result.verdict(), result.summary());
        } else {
            result.counterexample().ifPresent(found -> assertEquals(LeaderCompleteness.NAME, found.expectation(), found.describe()));
        }
    }
}
