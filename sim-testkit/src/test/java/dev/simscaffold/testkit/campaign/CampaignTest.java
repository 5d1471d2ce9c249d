package dev.simscaffold.testkit.campaign;

import static dev.simscaffold.testkit.fixtures.SimProperties.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.testkit.campaign.CampaignResult.ShardRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class CampaignTest {

    @TempDir
    Path emptyCorpus;

    /** Seeds a run saw, by their index in the campaign. */
    private Map<Long, Long> seedsByIndex(String campaign, long seedsPerShard, Map<String, String> properties) {
        CampaignSeeds identity = new CampaignSeeds(campaign);
        Map<Long, Long> byIndex = new TreeMap<>();
        List<Long> order = new ArrayList<>();
        Map<String, String> all = new LinkedHashMap<>(properties);
        all.put("sim.corpus", emptyCorpus.toString());
        with(all, () -> Campaign.named(campaign).seedsPerShard(seedsPerShard).run(order::add));
        for (long k = 0; byIndex.size() < order.size() && k < 10_000; k++) {
            if (order.contains(identity.seed(k))) {
                byIndex.put(k, identity.seed(k));
            }
        }
        assertThat(byIndex).as("every seed run is a seed of the campaign").hasSize(order.size());
        return byIndex;
    }

    @Test
    void theShardsOfAnyCountTogetherRunExactlyTheUnshardedCampaign() {
        Map<Long, Long> unsharded = seedsByIndex("union", 84, Map.of());
        assertThat(unsharded.keySet()).containsExactlyElementsOf(range(84));
        for (int n : new int[] {2, 3, 4, 7, 12}) {
            Map<Long, Long> union = new TreeMap<>();
            for (int i = 0; i < n; i++) {
                Map<Long, Long> shard = seedsByIndex("union", 84 / n, Map.of("sim.shard", i + "/" + n));
                int index = i;
                assertThat(shard.keySet()).as("shard %d/%d", i, n).allMatch(k -> k % n == index);
                shard.forEach((k, seed) -> assertThat(union.put(k, seed)).as("k=%d in two shards of %d", k, n).isNull());
            }
            assertThat(union).as("%d shards", n).isEqualTo(unsharded);
        }
    }

    @Test
    void aLargerBudgetOrAnotherShardCountKeepsEverySeedsIdentity() {
        Map<Long, Long> small = seedsByIndex("identity", 10, Map.of("sim.shard", "1/3"));
        Map<Long, Long> large = seedsByIndex("identity", 50, Map.of("sim.shard", "1/3"));
        Map<Long, Long> resharded = seedsByIndex("identity", 30, Map.of("sim.shard", "1/5", "sim.seeds", "30"));
        assertThat(large).containsAllEntriesOf(small);
        resharded.forEach((k, seed) -> assertThat(seed).isEqualTo(new CampaignSeeds("identity").seed(k)));
        assertThat(large.keySet()).filteredOn(resharded::containsKey).isNotEmpty()
                .allSatisfy(k -> assertThat(resharded.get(k)).isEqualTo(large.get(k)));
    }

    @Test
    void failingSeedsAreWrittenAsJsonLinesAndJUnitXmlWithTheirReplayCommand() throws Exception {
        CampaignSeeds identity = new CampaignSeeds("written");
        assertThatThrownBy(() -> with(Map.of("sim.corpus", emptyCorpus.toString(), "sim.shard", "1/2", "sim.commit", "abc123"),
                () -> Campaign.named("written").seedsPerShard(20).configuration("faults: hostile").run(seed -> {
                    if (Math.floorMod(seed, 4) == 0) {
                        throw new AssertionError("seed divisible by four\nsecond line");
                    }
                })))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("campaign written: ")
                .hasMessageContaining("seeds failed (shard 1/2)")
                .hasMessageMatching("(?s).*\nby failure identity:\n  \\d+x java\\.lang\\.AssertionError at .* \\(simplest: k=\\d+, seed -?\\d+\\)\nfirst failure.*")
                .hasMessageContaining("-Dsim.seed=");

        Path dir = CampaignFiles.DIRECTORY.resolve("written");
        List<CampaignResult> lines = CampaignMerge.read(List.of(dir.resolve("shard-1-of-2.jsonl")));
        ShardRun run = (ShardRun) lines.get(0);
        List<CampaignResult.SeedFailure> failures = lines.stream().skip(1).map(CampaignResult.SeedFailure.class::cast).toList();
        assertThat(run.seedsRun()).isEqualTo(20);
        assertThat(run.failed()).isEqualTo(failures.size()).isPositive();
        assertThat(run.commit()).isEqualTo("abc123");
        assertThat(failures).allSatisfy(f -> {
            assertThat(f.k() % 2).isEqualTo(1);
            assertThat(f.seed()).isEqualTo(identity.seed(f.k()));
            assertThat(Math.floorMod(f.seed(), 4)).isZero();
            assertThat(f.invariant()).isEqualTo("AssertionError");
            assertThat(f.message()).isEqualTo("AssertionError: seed divisible by four");
            assertThat(f.replay()).endsWith("-Dsim.seed=" + f.seed());
            assertThat(f.strategy()).isEqualTo("uniform");
            assertThat(f.identity()).startsWith("java.lang.AssertionError at ");
            assertThat(f.configHash()).isEqualTo(run.configHash());
        });

        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(dir.resolve("TEST-campaign.written.shard-1-of-2.xml").toFile());
        assertThat(xml.getDocumentElement().getAttribute("failures")).isEqualTo(String.valueOf(failures.size()));
        assertThat(xml.getElementsByTagName("testcase").getLength()).isEqualTo(failures.size() + 1);
        assertThat(xml.getElementsByTagName("failure").item(0).getTextContent()).contains("replay: ", "-Dsim.seed=" + failures.get(0).seed());
    }

    /** #25 item 1: the strategy is recorded beside each seed, and seed k is the same seed under any strategy. */
    @Test
    void theStrategyIsRecordedBesideTheSeedWithoutChangingWhichSeedKIs() {
        Map<Long, Long> uniform = seedsByIndex("strategies", 12, Map.of());
        Map<Long, Long> pct = seedsByIndex("strategies", 12, Map.of("sim.strategy", "pct:3"));
        assertThat(pct).isEqualTo(uniform);

        assertThatThrownBy(() -> with(Map.of("sim.corpus", emptyCorpus.toString()),
                () -> Campaign.named("strategy-lines").seedsPerShard(6).strategy(dev.simscaffold.core.explore.Strategy.pct(3)).run(seed -> {
                    throw new AssertionError("always");
                }))).hasMessageContaining("-Dsim.strategy=pct:3");
        List<CampaignResult> lines = CampaignMerge.read(List.of(CampaignFiles.DIRECTORY.resolve("strategy-lines")));
        assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line.toJsonLine()).contains("\"strategy\": \"pct:3\""));
        assertThat(lines).filteredOn(CampaignResult.SeedFailure.class::isInstance).isNotEmpty()
                .allSatisfy(line -> assertThat(((CampaignResult.SeedFailure) line).replay()).endsWith(" -Dsim.strategy=pct:3"));
    }

    @Test
    void theCorpusRunsBeforeAnyNewSeedAndAFailingCorpusSeedFailsAtOnceWithItsReplayCommand(@TempDir Path corpusDir) {
        Corpus corpus = new Corpus(corpusDir);
        corpus.add(new Corpus.Entry("kept", 7, 4242L, "totals stay below 25", "c0ffee"));
        List<Long> order = new ArrayList<>();
        with(Map.of("sim.corpus", corpusDir.toString()), () -> Campaign.named("kept").seedsPerShard(3).run(order::add));
        assertThat(order).hasSize(4).first().isEqualTo(4242L);

        List<Long> afterRegression = new ArrayList<>();
        assertThatThrownBy(() -> with(Map.of("sim.corpus", corpusDir.toString()), () -> Campaign.named("kept").seedsPerShard(3).run(seed -> {
            afterRegression.add(seed);
            if (seed == 4242L) {
                throw new AssertionError("totals stay below 25: total 25");
            }
        })))
                .hasMessageContaining("campaign kept: corpus seed 4242 (k=7, found at c0ffee failing \"totals stay below 25\") fails")
                .hasMessageContaining("-Dsim.seed=4242");
        assertThat(afterRegression).as("no new seed runs once the corpus fails").containsExactly(4242L);
    }

    @Test
    void aSingleSeedReplaysAloneWithoutCorpusOrShard(@TempDir Path corpusDir) {
        new Corpus(corpusDir).add(new Corpus.Entry("replayed", 1, 99L, "x", "c"));
        List<Long> order = new ArrayList<>();
        with(Map.of("sim.seed", "-6703", "sim.corpus", corpusDir.toString(), "sim.shard", "2/4"),
                () -> Campaign.named("replayed").seedsPerShard(50).run(order::add));
        assertThat(order).containsExactly(-6703L);
    }

    @Test
    void aTimeBudgetStopsTheShardAfterTheSeedInProgressAndSaysSo() {
        List<Long> order = new ArrayList<>();
        ShardRun run = with(Map.of("sim.budget", "1ms", "sim.corpus", emptyCorpus.toString()), () -> Campaign.named("budgeted").run(seed -> {
            order.add(seed);
            long until = System.nanoTime() + 2_000_000;
            while (System.nanoTime() < until) {
                Thread.onSpinWait();
            }
        }));
        assertThat(order).hasSize(1);
        assertThat(run.seedsRun()).isEqualTo(1);
        assertThat(run.stoppedBy()).isEqualTo("budget");
    }

    @Test
    void budgetsAreReadWithTheirUnitAndRefusedByValue() {
        assertThat(Budget.parseTime("40m")).hasMinutes(40);
        assertThat(Budget.parseTime("90s")).hasSeconds(90);
        assertThat(Budget.parseTime("2h")).hasHours(2);
        assertThat(Budget.parseTime("500ms")).hasMillis(500);
        assertThatThrownBy(() -> Budget.parseTime("40 minutes")).hasMessageContaining("\"40 minutes\"");
        assertThatThrownBy(() -> with(Map.of("sim.seeds", "many"), () -> Budget.fromSystemProperties(10))).hasMessageContaining("\"many\"");
        assertThat(with(Map.of("sim.budget", "5m"), () -> Budget.fromSystemProperties(10)).seeds()).isEqualTo(Long.MAX_VALUE);
        assertThat(with(Map.of("sim.budget", "5m", "sim.seeds", "7"), () -> Budget.fromSystemProperties(10)).seeds()).isEqualTo(7);
    }

    private static List<Long> range(long n) {
        List<Long> all = new ArrayList<>();
        for (long k = 0; k < n; k++) {
            all.add(k);
        }
        return all;
    }
}
