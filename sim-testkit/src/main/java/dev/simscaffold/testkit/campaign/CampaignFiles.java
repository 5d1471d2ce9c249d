package dev.simscaffold.testkit.campaign;

import dev.simscaffold.testkit.campaign.CampaignResult.SeedFailure;
import dev.simscaffold.testkit.campaign.CampaignResult.ShardRun;
import dev.simscaffold.testkit.sweep.ShardSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a shard's results go and how they read: {@code target/sim-campaigns/<campaign>/shard-<i>-of-<n>.jsonl}
 * (the shard's line, then one line per failing seed) and {@code TEST-campaign.<campaign>.shard-<i>-of-<n>.xml}
 * beside it, a JUnit XML report that CI test reporters pick up with their usual {@code TEST-*.xml} pattern.
 */
final class CampaignFiles {

    /** Where shards write, relative to the module directory. */
    static final Path DIRECTORY = Path.of("target", "sim-campaigns");

    private CampaignFiles() {
    }

    static void write(ShardRun run, List<SeedFailure> failures) {
        String base = "shard-" + run.shardIndex() + "-of-" + run.shardCount();
        Path dir = DIRECTORY.resolve(run.campaign());
        StringBuilder lines = new StringBuilder(run.toJsonLine()).append('\n');
        failures.forEach(f -> lines.append(f.toJsonLine()).append('\n'));
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(base + ".jsonl"), lines, StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("TEST-campaign." + run.campaign() + "." + base + ".xml"), junitXml(run, failures), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write campaign results under " + dir.toAbsolutePath(), e);
        }
    }

    /**
     * Where a guided shard writes the choice sequences of its failing mutants, for {@code -Dsim.choices}.
     *
     * @param campaign the campaign id
     * @return {@code target/sim-campaigns/<campaign>/choices}
     */
    static Path choicesDirectory(String campaign) {
        return DIRECTORY.resolve(campaign).resolve("choices");
    }

    /**
     * Writes what a guided shard kept, {@code target/sim-campaigns/<campaign>/kept/shard-<i>-of-<n>.kept}, which
     * {@code -Dsim.kept} resumes from.
     *
     * @param campaign the campaign id
     * @param shard the shard
     * @param text the kept tries, as {@code KeptTries.encode()} wrote them
     * @return the file
     */
    static Path writeKept(String campaign, ShardSpec shard, String text) {
        Path file = DIRECTORY.resolve(campaign).resolve("kept").resolve("shard-" + shard.index() + "-of-" + shard.count() + ".kept");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the kept tries " + file.toAbsolutePath(), e);
        }
        return file;
    }

    /**
     * One test case per failing seed, named by its index and seed, one for the seeds that passed, and one for
     * the canary when the campaign carries one.
     */
    static String junitXml(ShardRun run, List<SeedFailure> failures) {
        String suite = "campaign." + run.campaign() + ".shard-" + run.shardIndex() + "-of-" + run.shardCount();
        boolean hasCanary = !run.canary().equals(ShardRun.NO_CANARY);
        int canaryFailures = run.canaryMissed() ? 1 : 0;
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<testsuite name=\"").append(escape(suite)).append("\" tests=\"").append(failures.size() + 1 + (hasCanary ? 1 : 0))
                .append("\" failures=\"").append(failures.size() + canaryFailures).append("\" errors=\"0\" skipped=\"0\" time=\"")
                .append(seconds(run.durationMillis())).append("\">\n");
        long passed = run.seedsRun() + run.mutants() - failures.size();
        xml.append("  <testcase classname=\"").append(escape(suite)).append("\" name=\"").append(passed)
                .append(run.mutants() == 0 ? " seeds" : " tries (" + run.mode() + ")").append(" passed (k = ").append(run.shardIndex()).append(" mod ")
                .append(run.shardCount()).append(")\"/>\n");
        if (hasCanary) {
            xml.append("  <testcase classname=\"").append(escape(suite)).append("\" name=\"canary: ").append(escape(run.canary())).append('"');
            xml.append(run.canaryMissed()
                    ? ">\n    <failure type=\"canary\" message=\"this campaign no longer finds bugs\">" + escape(run.canary()) + "</failure>\n  </testcase>\n"
                    : "/>\n");
        }
        for (SeedFailure f : failures) {
            xml.append("  <testcase classname=\"").append(escape(suite)).append("\" name=\"").append(f.isMutant() ? "mutant" : "k=" + f.k())
                    .append(" seed=").append(f.seed())
                    .append("\" time=\"").append(seconds(f.durationMillis())).append("\">\n")
                    .append("    <failure type=\"").append(escape(f.invariant())).append("\" message=\"").append(escape(f.message())).append("\">")
                    .append(escape(f.message() + "\nreplay: " + f.replay())).append("</failure>\n")
                    .append("  </testcase>\n");
        }
        return xml.append("</testsuite>\n").toString();
    }

    private static String seconds(long millis) {
        return millis / 1000 + "." + String.format("%03d", millis % 1000);
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
        return out.toString();
    }
}
