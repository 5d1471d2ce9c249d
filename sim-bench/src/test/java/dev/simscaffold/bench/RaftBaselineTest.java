package dev.simscaffold.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.explore.Strategy;
import dev.simscaffold.corpus.raft.RaftBug;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The bug benchmark's Raft baseline is named once and chosen by name: the fault epochs by default, which find the
 * unsynced vote on an early seed where the old realistic baseline passes it and the correct Raft passes too.
 */
class RaftBaselineTest {

    @Test
    void theEpochsAreTheDefaultAndTheRealisticFaultsStayReachableByName() {
        assertThat(System.getProperty("sim.bench.raftFaults")).isNull();
        assertThat(RaftBaseline.selected()).isSameAs(RaftBaseline.EPOCHS);
        assertThat(RaftBaseline.named("realistic")).isSameAs(RaftBaseline.REALISTIC);
        assertThat(RaftBaseline.EPOCHS.runTicks()).isEqualTo(1400);
        assertThat(RaftBaseline.EPOCHS.workloadTicks()).isEqualTo(1200);
        assertThat(RaftBaseline.REALISTIC.runTicks()).isEqualTo(BugBenchmark.RUN_TICKS);
        assertThatThrownBy(() -> RaftBaseline.named("hostile")).hasMessageContaining("hostile").hasMessageContaining("epochs");
    }

    @Test
    void theEpochsFindTheUnsyncedVoteOnASeedTheRealisticFaultsPassAndTheCorrectRaftPassesIt() {
        Set<RaftBug> vote = Set.of(RaftBug.VOTE_BEFORE_FSYNC);
        long seed = LongStream.rangeClosed(1, 100).filter(s -> RaftBaseline.EPOCHS.fails(s, Strategy.uniform(), vote)).findFirst().orElseThrow();

        assertThat(RaftBaseline.EPOCHS.fails(seed, Strategy.uniform(), Set.of())).isFalse();
        assertThat(RaftBaseline.REALISTIC.fails(seed, Strategy.uniform(), vote)).isFalse();
    }
}
