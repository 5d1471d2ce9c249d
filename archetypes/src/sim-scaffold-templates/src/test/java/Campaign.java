package ${package};

import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.testkit.campaign.Campaign;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed campaign that scales beyond one machine: ${check.scenario}, every shipped invariant checked
 * after every step. Seed k of the campaign is a fixed function of its id and k, so a failure found on any
 * machine is replayed with {@code mvn test -Dtest=${moduleName}Campaign -Dsim.seed=<seed>}.
 *
 * <p>A normal build first replays the corpus, {@code src/test/resources/sim-corpus/${moduleName}-campaign/}
 * (the failures campaigns found, one small file each, committed as regression tests), then runs
 * {@value #SEEDS_PER_SHARD} new seeds. {@code .github/workflows/sim-campaign.yml} runs it nightly as 8
 * shards of 40 minutes ({@code -Dsim.shard=i/8 -Dsim.budget=40m}) and merges their results;
 * {@code k8s/sim-campaign-job.yaml} runs 64 shards as a Kubernetes Indexed Job.
 *
 * <p>A campaign that finds nothing may have gone blind: a fault rate set to zero, a workload that stopped
 * writing, a check that checks nothing. So every shard, this build's included, also runs the canary
 * {@code PlantedBugTest.CANARY}, the planted bug whose shrunk run the README shows, on its own seeds, and
 * fails with "this campaign no longer finds bugs" when none of them exposes it.
 */
class ${moduleName}Campaign {

    /** New seeds per build when neither {@code -Dsim.seeds} nor {@code -Dsim.budget} is given. */
    static final int SEEDS_PER_SHARD = 20;

    @Test
    void everyShippedInvariantHoldsOnEveryCampaignSeedAndTheCanaryIsFound() {
        Campaign.named("${moduleName}-campaign").seedsPerShard(SEEDS_PER_SHARD).canary(PlantedBugTest.CANARY)
                .run(seed -> ${moduleName}Simulation.runChecking(SimRandom.seeded(seed), List.of()));
    }
}
