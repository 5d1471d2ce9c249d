package dev.simscaffold.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.explore.Strategy;
import dev.simscaffold.core.explore.guided.GuidedSearch;
import dev.simscaffold.core.explore.guided.RoleChanges;
import dev.simscaffold.core.explore.guided.TryOutcome;
import dev.simscaffold.core.trace.TraceMode;
import dev.simscaffold.corpus.raft.RaftBug;
import dev.simscaffold.corpus.raft.RaftCluster;
import dev.simscaffold.corpus.raft.RaftRole;
import dev.simscaffold.corpus.raft.RaftSetup;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The guided column runs, tiny, and compares like with like: a guided search's fresh tries, with the roles observed
 * after every event, are the very runs of the default hunt's seeds (same trace fingerprints), so the two columns
 * differ only by the mutants.
 */
class GuidedHuntSmokeTest {

    @Test
    void aGuidedSearchsFreshTriesObservingRolesAreTheDefaultHuntsRunsOfTheSameSeeds() {
        RaftSetup setup = RaftSetup.correct().withBugs(Set.of(RaftBug.STALE_LEADER_READ)).withFaults(RaftSetup.realisticFaults())
                .withWorkloadTicks(BugBenchmark.WORKLOAD_TICKS).withTraceMode(TraceMode.FINGERPRINT_ONLY);
        List<String> guided = new ArrayList<>();
        GuidedSearch.run(GuidedHunt.settings(7, 3, 0), random -> {
            guided.add(GuidedHunt.raftRun(random, Set.of(RaftBug.STALE_LEADER_READ), RoleChanges.of(RaftRole.class)).verdict().fingerprint());
            return TryOutcome.passed(List.of());
        });
        List<String> seeded = new ArrayList<>();
        for (long k = 0; k < 3; k++) {
            seeded.add(RaftCluster.start(BugHunt.trySeed(7, k), Strategy.uniform(), setup)
                    .runThenRecover(BugBenchmark.RUN_TICKS, BugBenchmark.RECOVERY_TICKS).fingerprint());
        }

        assertThat(guided).isEqualTo(seeded).doesNotHaveDuplicates();
    }

    @Test
    void theColumnsRunTinyAndTheControlsPass() {
        for (GuidedHunt.Target target : GuidedHunt.deep()) {
            int tries = GuidedHunt.guidedTries(target.control(), 1, 4, 0.5);
            assertThat(tries).as(target.name() + " control").isEqualTo(5);
        }
        assertThat(GuidedHunt.cells(new int[] {3, 1001, 7}, 1000, 1.5)).isEqualTo("2 / 3 | 7 | 1.5");
    }

    @Test
    void theCampaignColumnsCompareLikeWithLike() {
        GuidedHunt.Target planted = GuidedHunt.plantedThenDeep().get(0);
        int seeds = GuidedHunt.campaignTries("smoke-planted", planted.bug(), 400, 0.5, false);
        int guidedShareZero = GuidedHunt.campaignTries("smoke-planted", planted.bug(), 400, 0, true);

        assertThat(seeds).as("the seed shard found the planted bug").isLessThanOrEqualTo(400);
        assertThat(guidedShareZero).as("a guided shard of share 0 runs the seed shard's seeds, in order").isEqualTo(seeds);
        assertThat(GuidedHunt.campaignTries("smoke-control", planted.control(), 30, 0.5, true)).isEqualTo(31);
    }
}
