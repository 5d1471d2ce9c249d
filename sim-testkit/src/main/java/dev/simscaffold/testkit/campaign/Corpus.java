package dev.simscaffold.testkit.campaign;

import dev.simscaffold.core.Api;
import dev.simscaffold.testkit.replay.SimProperty;
import dev.simscaffold.testkit.report.JsonLine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The failing seeds a module keeps, TigerBeetle-style: one small JSON file per failure under
 * {@code src/test/resources/sim-corpus/<campaign>/seed_<seed>.json} ({@code mutant_<seed>.json} for a guided
 * campaign's mutant, with its choices), committed with the code. A campaign
 * replays its corpus before any new seed, so a bug a campaign once found stays a regression test; the
 * merge adds new failures to it.
 *
 * @param directory the corpus root (by default {@link #DEFAULT}, or {@code -Dsim.corpus})
 */
@Api(Api.Status.EXPERIMENTAL)
public record Corpus(Path directory) {

    /** The corpus root relative to the module directory, Surefire's working directory. */
    public static final Path DEFAULT = Path.of("src", "test", "resources", "sim-corpus");

    /**
     * One kept failure.
     *
     * @param campaign the campaign that found it
     * @param k its index in the campaign
     * @param seed the seed
     * @param invariant what failed when it was found
     * @param foundAt the commit it was found at
     * @param choices empty for a seed; for a guided campaign's mutant ({@code k} is {@link CampaignResult.SeedFailure#MUTANT}), its
     *        encoded choice sequence, which replays it where a seed cannot
     */
    public record Entry(String campaign, long k, long seed, String invariant, String foundAt, String choices) {

        /**
         * A kept failing seed.
         *
         * @param campaign the {@code campaign} component
         * @param k the {@code k} component
         * @param seed the {@code seed} component
         * @param invariant the {@code invariant} component
         * @param foundAt the {@code foundAt} component
         */
        public Entry(String campaign, long k, long seed, String invariant, String foundAt) {
            this(campaign, k, seed, invariant, foundAt, "");
        }

        /**
         * Whether the entry is a guided mutant, replayed from its choices.
         *
         * @return true for a mutant
         */
        public boolean isMutant() {
            return !choices.isEmpty();
        }
    }

    /**
     * Validates the component.
     *
     * @param directory the {@code directory} component
     */
    public Corpus {
        if (directory == null) {
            throw new NullPointerException("corpus directory");
        }
    }

    /**
     * The corpus {@code -Dsim.corpus} names, else {@link #DEFAULT}.
     *
     * @return the corpus
     */
    public static Corpus fromSystemProperties() {
        return new Corpus(SimProperty.CORPUS.given().map(Path::of).orElse(DEFAULT));
    }

    /**
     * The kept failures of one campaign, in seed-index order (empty when it has none).
     *
     * @param campaign the campaign id
     * @return its entries
     */
    public List<Entry> entries(String campaign) {
        Path dir = directory.resolve(new CampaignSeeds(campaign).campaign());
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).map(Corpus::read)
                    .sorted(java.util.Comparator.comparingLong(Entry::k).thenComparingLong(Entry::seed)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the corpus " + dir, e);
        }
    }

    /**
     * Adds a failure unless the corpus already holds its seed; an entry once written is never rewritten,
     * so adding is idempotent.
     *
     * @param entry the failure
     * @return whether a new file was written
     */
    public boolean add(Entry entry) {
        Path file = directory.resolve(new CampaignSeeds(entry.campaign()).campaign())
                .resolve((entry.isMutant() ? "mutant_" : "seed_") + entry.seed() + ".json");
        if (Files.exists(file)) {
            return false;
        }
        JsonLine json = new JsonLine().put("campaign", entry.campaign()).put("k", entry.k()).put("seed", entry.seed())
                .put("invariant", entry.invariant()).put("foundAt", entry.foundAt());
        String text = (entry.isMutant() ? json.put("choices", entry.choices()) : json) + "\n";
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not add " + file + " to the corpus", e);
        }
        return true;
    }

    private static Entry read(Path file) {
        try {
            Map<String, Object> f = JsonLine.parse(Files.readString(file, StandardCharsets.UTF_8).trim());
            if (!(f.get("campaign") instanceof String campaign) || !(f.get("k") instanceof Long k)
                    || !(f.get("seed") instanceof Long seed) || !(f.get("invariant") instanceof String invariant)
                    || !(f.get("foundAt") instanceof String foundAt)) {
                throw new IllegalArgumentException("corpus file " + file + " needs campaign, k, seed, invariant and foundAt");
            }
            return new Entry(campaign, k, seed, invariant, foundAt, f.get("choices") instanceof String choices ? choices : "");
        } catch (IOException e) {
            throw new UncheckedIOException("could not read corpus file " + file, e);
        }
    }
}
