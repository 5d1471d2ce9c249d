package dev.simscaffold.testkit.campaign;

import static dev.simscaffold.testkit.fixtures.SimProperties.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.simscaffold.core.check.ChoiceSequence;
import dev.simscaffold.core.explore.guided.Features;
import dev.simscaffold.core.explore.guided.TryOutcome;
import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.trace.TraceStop;
import dev.simscaffold.testkit.campaign.CampaignResult.SeedFailure;
import dev.simscaffold.testkit.campaign.CampaignResult.ShardRun;
import dev.simscaffold.testkit.fixtures.RumorNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * #26 item 5 for campaigns: a guided shard ({@link Campaign#runGuided}) keeps the tries that first reached a feature
 * and spends its mutation share on mutants of them. With share 0 it runs exactly a seed shard's seeds; on
 * {@link DuplicateReceiver}'s planted bug it finds the bug from more campaigns within the same budget; a mutant's
 * failure replays byte for byte from the choices file its command names, shrinks, and enters the corpus; what a shard
 * kept is written and resumed from; the same shard with the same inputs decides the same; the canary still runs; bad
 * input is refused naming the value or file.
 */
class GuidedCampaignTest {

    private static final Pattern CHOICES = Pattern.compile("-Dsim\\.choices=(\\S+)");

    @TempDir
    Path emptyCorpus;

    private Map<String, String> props(String... pairs) {
        Map<String, String> properties = new java.util.TreeMap<>();
        properties.put("sim.corpus", emptyCorpus.toString());
        for (int i = 0; i < pairs.length; i += 2) {
            properties.put(pairs[i], pairs[i + 1]);
        }
        return properties;
    }

    private static List<CampaignResult> lines(String campaign, String shard) {
        return CampaignMerge.read(List.of(CampaignFiles.DIRECTORY.resolve(campaign).resolve(shard + ".jsonl")));
    }

    private static ShardRun shardLine(String campaign) {
        return (ShardRun) lines(campaign, "shard-0-of-1").get(0);
    }

    /** Tries to the first failure of the campaign's guided (or seed) shard of {@code budget} tries, {@code budget + 1} for none. */
    private int triesToFind(String campaign, int budget, boolean guided) {
        Campaign shard = Campaign.named(campaign).seedsPerShard(budget).maxFailures(1);
        try {
            with(props(), () -> guided ? shard.runGuided(DuplicateReceiver::planted)
                    : shard.run(seed -> DuplicateReceiver.planted(SimRandom.seeded(seed)).failure().ifPresent(f -> {
                        throw new AssertionError(f);
                    })));
            return budget + 1;
        } catch (AssertionError found) {
            ShardRun line = shardLine(campaign);
            return (int) (line.seedsRun() + line.mutants());
        }
    }

    /** The guide's guided campaign: it passes, its line names the mode, and it spent part of its budget on mutants. */
    @Test
    void theGuideExampleRunsAGuidedShard() {
        ShardRun line = with(props(), this::rumorsGuided);
        assertThat(line.mode()).isEqualTo("guided share 0.5");
        assertThat(line.seedsRun() + line.mutants()).isEqualTo(100);
        assertThat(line.mutants()).isPositive();
    }

    // DOCS:begin docs/guide/07-sweeps-campaigns-and-ci.md
    ShardRun rumorsGuided() {
        return Campaign.named("rumors-guided").seedsPerShard(100).mutationShare(0.5)
                .runGuided(random -> {
                    SimNetwork<RumorNode.Rumors> network = SimNetwork.<RumorNode.Rumors>nodes(3, (id, r, now) -> new RumorNode(id, 3))
                            .random(random)                                    // every draw from the try's stream
                            .faults(NetworkFaults.builder().lossRate(0.3).duplicateRate(0.1).build())
                            .expect(Expectation.sometimes("every node heard alpha",
                                    view -> view.all(RumorNode.class).stream().allMatch(node -> node.known().contains("alpha"))))
                            .build();
                    network.invoke(NodeId.of(0), RumorNode.class, "hear alpha", node -> node.hear("alpha"));
                    network.run(60);                                           // an invariant that breaks throws
                    return TryOutcome.passed(Features.of(network.coverage())); // the sometimes reached, the faults fired
                });
    }
    // DOCS:end

    /**
     * {@code -Dsim.stopAt=N} stops a guided shard's replay right after event {@code #N}, from inside the run, as it
     * stops a seed shard's: for a replayed seed and for the try of a choices file (a mutant's, which has no seed);
     * asked for an event the run never reaches, it says so.
     */
    @Test
    void stopAtStopsAGuidedReplayOfASeedOrAChoicesFileAtItsEvent() {
        TraceStop.StoppedAtEvent seed = catchThrowableOfType(TraceStop.StoppedAtEvent.class,
                () -> with(props("sim.seed", "7", "sim.stopAt", "3"), this::rumorsGuided));
        assertThat(seed).as("a replayed seed stops").isNotNull();
        assertThat(seed.trace().size()).isEqualTo(4);

        Path file = new ChoicesFile(7, ChoiceSequence.ofRoot(List.of()).encoded()).write(emptyCorpus.resolve("simplest.choices"));
        TraceStop.StoppedAtEvent choices = catchThrowableOfType(TraceStop.StoppedAtEvent.class,
                () -> with(props("sim.choices", file.toString(), "sim.stopAt", "5"), this::rumorsGuided));
        assertThat(choices).as("a choices file's try stops").isNotNull();
        assertThat(choices.trace().size()).isEqualTo(6);

        assertThatThrownBy(() -> with(props("sim.choices", file.toString(), "sim.stopAt", "100000"), this::rumorsGuided))
                .isNotInstanceOf(TraceStop.StoppedAtEvent.class).hasMessageContaining("before event #100000");
    }

    @Test
    void aGuidedShardWithShareZeroRunsExactlyTheSeedShardsSeeds() {
        List<Long> seeded = new ArrayList<>();
        List<Long> guided = new ArrayList<>();
        with(props("sim.shard", "1/3"), () -> Campaign.named("guided-zero").seedsPerShard(40).run(seeded::add));
        ShardRun line = with(props("sim.shard", "1/3"), () -> Campaign.named("guided-zero").seedsPerShard(40).mutationShare(0).runGuided(random -> {
            guided.add(random.seed());
            return DuplicateReceiver.correct(random);
        }));

        assertThat(guided).isEqualTo(seeded).hasSize(40);
        assertThat(line.mode()).isEqualTo("guided share 0.0");
        assertThat(line.mutants()).isZero();
        assertThat(line.seedsRun()).isEqualTo(40);
    }

    @Test
    void aGuidedCampaignFindsThePlantedBugBehindRareSituationsFromMoreCampaignsWithinTheSameBudget() {
        int campaigns = Integer.getInteger("guided.campaigns", 12);
        int budget = Integer.getInteger("guided.budget", 400);
        int[] seeds = IntStream.rangeClosed(1, campaigns).map(b -> triesToFind("dup-" + b, budget, false)).sorted().toArray();
        int[] guided = IntStream.rangeClosed(1, campaigns).map(b -> triesToFind("dup-" + b, budget, true)).sorted().toArray();
        long seedsFound = Arrays.stream(seeds).filter(t -> t <= budget).count();
        long guidedFound = Arrays.stream(guided).filter(t -> t <= budget).count();
        System.out.printf(Locale.ROOT, "within %d tries: seed shards found it in %d / %d campaigns %s, guided shards in %d %s%n", budget, seedsFound,
                campaigns, Arrays.toString(seeds), guidedFound, Arrays.toString(guided));

        assertThat(guidedFound).as("campaigns whose guided shard found it within %d tries (seed shards: %d)", budget, seedsFound)
                .isGreaterThanOrEqualTo(2 * seedsFound).isGreaterThanOrEqualTo(campaigns / 2);
    }

    @Test
    void aMutantsFailureReplaysByteForByteFromItsChoicesFileShrinksAndEntersTheCorpus() throws Exception {
        List<List<Boolean>> tries = new ArrayList<>();
        GuidedRecording recording = random -> {
            List<Boolean> drawn = new ArrayList<>();
            tries.add(drawn);
            return DuplicateReceiver.run(random, DuplicateReceiver.BREAKS_AT, drawn);
        };
        SeedFailure mutant = null;
        for (int b = 1; b <= 20 && mutant == null; b++) {
            tries.clear();
            String campaign = "dup-mutant-" + b;
            AssertionError failed = catchThrowableOfType(AssertionError.class,
                    () -> with(props(), () -> Campaign.named(campaign).seedsPerShard(400).maxFailures(1).runGuided(recording::run)));
            if (failed != null && lines(campaign, "shard-0-of-1").get(1) instanceof SeedFailure f && f.isMutant()) {
                mutant = f;
                assertThat(failed).hasMessageContaining("guided share 0.5").hasMessageContaining("first failure (a mutant");
                assertThat(shardLine(campaign).mode()).isEqualTo("guided share 0.5");
                assertThat(shardLine(campaign).mutants()).isPositive();
            }
        }
        assertThat(mutant).as("a guided campaign whose first failure is a mutant").isNotNull();
        assertThat(mutant.k()).isEqualTo(SeedFailure.MUTANT);
        List<Boolean> failingTry = tries.get(tries.size() - 1);
        Matcher command = CHOICES.matcher(mutant.replay());
        assertThat(command.find()).as(mutant.replay()).isTrue();
        Path file = Path.of(command.group(1));
        assertThat(file).exists();

        tries.clear();
        AssertionError replayed = catchThrowableOfType(AssertionError.class,
                () -> with(props("sim.choices", file.toString()), () -> Campaign.named("replaying").runGuided(recording::run)));
        assertThat(tries.get(0)).as("the replay draws exactly what the failing mutant drew").isEqualTo(failingTry);
        assertThat(replayed).hasMessageContaining("the try in " + file + " fails").hasMessageContaining("shrunk from ")
                .hasMessageContaining("replay the shrunk try:");
        Matcher shrunkCommand = CHOICES.matcher(replayed.getMessage().substring(replayed.getMessage().indexOf("replay the shrunk try:")));
        assertThat(shrunkCommand.find()).isTrue();
        Path shrunk = Path.of(shrunkCommand.group(1));
        ChoicesFile shrunkChoices = ChoicesFile.read(shrunk);
        assertThat(shrunkChoices.choices().length()).isLessThanOrEqualTo(ChoicesFile.read(file).choices().length());
        tries.clear();
        assertThatThrownBy(() -> with(props("sim.choices", shrunk.toString()), () -> Campaign.named("replaying").runGuided(recording::run)))
                .hasMessageContaining("fails");
        assertThat(tries.get(0).stream().filter(d -> d).count()).as("the shrunk try still has its five duplicates").isEqualTo(DuplicateReceiver.BREAKS_AT);

        Corpus corpus = new Corpus(emptyCorpus);
        assertThat(CampaignMerge.of(List.of(mutant)).addTo(corpus)).isEqualTo(1);
        assertThat(Files.readString(emptyCorpus.resolve(mutant.campaign()).resolve("mutant_" + mutant.seed() + ".json"), StandardCharsets.UTF_8))
                .contains("\"choices\": \"" + mutant.choices() + "\"");
        String campaign = mutant.campaign();
        assertThatThrownBy(() -> with(props(), () -> Campaign.named(campaign).seedsPerShard(5).runGuided(DuplicateReceiver::planted)))
                .hasMessageContaining("corpus mutant " + mutant.seed()).hasMessageContaining("shrunk from");
        List<Long> seedShard = new ArrayList<>();
        with(props(), () -> Campaign.named(campaign).seedsPerShard(5).run(seedShard::add));
        assertThat(seedShard).as("a seed shard does not run a corpus mutant's seed as if it were a seed").doesNotContain(mutant.seed()).hasSize(5);
        String xml = CampaignFiles.junitXml(new ShardRun(campaign, 0, 1, "uniform", 10, 1, "maxFailures", "abc", "jdk", "00", 5, ShardRun.NO_CANARY,
                "guided share 0.5", 4), List.of(mutant));
        assertThat(xml).contains("name=\"13 tries (guided share 0.5) passed", "name=\"mutant seed=" + mutant.seed() + "\"");
    }

    /** A guided try, named so that a test can pass it where a method reference is wanted. */
    private interface GuidedRecording {
        TryOutcome run(SimRandom random);
    }

    @Test
    void whatAShardKeptIsWrittenAndALaterShardResumesFromItDecidingTheSameForTheSameInputs() throws Exception {
        ShardRun first = with(props("sim.shard", "0/2"), () -> Campaign.named("kept").seedsPerShard(120).runGuided(DuplicateReceiver::correct));
        Path keptDir = CampaignFiles.DIRECTORY.resolve("kept").resolve("kept");
        String keptText = Files.readString(keptDir.resolve("shard-0-of-2.kept"), StandardCharsets.UTF_8);
        assertThat(keptText).startsWith("sim-scaffold kept tries 1\n").contains("\ntry\n");
        ShardRun again = with(props("sim.shard", "0/2"), () -> Campaign.named("kept").seedsPerShard(120).runGuided(DuplicateReceiver::correct));
        assertThat(Files.readString(keptDir.resolve("shard-0-of-2.kept"), StandardCharsets.UTF_8)).as("the same shard keeps the same").isEqualTo(keptText);
        assertThat(again.mutants()).isEqualTo(first.mutants());
        assertThat(again.seedsRun()).isEqualTo(first.seedsRun());

        Path saved = emptyCorpus.resolve("saved.kept");
        Files.writeString(saved, keptText, StandardCharsets.UTF_8);
        List<Boolean> firstTryWasMutant = new ArrayList<>();
        ShardRun resumed = with(props("sim.shard", "1/2", "sim.kept", saved.toString()), () -> Campaign.named("kept").seedsPerShard(3).mutationShare(1)
                .runGuided(random -> {
                    firstTryWasMutant.add(random.seed() != new CampaignSeeds("kept").seed(1));
                    return DuplicateReceiver.correct(random);
                }));
        assertThat(firstTryWasMutant.get(0)).as("share 1 from a resumed corpus: the very first try is a mutant").isTrue();
        assertThat(resumed.mutants()).isEqualTo(3);
        assertThat(resumed.seedsRun()).isZero();
    }

    @Test
    void theCanaryStillRunsInEveryGuidedShard() {
        Canary blind = Canary.named("never breaks", seed -> {
        }).within(5);
        assertThatThrownBy(() -> with(props(), () -> Campaign.named("guided-canary").seedsPerShard(10).canary(blind)
                .runGuided(DuplicateReceiver::correct))).hasMessageContaining("this campaign no longer finds bugs");
        ShardRun found = with(props(), () -> Campaign.named("guided-canary").seedsPerShard(10)
                .canary(Canary.named("always breaks", seed -> {
                    throw new AssertionError("planted");
                })).runGuided(DuplicateReceiver::correct));
        assertThat(found.canary()).startsWith("found always breaks at k=0");
        assertThat(found.mode()).isEqualTo("guided share 0.5");
    }

    @Test
    void theModeAndTheMutantsTravelThroughTheResultLinesAndOlderLinesReadAsSeeds() {
        ShardRun guided = new ShardRun("c", 0, 1, "uniform", 10, 1, "seeds", "abc", "jdk", "00", 5, ShardRun.NO_CANARY, "guided share 0.5", 7);
        assertThat(CampaignResult.parse(guided.toJsonLine())).isEqualTo(guided);
        ShardRun seeds = new ShardRun("c", 0, 1, "uniform", 10, 1, "seeds", "abc", "jdk", "00", 5, ShardRun.NO_CANARY);
        String older = seeds.toJsonLine().replace(", \"mode\": \"seeds\", \"mutants\": 0", "");
        assertThat(older).doesNotContain("mode");
        assertThat(CampaignResult.parse(older)).isEqualTo(seeds);
        SeedFailure mutant = new SeedFailure("c", SeedFailure.MUTANT, 3, "uniform", "x", "x", -1, "m", "r", "abc", "jdk", "00", 1, "AQID");
        assertThat(CampaignResult.parse(mutant.toJsonLine())).isEqualTo(mutant);
        assertThat(CampaignMerge.of(List.of(guided, mutant)).summaryLine()).contains("\"mutants\": 7", "\"modes\": \"guided share 0.5\"");
    }

    @Test
    void badInputIsRefusedNamingTheValueOrTheFile() throws Exception {
        assertThatThrownBy(() -> Campaign.named("bad").mutationShare(1.5))
                .hasMessage("campaign bad: the guided mutation share must be in [0, 1], got 1.5");
        assertThatThrownBy(() -> Campaign.named("bad").mutationShare(-0.1)).hasMessageContaining("got -0.1");
        assertThatThrownBy(() -> Campaign.named("bad").mutationShare(Double.NaN)).hasMessageContaining("got NaN");

        Path corrupt = emptyCorpus.resolve("corrupt.kept");
        Files.writeString(corrupt, "sim-scaffold kept tries 1\nhits many x\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> with(props("sim.kept", corrupt.toString()), () -> Campaign.named("bad").runGuided(DuplicateReceiver::correct)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("kept-tries file " + corrupt + " line 2: ")
                .hasMessageContaining("hits many x");
        Path missing = emptyCorpus.resolve("nowhere");
        assertThatThrownBy(() -> with(props("sim.kept", missing.toString()), () -> Campaign.named("bad").runGuided(DuplicateReceiver::correct)))
                .hasMessage("sim.kept: no kept-tries file or directory at " + missing.toAbsolutePath());
        Path notChoices = emptyCorpus.resolve("bad.choices");
        Files.writeString(notChoices, "seed 1\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> with(props("sim.choices", notChoices.toString()), () -> Campaign.named("bad").runGuided(DuplicateReceiver::correct)))
                .hasMessageContaining("sim.choices: " + notChoices.toAbsolutePath() + " is not a choices file");
        Files.writeString(notChoices, ChoicesFile.HEADER + "\nseed 1\nchoices !!!\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> with(props("sim.choices", notChoices.toString()), () -> Campaign.named("bad").runGuided(DuplicateReceiver::correct)))
                .hasMessageStartingWith("sim.choices: " + notChoices.toAbsolutePath() + ": ");
        assertThatThrownBy(() -> with(props("sim.choices", missing.toString()), () -> Campaign.named("bad").runGuided(DuplicateReceiver::correct)))
                .hasMessageStartingWith("sim.choices: cannot read the choices file " + missing.toAbsolutePath());
    }
}
