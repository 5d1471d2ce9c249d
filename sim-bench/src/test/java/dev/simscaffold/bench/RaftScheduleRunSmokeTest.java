package dev.simscaffold.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.net.FaultEvent;
import dev.simscaffold.core.net.FaultSchedule;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The schedule probe runs, with tiny numbers, and its pool of seeds counts what a loop counts. */
class RaftScheduleRunSmokeTest {

    @Test
    void shapesDrawSchedulesOfTheirKindsOverTheServersAndRecover() {
        FaultSchedule composed = RaftScheduleRun.shape("partition:4+power:16").schedule().apply(7L);

        assertThat(composed.events()).allSatisfy(event -> assertThat(event).isInstanceOfAny(FaultEvent.Partition.class,
                FaultEvent.Heal.class, FaultEvent.PowerLoss.class, FaultEvent.Restart.class));
        assertThat(composed.events()).isNotEmpty();
        assertThat(RaftScheduleRun.shape("baseline").schedule().apply(7L).isEmpty()).isTrue();
        assertThatThrownBy(() -> RaftScheduleRun.shape("meteor:3")).hasMessageContaining("'meteor'");
        assertThatThrownBy(() -> RaftScheduleRun.shape("all")).hasMessageContaining("'all'");
    }

    @Test
    void aRunOfTheCorrectRaftPassesUnderAShape() {
        assertThat(RaftScheduleRun.fails(1, Optional.empty(), RaftScheduleRun.shape("all:8"), RaftScheduleRun.faults())).isFalse();
    }

    @Test
    void thePoolCountsWhatASequentialLoopCounts() {
        try (SeedPool pool = new SeedPool(3)) {
            assertThat(pool.count(1, 100, seed -> seed % 7 == 0).hits()).isEqualTo(14);
            assertThat(pool.count(5, 5, seed -> true).hits()).isEqualTo(1);
        }
        assertThatThrownBy(() -> new SeedPool(0)).hasMessageContaining("got 0");
    }
}
