package dev.simscaffold.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.check.Falsified;
import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.check.PropertyResult;
import dev.simscaffold.core.check.PropertyRunner;
import dev.simscaffold.core.check.PropertySettings;
import dev.simscaffold.core.random.SimRandom;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures, on demand, the shrunk size (in the unit of {@link dev.simscaffold.core.check.ActionCount}) and shrink
 * time of the two-phase commit whose coordinator commits on its timeout, over base seeds 1..N with the default
 * shrink budget, as {@code CorpusShrinkMeasureTest} does for the corpus bugs (that bug lives here, in sim-bench):
 * {@code -Dshrink.measure=true -Dmeasure.seeds=20}. The unit counts the transactions ({@code op.2pc} spans); the
 * lost or late vote the bug needs is a network decision inside a {@code network.event} span, which the unit does
 * not count, so a shrunk case and the hand-minimal one are both measured without it.
 */
@EnabledIfSystemProperty(named = "shrink.measure", matches = "true")
class TwoPhaseCommitShrinkMeasureTest {

    /** The transactions and the stream of their votes and network decisions. */
    private record Workload(int transactions, SimRandom random) {
    }

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    @Test
    void commitOnTimeout() {
        List<long[]> rows = new ArrayList<>();
        for (long seed = 1; seed <= Long.getLong("measure.seeds", 20); seed++) {
            long[] shrinkStart = {0, 0};
            PropertySettings settings = PropertySettings.seeded(seed).withTries(300).withStopShrinking(() -> {
                if (shrinkStart[0] == 0) {
                    shrinkStart[0] = System.nanoTime();
                    shrinkStart[1] = CPU.getCurrentThreadCpuTime();
                }
                return false;
            });
            PropertyResult<Workload> result = PropertyRunner.check(Gen.zip(TwoPhaseCommit.TRANSACTIONS, Gen.liveRandom(), Workload::new),
                    settings, workload -> TwoPhaseCommit.run(workload.transactions(), workload.random(), true));
            long millis = shrinkStart[0] == 0 ? 0 : (System.nanoTime() - shrinkStart[0]) / 1_000_000;
            long cpuMillis = shrinkStart[0] == 0 ? 0 : (CPU.getCurrentThreadCpuTime() - shrinkStart[1]) / 1_000_000;
            if (result instanceof Falsified<Workload> failure) {
                System.out.println("MEASURE 2PC commit on timeout base seed " + seed + ": " + failure.original().actions() + " -> "
                        + failure.shrunk().actions() + " in " + failure.shrinkAttempts() + " runs, " + millis + " ms wall, " + cpuMillis
                        + " ms CPU, " + failure.shrinkEnd() + "; decisions " + failure.shrunk().decisions());
                rows.add(new long[] {failure.shrunk().actions().total(), millis, cpuMillis});
            } else {
                System.out.println("MEASURE 2PC commit on timeout base seed " + seed + ": not found");
            }
        }
        assertThat(rows).isNotEmpty();
        System.out.println("MEDIAN 2PC commit on timeout of " + rows.size() + " found: size " + median(rows, 0) + " (bar "
                + 2 * TwoPhaseCommitMinimalTest.HAND_MINIMAL + "), shrink " + median(rows, 1) + " ms wall, " + median(rows, 2) + " ms CPU");
    }

    private static double median(List<long[]> rows, int column) {
        long[] values = rows.stream().mapToLong(row -> row[column]).sorted().toArray();
        int mid = values.length / 2;
        return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2.0;
    }
}
