package dev.simscaffold.testkit.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.testkit.campaign.CampaignResult.SeedFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A campaign of four shards run as four separate JVMs, as a CI matrix runs them, merged into one summary. */
class LocalCampaignTest {

    private static final int SHARDS = 4;

    @Test
    void fourShardProcessesMergeIntoTheUnshardedCampaign(@TempDir Path workDir) throws IOException, InterruptedException {
        Path corpus = Files.createDirectories(workDir.resolve("empty-corpus"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < SHARDS; i++) {
            processes.add(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "-Dsim.shard=" + i + "/" + SHARDS,
                    "-Dsim.corpus=" + corpus, "-Dsim.commit=local", LocalCampaignShard.class.getName())
                    .directory(workDir.toFile()).redirectErrorStream(true).redirectOutput(workDir.resolve("shard-" + i + ".log").toFile()).start());
        }
        for (Process process : processes) {
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("a shard process finished").isTrue();
            assertThat(process.exitValue()).isZero();
        }

        CampaignMerge merge = CampaignMerge.of(CampaignMerge.read(List.of(workDir.resolve(CampaignFiles.DIRECTORY))));
        long total = (long) SHARDS * LocalCampaignShard.SEEDS_PER_SHARD;
        List<Long> expectedFailures = new ArrayList<>();
        CampaignSeeds identity = new CampaignSeeds(LocalCampaignShard.CAMPAIGN);
        for (long k = 0; k < total; k++) {
            if (Math.floorMod(identity.seed(k), 7) == 0) {
                expectedFailures.add(k);
            }
        }
        assertThat(merge.shards()).hasSize(SHARDS);
        assertThat(merge.missingShards()).isEmpty();
        assertThat(merge.summaryLine()).contains("\"seedsRun\": " + total, "\"failed\": " + expectedFailures.size());
        assertThat(merge.failures()).extracting(SeedFailure::k).containsExactlyElementsOf(expectedFailures);
        assertThat(expectedFailures).as("the fixture's bug is found at all").isNotEmpty();
    }
}
