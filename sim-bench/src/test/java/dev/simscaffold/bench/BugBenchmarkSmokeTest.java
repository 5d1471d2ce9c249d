package dev.simscaffold.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.explore.Strategy;
import dev.simscaffold.corpus.raft.RaftBug;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bug benchmark runs, with tiny numbers: two seeds of one bug under two strategies, and its table. */
class BugBenchmarkSmokeTest {

    @Test
    void measuresACellPerBugAndStrategyAndPrintsThemAsMarkdown() {
        List<BugBenchmark.Cell> cells = BugBenchmark.measure(List.of(RaftBug.STALE_LEADER_READ),
                List.of(Strategy.uniform(), Strategy.pct(3)), 2);

        assertThat(cells).hasSize(2).allSatisfy(cell -> assertThat(cell.seeds()).isEqualTo(2));
        assertThat(BugBenchmark.table(cells)).contains("| STALE_LEADER_READ | `uniform` |").contains("| STALE_LEADER_READ | `pct:3` |");
    }

    @Test
    void theWilsonIntervalHoldsTheRate() {
        double[] none = new BugBenchmark.Cell(RaftBug.STALE_LEADER_READ, Strategy.uniform(), 0, 200, 0).wilson();
        double[] half = new BugBenchmark.Cell(RaftBug.STALE_LEADER_READ, Strategy.uniform(), 100, 200, 0).wilson();

        assertThat(none[0]).isZero();
        assertThat(none[1]).isBetween(0.018, 0.019);
        assertThat(half[0]).isBetween(0.43, 0.44);
        assertThat(half[1]).isBetween(0.56, 0.57);
    }
}
