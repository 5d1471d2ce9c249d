package dev.simscaffold.testkit.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.testkit.campaign.CampaignResult.SeedFailure;
import dev.simscaffold.testkit.campaign.CampaignResult.ShardRun;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CampaignMergeTest {

    private static ShardRun shard(String campaign, int i, int n, long seeds, long failed) {
        return new ShardRun(campaign, i, n, "uniform", seeds, failed, "seeds", "abc", "Temurin 17", "00ff", 10 + i, ShardRun.NO_CANARY);
    }

    private static SeedFailure failure(String campaign, long k, String invariant) {
        return failure(campaign, k, invariant, 100 - k);
    }

    /** A failure of an invariant that broke at a given step: the sooner, the simpler the seed. */
    private static SeedFailure failure(String campaign, long k, String invariant, long steps) {
        long seed = new CampaignSeeds(campaign).seed(k);
        return new SeedFailure(campaign, k, seed, "uniform", invariant, "invariant \"" + invariant + "\"", steps, "AssertionError: " + invariant,
                "mvn test -Dsim.seed=" + seed, "abc", "Temurin 17", "00ff", 3);
    }

    private static List<CampaignResult> results() {
        return List.of(shard("lease", 0, 3, 100, 1), failure("lease", 3, "at most one holder"),
                shard("lease", 1, 3, 100, 0), shard("lease", 2, 3, 99, 2), failure("lease", 2, "epochs increase"),
                failure("lease", 5, "at most one holder"));
    }

    @Test
    void theOrderOfTheInputsDoesNotMatter() {
        String merged = CampaignMerge.of(results()).toJsonLines();
        for (int rotation = 1; rotation < results().size(); rotation++) {
            List<CampaignResult> shuffled = new ArrayList<>(results());
            Collections.rotate(shuffled, rotation);
            Collections.swap(shuffled, 0, shuffled.size() - 1);
            assertThat(CampaignMerge.of(shuffled).toJsonLines()).as("rotation %d", rotation).isEqualTo(merged);
        }
    }

    @Test
    void mergingTwiceOrMergingTheMergedFileChangesNothing(@TempDir Path dir) throws IOException {
        CampaignMerge once = CampaignMerge.of(results());
        List<CampaignResult> doubled = new ArrayList<>(results());
        doubled.addAll(results());
        assertThat(CampaignMerge.of(doubled).toJsonLines()).isEqualTo(once.toJsonLines());

        Files.writeString(dir.resolve("merged.jsonl"), once.toJsonLines());
        Files.writeString(dir.resolve("shard-0-of-3.jsonl"), shard("lease", 0, 3, 100, 1).toJsonLine() + "\n");
        assertThat(CampaignMerge.of(CampaignMerge.read(List.of(dir))).toJsonLines()).isEqualTo(once.toJsonLines());
    }

    @Test
    void theSummaryCountsSeedsFailuresAndInvariantsAndNamesMissingShards() {
        String summary = CampaignMerge.of(results()).summaryLine();
        assertThat(summary).contains("\"seedsRun\": 299", "\"failed\": 3", "\"distinctInvariants\": 2",
                "\"invariant:at most one holder\": 2", "\"invariant:epochs increase\": 1", "\"missingShards\": \"\"");
        assertThat(CampaignMerge.of(List.of(shard("lease", 0, 4, 10, 0), shard("lease", 2, 4, 10, 0))).missingShards())
                .containsExactly("lease:1/4", "lease:3/4");
    }

    @Test
    void failuresAreGroupedByIdentityWithCountsAndTheSimplestSeed() {
        List<CampaignResult> results = new ArrayList<>(results());
        results.add(failure("lease", 9, "at most one holder", 4));
        results.add(failure("lease", 11, "at most one holder", -1));
        CampaignMerge merge = CampaignMerge.of(results);

        assertThat(merge.groups()).extracting(CampaignMerge.FailureGroup::identity, CampaignMerge.FailureGroup::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("invariant \"at most one holder\"", 4),
                        org.assertj.core.groups.Tuple.tuple("invariant \"epochs increase\"", 1));
        assertThat(merge.groups().get(0).simplest().k()).as("the seed that failed soonest, not the lowest index").isEqualTo(9);
        assertThat(merge.summaryLine()).contains("\"failed\": 5", "\"distinctFailures\": 2");
        assertThat(merge.toJsonLines()).contains("{\"type\": \"group\", \"campaign\": \"lease\", \"identity\": \"invariant \\\"at most one holder\\\"\"");

        String printed = runMain(writeAll(results));
        assertThat(printed).contains("failed 4x: lease invariant \"at most one holder\"\n  simplest: k=9 seed=" + merge.groups().get(0).simplest().seed()
                + " strategy=uniform (failed at step 4)\n  mvn test -Dsim.seed=").doesNotContain("k=11");
        assertThat(printed.lines().filter(line -> line.startsWith("failed "))).hasSize(2);
    }

    @Test
    void aLineWrittenBeforeStrategiesAndIdentitiesReadsAsUniformAndItsInvariant() {
        String old = "{\"type\": \"failure\", \"campaign\": \"lease\", \"k\": 3, \"seed\": 7, \"verdict\": \"fail\", \"invariant\": \"x\","
                + " \"message\": \"m\", \"replay\": \"r\", \"commit\": \"c\", \"jdk\": \"j\", \"configHash\": \"h\", \"durationMillis\": 1}";
        SeedFailure read = (SeedFailure) CampaignResult.parse(old);
        assertThat(read.strategy()).isEqualTo("uniform");
        assertThat(read.identity()).isEqualTo("x");
        assertThat(read.steps()).isEqualTo(-1);
    }

    private static String writeAll(List<CampaignResult> results) {
        try {
            Path file = Files.createTempFile("campaign", ".jsonl");
            StringBuilder lines = new StringBuilder();
            results.forEach(r -> lines.append(r.toJsonLine()).append('\n'));
            Files.writeString(file, lines);
            return file.toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aRerunOfAShardKeepsTheRunThatCoveredMoreSeeds() {
        CampaignMerge merge = CampaignMerge.of(List.of(shard("lease", 0, 1, 40, 0), shard("lease", 0, 1, 100, 0)));
        assertThat(merge.shards()).singleElement().extracting(ShardRun::seedsRun).isEqualTo(100L);
    }

    @Test
    void theCommandLineWritesTheMergeAndAddsNewFailuresToTheCorpusOnce(@TempDir Path dir) throws IOException {
        Path shards = Files.createDirectories(dir.resolve("shards"));
        StringBuilder lines = new StringBuilder();
        results().forEach(r -> lines.append(r.toJsonLine()).append('\n'));
        Files.writeString(shards.resolve("all.jsonl"), lines);
        Path corpus = dir.resolve("sim-corpus");

        String first = runMain("--out", dir.resolve("merged.jsonl").toString(), "--corpus", corpus.toString(), shards.toString());
        assertThat(first).contains("\"failed\": 3", "corpus: 3 new entries");
        assertThat(new Corpus(corpus).entries("lease")).extracting(Corpus.Entry::k).containsExactly(2L, 3L, 5L);
        assertThat(runMain("--corpus", corpus.toString(), shards.toString())).contains("corpus: 0 new entries");
        assertThat(Files.readString(dir.resolve("merged.jsonl"))).isEqualTo(CampaignMerge.of(results()).toJsonLines());
    }

    @Test
    void aLineThatIsNotAResultIsRefusedWithItsFileAndLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("bad.jsonl"), shard("lease", 0, 1, 1, 0).toJsonLine() + "\n{\"type\": \"shard\", \"campaign\": [1]}\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = CampaignMerge.run(new String[] {dir.toString()}, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("bad.jsonl:2: not a flat JSON object");
    }

    private static String runMain(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = CampaignMerge.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(exit).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }
}
