package dev.simscaffold.corpus.minimal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.check.Falsified;
import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.check.PropertyCheck;
import dev.simscaffold.core.check.PropertyResult;
import dev.simscaffold.core.check.PropertyRunner;
import dev.simscaffold.core.check.PropertySettings;
import dev.simscaffold.core.history.HistoryChecker;
import dev.simscaffold.core.history.KvModel;
import dev.simscaffold.core.history.Verdict;
import dev.simscaffold.corpus.RunVerdict;
import dev.simscaffold.corpus.gossip.GossipBug;
import dev.simscaffold.corpus.gossip.GossipCluster;
import dev.simscaffold.corpus.gossip.GossipScenario;
import dev.simscaffold.corpus.lease.LeaseBug;
import dev.simscaffold.corpus.lease.LeaseCluster;
import dev.simscaffold.corpus.lease.LeaseScenario;
import dev.simscaffold.corpus.primarybackup.PbScenario;
import dev.simscaffold.corpus.primarybackup.PrimaryBackupBug;
import dev.simscaffold.corpus.primarybackup.PrimaryBackupCluster;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures, on demand, the shrunk sizes (in the unit of {@link dev.simscaffold.core.check.ActionCount}) and
 * shrink times (wall and this thread's CPU) of the corpus bugs outside the Raft over base seeds 1..N, with the default shrink budget:
 * {@code -Dshrink.measure=true -Dmeasure.seeds=20}. Each line printed is one base seed; the last gives the
 * medians and the bar, twice the bug's hand-minimal size. The Raft's bugs are measured by
 * {@link RaftShrinkMeasureTest}. Slow (a property search and a shrink per base seed), so never part of the
 * test phase.
 */
@EnabledIfSystemProperty(named = "shrink.measure", matches = "true")
class CorpusShrinkMeasureTest {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    @Test
    void primaryBackupStaleRead() {
        measure("primary-backup stale read", PbScenario.SCENARIOS, 300, StaleBackupReadMinimalTest.HAND_MINIMAL, scenario -> {
            if (HistoryChecker.of(KvModel.kv()).linearizable(PrimaryBackupCluster.run(scenario, EnumSet.of(PrimaryBackupBug.READS_FROM_BACKUPS)))
                    .verdict() != Verdict.OK) {
                throw new AssertionError("history is not linearizable");
            }
        });
    }

    @Test
    void leaseWithoutFencing() {
        measure("lease without fencing", LeaseScenario.SCENARIOS, 300, LeaseWithoutFencingMinimalTest.HAND_MINIMAL, scenario -> {
            RunVerdict verdict = LeaseCluster.run(scenario, EnumSet.of(LeaseBug.NO_FENCING), LeaseWithoutFencingMinimalTest.FAULTS,
                    LeaseWithoutFencingMinimalTest.TICKS);
            if (!verdict.passed()) {
                throw new AssertionError(verdict.report());
            }
        });
    }

    @Test
    void gossipNotEqualDedup() {
        measure("gossip != dedup", GossipScenario.SCENARIOS, 300, GossipDedupMinimalTest.HAND_MINIMAL, scenario -> {
            RunVerdict verdict = GossipCluster.run(scenario, EnumSet.of(GossipBug.NOT_EQUAL_DEDUP), GossipDedupMinimalTest.FAULTS);
            if (GossipDedupMinimalTest.rollsBack(verdict)) {
                throw new AssertionError(verdict.report());
            }
        });
    }

    private static <T> void measure(String bug, Gen<T> gen, int tries, int handMinimal, PropertyCheck<T> check) {
        List<long[]> rows = new ArrayList<>();
        for (long seed = 1; seed <= Long.getLong("measure.seeds", 20); seed++) {
            long[] shrinkStart = {0, 0};
            PropertySettings settings = PropertySettings.seeded(seed).withTries(tries).withStopShrinking(() -> {
                if (shrinkStart[0] == 0) {
                    shrinkStart[0] = System.nanoTime();
                    shrinkStart[1] = CPU.getCurrentThreadCpuTime();
                }
                return false;
            });
            PropertyResult<T> result = PropertyRunner.check(gen, settings, check);
            long millis = shrinkStart[0] == 0 ? 0 : (System.nanoTime() - shrinkStart[0]) / 1_000_000;
            long cpuMillis = shrinkStart[0] == 0 ? 0 : (CPU.getCurrentThreadCpuTime() - shrinkStart[1]) / 1_000_000;
            if (result instanceof Falsified<T> failure) {
                System.out.println("MEASURE " + bug + " base seed " + seed + ": " + failure.original().actions() + " -> "
                        + failure.shrunk().actions() + " in " + failure.shrinkAttempts() + " runs, " + millis + " ms wall, " + cpuMillis
                        + " ms CPU, " + failure.shrinkEnd() + "; shrunk " + failure.shrunk().value() + ": "
                        + failure.shrunk().failure().getMessage().lines().findFirst().orElse(""));
                rows.add(new long[] {failure.shrunk().actions().total(), millis, cpuMillis});
            } else {
                System.out.println("MEASURE " + bug + " base seed " + seed + ": not found");
            }
        }
        assertThat(rows).isNotEmpty();
        System.out.println("MEDIAN " + bug + " of " + rows.size() + " found: size "
                + RaftShrinkMeasureTest.median(rows.stream().mapToLong(row -> row[0]).toArray()) + " (bar " + 2 * handMinimal
                + "), max " + rows.stream().mapToLong(row -> row[0]).max().orElseThrow() + ", shrink "
                + RaftShrinkMeasureTest.median(rows.stream().mapToLong(row -> row[1]).toArray()) + " ms wall, "
                + RaftShrinkMeasureTest.median(rows.stream().mapToLong(row -> row[2]).toArray()) + " ms CPU");
    }
}
