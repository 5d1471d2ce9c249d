package dev.simscaffold.testkit.campaign;

import static dev.simscaffold.testkit.fixtures.SimProperties.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.testkit.campaign.CampaignResult.ShardRun;
import dev.simscaffold.testkit.fixtures.Tally;
import dev.simscaffold.testkit.fixtures.Tally.Add;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * #26 item 7: a campaign's canary, the module's planted bug, must be found in every shard; a shard whose canary
 * passes fails loudly. The planted bug here is a workload that adds up to {@code bound - 1} in one step to a
 * tally that must stay below ten: with {@code bound = 12} some seeds break it, with {@code bound = 10} (the
 * workload "went blind") none can.
 */
class CanaryTest {

    private static final String BELOW_TEN = Tally.below(10).name();

    @TempDir
    Path emptyCorpus;

    /** The planted bug: one step adds {@code seed mod bound} to a tally that must stay below ten. */
    private static LongConsumer addsUpTo(long bound) {
        return seed -> Tally.harness(seed, FaultConfig.none(), 10).apply(0, new Add(Math.floorMod(seed, bound)));
    }

    private static final LongConsumer CORRECT = seed -> Tally.harness(seed, FaultConfig.none(), 10).apply(0, new Add(1));

    @Test
    void aCanaryThatIsFoundLetsThePassingShardPassAndRecordsWhereItWasFound() {
        List<Long> canarySeeds = new ArrayList<>();
        LongConsumer planted = addsUpTo(12);
        ShardRun run = with(Map.of("sim.corpus", emptyCorpus.toString(), "sim.shard", "1/3"),
                () -> Campaign.named("canary-found").seedsPerShard(5)
                        .canary(Canary.named("adds too much", seed -> {
                            canarySeeds.add(seed);
                            planted.accept(seed);
                        }).caughtBy(BELOW_TEN))
                        .run(CORRECT));

        CampaignSeeds identity = new CampaignSeeds("canary-found");
        assertThat(canarySeeds).as("the canary runs the shard's own seeds, k = 1, 4, 7, ...")
                .startsWith(identity.seed(1)).allMatch(seed -> seed == identity.seed(1 + 3L * canarySeeds.indexOf(seed)));
        long last = canarySeeds.get(canarySeeds.size() - 1);
        assertThat(Math.floorMod(last, 12)).as("it stops at the first seed that finds it").isGreaterThanOrEqualTo(10);
        assertThat(canarySeeds.subList(0, canarySeeds.size() - 1)).allMatch(seed -> Math.floorMod(seed, 12) < 10);
        assertThat(run.canary()).startsWith("found adds too much at k=").endsWith(" seed " + last);
        assertThat(run.canaryMissed()).isFalse();
        assertThat(run.toJsonLine()).contains("\"canary\": \"found adds too much at k=");
    }

    @Test
    void theReadmeCampaignCarriesItsCanary() {
        LongConsumer plantedBug = addsUpTo(12);
        LongConsumer simulation = CORRECT;
        ShardRun run = with(Map.of("sim.corpus", emptyCorpus.toString()), () ->
                // DOCS:begin docs/guide/07-sweeps-campaigns-and-ci.md
                Campaign.named("tally-campaign").seedsPerShard(20)
                        .canary(Canary.named("adds too much", plantedBug).caughtBy("totals stay below 10"))
                        .run(simulation)
                // DOCS:end
        );
        assertThat(run.canary()).startsWith("found adds too much at k=");
    }

    @Test
    void aCanaryThatIsNotFoundFailsTheShardLoudlyWithItsNameAndSeeds() throws Exception {
        assertThatThrownBy(() -> with(Map.of("sim.corpus", emptyCorpus.toString(), "sim.shard", "0/2"),
                () -> Campaign.named("canary-blind").seedsPerShard(5)
                        .canary(Canary.named("adds too much", addsUpTo(10)).caughtBy(BELOW_TEN).within(30))
                        .run(CORRECT)))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("campaign canary-blind (shard 0/2): this campaign no longer finds bugs: its canary \"adds too much\" (caught by \""
                        + BELOW_TEN + "\") was not found in 30 seeds")
                .hasMessageContaining("canary seeds tried (k=seed): 0=" + new CampaignSeeds("canary-blind").seed(0) + " 2=")
                .hasMessageContaining("... and 10 more");

        Path dir = CampaignFiles.DIRECTORY.resolve("canary-blind");
        ShardRun run = (ShardRun) CampaignMerge.read(List.of(dir.resolve("shard-0-of-2.jsonl"))).get(0);
        assertThat(run.canary()).isEqualTo("missed adds too much over 30 seeds");
        assertThat(run.failed()).isZero();
        assertThat(CampaignMerge.of(List.of(run)).canaryMissed()).containsExactly("canary-blind:0/2");
        assertThat(CampaignMerge.of(List.of(run)).summaryLine()).contains("\"canaryMissed\": \"canary-blind:0/2\"");
        assertThat(Files.readString(dir.resolve("TEST-campaign.canary-blind.shard-0-of-2.xml")))
                .contains("failures=\"1\"", "name=\"canary: missed adds too much over 30 seeds\"", "this campaign no longer finds bugs");
    }

    @Test
    void aCanaryThatFailsAnotherWayIsNotFoundAndItsOtherFailuresAreListedApart() {
        assertThatThrownBy(() -> with(Map.of("sim.corpus", emptyCorpus.toString()),
                () -> Campaign.named("canary-broken").seedsPerShard(2)
                        .canary(Canary.named("broken harness", seed -> {
                            throw new IllegalStateException("harness not started");
                        }).caughtBy(BELOW_TEN).within(3))
                        .run(CORRECT)))
                .hasMessageContaining("this campaign no longer finds bugs: its canary \"broken harness\"")
                .hasMessageContaining("the canary failed another way (not counted as found) on 3 seeds:")
                .hasMessageContaining("IllegalStateException: harness not started");
    }

    @Test
    void withoutAnInvariantAnyFailureOfTheCanaryFindsIt() {
        ShardRun run = with(Map.of("sim.corpus", emptyCorpus.toString()),
                () -> Campaign.named("canary-any").seedsPerShard(2).canary(Canary.named("always fails", seed -> {
                    throw new AssertionError("planted");
                })).run(CORRECT));
        assertThat(run.canary()).isEqualTo("found always fails at k=0 seed " + new CampaignSeeds("canary-any").seed(0));
    }

    @Test
    void aShardWhoseSeedsFailReportsThemFirstAndItsMissedCanaryAfter() {
        assertThatThrownBy(() -> with(Map.of("sim.corpus", emptyCorpus.toString()),
                () -> Campaign.named("canary-both").seedsPerShard(4)
                        .canary(Canary.named("adds too much", addsUpTo(10)).caughtBy(BELOW_TEN).within(5))
                        .run(addsUpTo(40))))
                .hasMessageStartingWith("campaign canary-both: ")
                .hasMessageContaining("this campaign no longer finds bugs");
    }

    @Test
    void aCampaignWithoutACanaryRecordsNone() {
        ShardRun run = with(Map.of("sim.corpus", emptyCorpus.toString()), () -> Campaign.named("canary-none").seedsPerShard(2).run(CORRECT));
        assertThat(run.canary()).isEqualTo(ShardRun.NO_CANARY);
        assertThat(run.canaryMissed()).isFalse();
    }

    @Test
    void badCanariesAreRefusedNamingTheValue() {
        assertThatThrownBy(() -> Canary.named(" ", seed -> { })).hasMessageContaining("got \" \"");
        assertThatThrownBy(() -> Canary.named("x", seed -> { }).within(0)).hasMessageContaining("canary \"x\": seeds must be >= 1, got 0");
        assertThatThrownBy(() -> Canary.named("x", seed -> { }).caughtBy("")).hasMessageContaining("canary \"x\"");
        assertThatThrownBy(() -> Campaign.named("c").canary(null)).hasMessageContaining("canary must not be null");
    }
}
