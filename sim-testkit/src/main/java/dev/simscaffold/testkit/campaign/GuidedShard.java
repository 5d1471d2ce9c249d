package dev.simscaffold.testkit.campaign;

import dev.simscaffold.core.check.FailureIdentity;
import dev.simscaffold.core.check.Falsified;
import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.check.PropertyResult;
import dev.simscaffold.core.check.PropertyRunner;
import dev.simscaffold.core.check.PropertySettings;
import dev.simscaffold.core.explore.guided.GuidedFailure;
import dev.simscaffold.core.explore.guided.GuidedSession;
import dev.simscaffold.core.explore.guided.GuidedSettings;
import dev.simscaffold.core.explore.guided.GuidedTry;
import dev.simscaffold.core.explore.guided.KeptTries;
import dev.simscaffold.core.explore.guided.TryOutcome;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.random.Xoshiro256StarStar;
import dev.simscaffold.testkit.campaign.CampaignResult.SeedFailure;
import dev.simscaffold.testkit.campaign.CampaignResult.ShardRun;
import dev.simscaffold.testkit.replay.ReplayCommand;
import dev.simscaffold.testkit.replay.Rethrow;
import dev.simscaffold.testkit.replay.SimProperty;
import dev.simscaffold.testkit.replay.StopAt;
import dev.simscaffold.testkit.replay.StrategyProperty;
import dev.simscaffold.testkit.report.SeedFailureText;
import dev.simscaffold.testkit.sweep.SeedProperties;
import dev.simscaffold.testkit.sweep.ShardSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * One guided shard of a {@link Campaign} ({@link Campaign#runGuided}): the replays ({@code -Dsim.choices},
 * {@code -Dsim.seed}), the corpus, then a {@link GuidedSession} over the shard's seeds until the budget is spent.
 */
final class GuidedShard {

    /** The system property that names the kept-tries files or directories a shard resumes from. */

    private final Campaign campaign;
    private final GuidedTry trial;
    private final GuidedTry capturing;
    private Throwable thrown;

    GuidedShard(Campaign campaign, GuidedTry trial) {
        this.campaign = campaign;
        this.trial = trial;
        this.capturing = random -> {
            try {
                return trial.run(random);
            } catch (AssertionError | RuntimeException e) {
                thrown = e;
                throw e;
            }
        };
    }

    ShardRun run() {
        Optional<String> choices = SimProperty.CHOICES.given();
        OptionalLong stopAt = StopAt.requested();
        if (choices.isPresent()) {
            Path file = Path.of(choices.get().trim());
            ChoicesFile read = ChoicesFile.read(file);
            if (stopAt.isPresent()) {
                StopAt.run(stopAt.getAsLong(), () -> runUnshrunk(read));
            }
            replayChoices(read, file, "the try in " + file);
            return replayLine(0, 1);
        }
        OptionalLong replay = SeedProperties.replaySeed();
        if (replay.isPresent()) {
            if (stopAt.isPresent()) {
                StopAt.run(stopAt.getAsLong(), () -> trial.run(SimRandom.seeded(replay.getAsLong())));
            }
            runSeed(replay.getAsLong(), "seed " + replay.getAsLong());
            return replayLine(1, 0);
        }
        for (Corpus.Entry entry : Corpus.fromSystemProperties().entries(id())) {
            String what = "corpus " + (entry.isMutant() ? "mutant" : "seed") + " " + entry.seed() + " (found at " + entry.foundAt()
                    + " failing \"" + entry.invariant() + "\")";
            if (entry.isMutant()) {
                ChoicesFile file = new ChoicesFile(entry.seed(), entry.choices());
                replayChoices(file, file.write(CampaignFiles.choicesDirectory(id()).resolve("corpus-mutant_" + entry.seed() + ".choices")), what);
            } else {
                runSeed(entry.seed(), what);
            }
        }
        return shard();
    }

    private ShardRun shard() {
        ShardSpec shard = SeedProperties.shard();
        Budget budget = Budget.fromSystemProperties(campaign.seedsPerShard());
        long started = System.nanoTime();
        long deadline = budget.time() == null ? Long.MAX_VALUE : started + budget.time().toNanos();
        KeptTries corpus = resumed();
        int resumedFrom = corpus.size();
        long decisionSeed = Xoshiro256StarStar.forkSeed(campaign.seeds().seed(shard.index()), "guided shard " + shard);
        GuidedSession session = new GuidedSession(decisionSeed, campaign.guidedShare(), corpus);
        CanarySearch canarySearch = campaign.canary() == null ? null : CanarySearch.run(campaign.canary(), campaign.seeds(), shard);
        List<SeedFailure> failures = new ArrayList<>();
        GuidedFailure firstFailure = null;
        Throwable first = null;
        long[] freshRun = {0};
        long[] k = {0};
        String stoppedBy = "seeds";
        for (long t = 0; t < budget.seeds(); t++) {
            if (failures.size() >= campaign.maxFailures()) {
                stoppedBy = "maxFailures";
                break;
            }
            if (t > 0 && System.nanoTime() - deadline >= 0) {
                stoppedBy = "budget";
                break;
            }
            long tryStarted = System.nanoTime();
            thrown = null;
            Optional<GuidedFailure> failed = session.next(capturing, () -> {
                k[0] = shard.campaignIndex(freshRun[0]++);
                return campaign.seeds().seed(k[0]);
            });
            if (failed.isPresent()) {
                GuidedFailure failure = failed.get();
                Throwable e = thrown != null ? thrown : new AssertionError(failure.failure());
                failures.add(failureLine(failure, e, failure.mutation().isPresent() ? SeedFailure.MUTANT : k[0], shard, Campaign.millisSince(tryStarted)));
                if (first == null) {
                    first = e;
                    firstFailure = failure;
                }
            }
        }
        Path keptFile = CampaignFiles.writeKept(id(), shard, session.corpus().encode());
        System.out.println("[sim-testkit] campaign " + id() + " (shard " + shard + "): " + campaign.guidedMode() + ": " + session.tries() + " tries ("
                + freshRun[0] + " seeds, " + session.mutantTries() + " mutants " + session.mutants() + "), " + session.corpus().size()
                + " kept tries reaching " + session.corpus().featuresSeen() + " features" + (resumedFrom == 0 ? "" : " (resumed from " + resumedFrom + ")")
                + ", written to " + keptFile);
        ShardRun line = new ShardRun(id(), shard.index(), shard.count(), campaign.strategy().name(), freshRun[0], failures.size(), stoppedBy,
                Campaign.commit(), Campaign.jdk(), campaign.configHash(), Campaign.millisSince(started),
                canarySearch == null ? ShardRun.NO_CANARY : canarySearch.resultText(), campaign.guidedMode(), session.mutantTries());
        String rendered = "";
        if (firstFailure != null) {
            GuidedFailure replayed = firstFailure;
            rendered = SeedFailureText.render(id(), firstFailure.seed(), first, failures.get(0).replay(),
                    ignored -> trial.run(replayed.mutation().isPresent() ? replayed.replay() : SimRandom.seeded(replayed.seed())));
        }
        return campaign.finish(line, failures, first, rendered, canarySearch);
    }

    private SeedFailure failureLine(GuidedFailure failure, Throwable e, long k, ShardSpec shard, long millis) {
        boolean mutant = failure.mutation().isPresent();
        String replay = campaign.replay(failure.seed());
        String choices = "";
        if (mutant) {
            choices = failure.choices().encoded();
            Path file = new ChoicesFile(failure.seed(), choices).write(CampaignFiles.choicesDirectory(id())
                    .resolve("shard-" + shard.index() + "-of-" + shard.count() + "-try-" + failure.tryNumber() + ".choices"));
            replay = choicesCommand(file);
        }
        String message = SeedFailureText.firstLine(e) + (mutant ? " (a " + failure.mutation().orElseThrow() + " mutant, try " + failure.tryNumber() + ")" : "");
        return new SeedFailure(id(), k, failure.seed(), campaign.strategy().name(), SeedFailureText.whatFailed(e), FailureIdentity.ORIGIN.keyOf(e),
                SeedFailureText.step(e), message, replay, Campaign.commit(), Campaign.jdk(), campaign.configHash(), millis, choices);
    }

    /** The kept tries of {@code -Dsim.kept}: files, or directories whose {@code *.kept} files are read in name order. */
    private KeptTries resumed() {
        KeptTries corpus = KeptTries.limitedTo(GuidedSettings.DEFAULT_CORPUS_LIMIT);
        Optional<String> paths = SimProperty.KEPT.given();
        if (paths.isEmpty()) {
            return corpus;
        }
        for (String part : paths.get().split(",")) {
            Path path = Path.of(part.trim());
            if (!Files.exists(path)) {
                throw new IllegalArgumentException(SimProperty.KEPT.key() + ": no kept-tries file or directory at " + path.toAbsolutePath());
            }
            List<Path> files;
            try (Stream<Path> found = Files.isDirectory(path) ? Files.walk(path) : Stream.of(path)) {
                files = found.filter(f -> Files.isRegularFile(f) && (!Files.isDirectory(path) || f.toString().endsWith(".kept"))).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(SimProperty.KEPT.key() + ": could not list " + path.toAbsolutePath(), e);
            }
            for (Path file : files) {
                String text;
                try {
                    text = Files.readString(file, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new IllegalArgumentException(SimProperty.KEPT.key() + ": cannot read the kept-tries file " + file.toAbsolutePath() + " (" + e + ")", e);
                }
                corpus.absorb(KeptTries.decode(text, GuidedSettings.DEFAULT_CORPUS_LIMIT, file.toString()));
            }
        }
        return corpus;
    }

    /** Replays a try from its choices through the property engine, and shrinks it when it fails. */
    private void replayChoices(ChoicesFile choices, Path file, String what) {
        PropertyResult<SimRandom> result = PropertyRunner.recheck(Gen.of(random -> random),
                PropertySettings.seeded(choices.seed()).withMaxChoices(Integer.MAX_VALUE), choices.choices(), random -> {
                    TryOutcome outcome = trial.run(random);
                    if (outcome.failed()) {
                        throw new AssertionError(outcome.failure().orElseThrow());
                    }
                });
        if (result instanceof Falsified<SimRandom> falsified) {
            String name = file.getFileName().toString().replaceFirst("(-shrunk)?\\.choices$", "");
            Path shrunk = new ChoicesFile(choices.seed(), falsified.shrunk().choices().encoded())
                    .write(file.resolveSibling(name + "-shrunk.choices"));
            throw new AssertionError("campaign " + id() + ": " + what + " fails (" + campaign.guidedMode() + ", replayed from its choices):\n  "
                    + SeedFailureText.firstLine(falsified.original().failure()) + "\nreplay it:\n  " + choicesCommand(file)
                    + "\nshrunk from " + falsified.original().choices().size() + " to " + falsified.shrunk().choices().size() + " choices ("
                    + falsified.shrinkSteps() + " steps), failing with:\n  " + SeedFailureText.firstLine(falsified.shrunk().failure())
                    + "\nreplay the shrunk try:\n  " + choicesCommand(shrunk), falsified.shrunk().failure());
        }
        System.out.println("[sim-testkit] campaign " + id() + ": " + what + " passes");
    }

    /**
     * Runs the try of a choices file once, unshrunk, for {@code -Dsim.stopAt}: whatever it throws (the stop, or a
     * failure before it) is thrown as it is.
     */
    private void runUnshrunk(ChoicesFile choices) throws Exception {
        PropertyResult<SimRandom> result = PropertyRunner.recheck(Gen.of(random -> random), PropertySettings.seeded(choices.seed())
                .withMaxChoices(Integer.MAX_VALUE).withMaxShrinkAttempts(0), choices.choices(), trial::run);
        if (result instanceof Falsified<SimRandom> falsified) {
            Rethrow.unchanged(falsified.original().failure());
        }
    }

    private void runSeed(long seed, String what) {
        try {
            TryOutcome outcome = trial.run(SimRandom.seeded(seed));
            if (outcome.failed()) {
                throw new AssertionError(outcome.failure().orElseThrow());
            }
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError("campaign " + id() + ": " + what + " fails (" + campaign.guidedMode() + "):\n"
                    + SeedFailureText.render(id(), seed, e, campaign.replay(seed), s -> trial.run(SimRandom.seeded(s))), e);
        }
    }

    private String choicesCommand(Path file) {
        return ReplayCommand.forCallingTestWith("-D" + ChoicesFile.PROPERTY + "=" + file.toString().replace('\\', '/')) + StrategyProperty.flag(campaign.strategy());
    }

    private ShardRun replayLine(long seeds, long mutants) {
        return new ShardRun(id(), 0, 1, campaign.strategy().name(), seeds, 0, "replay", Campaign.commit(), Campaign.jdk(), campaign.configHash(), 0,
                ShardRun.NO_CANARY, campaign.guidedMode(), mutants);
    }

    private String id() {
        return campaign.seeds().campaign();
    }
}
