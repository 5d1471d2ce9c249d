package dev.simscaffold.testkit.campaign;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.Simulation;
import dev.simscaffold.core.check.FailureIdentity;
import dev.simscaffold.core.check.HealthTally;
import dev.simscaffold.core.check.HealthWarning;
import dev.simscaffold.core.explore.Strategy;
import dev.simscaffold.core.explore.guided.GuidedSettings;
import dev.simscaffold.core.explore.guided.GuidedTry;
import dev.simscaffold.core.trace.Coverage;
import dev.simscaffold.core.trace.CoverageTally;
import dev.simscaffold.testkit.campaign.CampaignResult.SeedFailure;
import dev.simscaffold.testkit.campaign.CampaignResult.ShardRun;
import dev.simscaffold.testkit.replay.ReplayCommand;
import dev.simscaffold.testkit.replay.SimProperty;
import dev.simscaffold.testkit.replay.StopAt;
import dev.simscaffold.testkit.replay.StrategyProperty;
import dev.simscaffold.testkit.report.SeedFailureText;
import dev.simscaffold.testkit.sweep.SeedProperties;
import dev.simscaffold.testkit.sweep.ShardSpec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;

/**
 * A seed campaign: seed {@code k} is {@link CampaignSeeds#seed(long)}, shard {@code i} of {@code n} runs the
 * indices {@code k ≡ i (mod n)}, and the campaign is steered from the command line so that a CI matrix or a
 * Kubernetes Indexed Job scales it with no scheduler of ours:
 *
 * <ul>
 *   <li>{@code -Dsim.shard=i/n}: this process's shard (default {@code 0/1});</li>
 *   <li>{@code -Dsim.seeds=N}: how many seeds this shard runs; {@code -Dsim.budget=40m}: for how long
 *       (whichever ends first; the seed in progress finishes, and a shard always runs at least one seed, so a
 *       budget spent on the corpus or the canary still leaves a shard that did something);</li>
 *   <li>{@code -Dsim.seed=S}: replay just seed {@code S};</li>
 *   <li>{@code -Dsim.commit=SHA} (else {@code GITHUB_SHA}): the commit recorded with the results;
 *       {@code -Dsim.corpus=DIR}: the corpus (default {@code src/test/resources/sim-corpus}).</li>
 * </ul>
 *
 * <p>Before any new seed, the campaign replays its corpus (the failures kept under
 * {@code sim-corpus/<campaign>/}); a corpus seed that fails again fails at once with its replay command.
 * Each shard writes {@code target/sim-campaigns/<campaign>/shard-<i>-of-<n>.jsonl} and a JUnit XML report
 * beside it; {@link CampaignMerge} combines the shards.
 */
@Api(Api.Status.EXPERIMENTAL)
public final class Campaign {

    private final CampaignSeeds seeds;
    private long seedsPerShard = 100;
    private int maxFailures = 10;
    private String configuration = "";
    private Strategy strategy = Strategy.uniform();
    private Canary canary;
    private HealthTally health = new HealthTally();
    private double mutationShare = GuidedSettings.DEFAULT_MUTATION_SHARE;

    private Campaign(String id) {
        this.seeds = new CampaignSeeds(id);
    }

    /**
     * Starts a campaign.
     *
     * @param id the campaign's id; it fixes every seed's identity, so change it only to start afresh
     * @return the campaign
     */
    public static Campaign named(String id) {
        return new Campaign(id);
    }

    /**
     * Sets how many seeds each shard runs when neither {@code -Dsim.seeds} nor {@code -Dsim.budget} is given.
     *
     * @param count {@code >= 1}
     * @return this campaign
     */
    public Campaign seedsPerShard(long count) {
        if (count < 1) {
            throw new IllegalArgumentException("seedsPerShard must be >= 1, got " + count);
        }
        this.seedsPerShard = count;
        return this;
    }

    /**
     * Sets after how many failing seeds a shard stops.
     *
     * @param count {@code >= 1}
     * @return this campaign
     */
    public Campaign maxFailures(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("maxFailures must be >= 1, got " + count);
        }
        this.maxFailures = count;
        return this;
    }

    /**
     * Declares what the seeds run against (a fault configuration, a node count...): its text is hashed into
     * every result line, so a merge never silently combines runs of different set-ups.
     *
     * @param description a deterministic description, such as a {@code FaultConfig}'s {@code toString()}
     * @return this campaign
     */
    public Campaign configuration(Object description) {
        this.configuration = String.valueOf(description);
        return this;
    }

    /**
     * Names the schedule strategy the simulation runs its seeds under, recorded beside each seed in the result
     * lines and in replay commands; {@code -Dsim.strategy} overrides it. It does not change which seed index
     * {@code k} is: the same {@code k} under another strategy is the same seed, run another way. The
     * simulation reads it back with {@link #strategy()} to build its network.
     *
     * @param newStrategy the strategy, {@link Strategy#uniform()} by default
     * @return this campaign
     */
    public Campaign strategy(Strategy newStrategy) {
        if (newStrategy == null) {
            throw new NullPointerException("strategy must not be null (use Strategy.uniform())");
        }
        this.strategy = newStrategy;
        return this;
    }

    /**
     * Gives the campaign a canary: the module's planted bug, searched for on this shard's seeds in every shard.
     * A shard whose seeds all pass but whose canary is not found fails with "this campaign no longer finds
     * bugs", naming the canary and the seeds it passed; a campaign that finds nothing is then known to be blind,
     * not taken for a clean bill of health. A replay of one seed ({@code -Dsim.seed}) does not run it.
     *
     * @param planted the canary, such as {@code Canary.named("restamping merge", run).caughtBy("no invented entries")}
     * @return this campaign
     */
    public Campaign canary(Canary planted) {
        if (planted == null) {
            throw new NullPointerException("canary must not be null");
        }
        this.canary = planted;
        return this;
    }

    /**
     * Gives the campaign the tally its health checks judge: the simulation adds what each seed's nemeses and
     * buggify sites did ({@code health.add(runner)}, {@code health.add(buggify.report())}); {@link
     * #runSimulations} adds each run itself. At the end of the shard every warning is printed
     * ({@code [sim-testkit] campaign <id> (shard i/n): health: ...}) and, when seeds failed, added to the
     * failure. A warning never fails a passing shard; call {@link HealthTally#assertHealthy()} after the run
     * for that.
     *
     * @param tally the tally, also the one the simulation adds to
     * @return this campaign
     */
    public Campaign health(HealthTally tally) {
        if (tally == null) {
            throw new NullPointerException("health tally must not be null");
        }
        this.health = tally;
        return this;
    }

    /**
     * Sets the share of a guided shard's tries spent on mutants of the tries it kept, once it has kept one
     * ({@link #runGuided}); the rest are the shard's seeds. 0 makes a guided shard run exactly the seeds a seed
     * shard runs.
     *
     * @param share in [0, 1], {@value GuidedSettings#DEFAULT_MUTATION_SHARE} by default
     * @return this campaign
     * @throws IllegalArgumentException naming the share when it is outside [0, 1]
     */
    public Campaign mutationShare(double share) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("campaign " + seeds.campaign() + ": the guided mutation share must be in [0, 1], got " + share);
        }
        this.mutationShare = share;
        return this;
    }

    /**
     * Returns the strategy the seeds run under: {@code -Dsim.strategy} if given, else the one set.
     *
     * @return the strategy
     */
    public Strategy strategy() {
        return StrategyProperty.resolve(strategy);
    }

    /**
     * Runs the corpus, then this shard's seeds.
     *
     * @param simulation runs one seed, throwing (typically an {@code AssertionError}) on failure
     * @return this shard's result line, when every seed passed
     * @throws AssertionError for a corpus seed that fails again, or listing this shard's failing seeds
     */
    public ShardRun run(LongConsumer simulation) {
        OptionalLong replay = SeedProperties.replaySeed();
        if (replay.isPresent()) {
            long seed = replay.getAsLong();
            OptionalLong stopAt = StopAt.requested();
            if (stopAt.isPresent()) {
                StopAt.run(stopAt.getAsLong(), () -> simulation.accept(seed));
            }
            runOrReport(simulation, seed, "seed " + seed);
            return new ShardRun(seeds.campaign(), 0, 1, strategy().name(), 1, 0, "seeds", commit(), jdk(), configHash(), 0, ShardRun.NO_CANARY);
        }
        for (Corpus.Entry entry : Corpus.fromSystemProperties().entries(seeds.campaign())) {
            if (entry.isMutant()) {
                System.out.println("[sim-testkit] campaign " + seeds.campaign() + ": corpus mutant " + entry.seed() + " (found at " + entry.foundAt()
                        + " failing \"" + entry.invariant() + "\") is a guided try, not a seed: runGuided replays it, a seed shard cannot");
                continue;
            }
            runOrReport(simulation, entry.seed(), "corpus seed " + entry.seed() + " (k=" + entry.k() + ", found at "
                    + entry.foundAt() + " failing \"" + entry.invariant() + "\")");
        }
        return runShard(simulation);
    }

    /**
     * Runs like {@link #run(LongConsumer)} and sums what each run covered: once every seed has passed, a
     * sometimes condition no run reached fails the shard, naming it. Each run is added to the health tally,
     * so a shard warns when runs executed no steps.
     *
     * @param simulation runs one seed and returns the finished simulation
     * @return the summed coverage
     * @throws AssertionError as {@link #run(LongConsumer)} does, or naming the conditions no seed reached
     */
    public Coverage runSimulations(LongFunction<? extends Simulation> simulation) {
        CoverageTally tally = new CoverageTally();
        run(seed -> {
            Simulation finished = simulation.apply(seed);
            health.add(finished);
            tally.add(finished.coverage());
        });
        SeedProperties.judgeCoverage("campaign " + seeds.campaign(), tally);
        return tally.coverage();
    }

    /**
     * Runs this shard guided (opt-in): as coverage-guided fuzzers do, it keeps the tries that first reached a feature
     * (what the try returns, such as {@code Features.of(network.coverage())} and {@code RoleChanges}) and spends the
     * {@linkplain #mutationShare(double) mutation share} of its budget on mutants of their choice sequences (splice,
     * truncate, a span or a fault action drawn afresh, a fault shifted); the other tries are the shard's seeds, in the
     * order a seed shard runs them. The seed budget ({@code -Dsim.seeds}, {@link #seedsPerShard}) counts every try.
     *
     * <ul>
     *   <li>What the shard kept is written to {@code target/sim-campaigns/<campaign>/kept/shard-<i>-of-<n>.kept};
     *       {@code -Dsim.kept=<file or directory>[,...]} starts a shard from such files, so a later shard or CI run
     *       resumes where an earlier one stopped.</li>
     *   <li>A failing seed replays with {@code -Dsim.seed}; a failing mutant, which is no seed, is written to
     *       {@code target/sim-campaigns/<campaign>/choices/} and replays with {@code -Dsim.choices=<file>}, byte for
     *       byte, then shrinks with the property engine, writing the shrunk try beside it.</li>
     *   <li>The result line and the failure name the mode ({@code guided share 0.5}) and count the mutants; the
     *       corpus and the canary work as in a seed shard (a corpus mutant replays from its choices).</li>
     * </ul>
     *
     * <p>The shard's decisions (mutate or not, which kept try, which mutation, the mutants' seeds) come from a stream
     * forked from the campaign and shard, so the same shard with the same kept files makes the same decisions; a time
     * budget only decides when it stops.
     *
     * @param trial one try: build the simulation on the given stream, run it, return what it reached; throw (or
     *              return {@code TryOutcome.failed}) on failure
     * @return this shard's result line, when every try passed
     * @throws AssertionError for a corpus entry that fails again, or listing this shard's failing tries
     */
    public ShardRun runGuided(GuidedTry trial) {
        if (trial == null) {
            throw new NullPointerException("the guided try must not be null");
        }
        return new GuidedShard(this, trial).run();
    }

    /** The mode a guided shard names in its line, such as {@code guided share 0.5}. */
    String guidedMode() {
        return "guided share " + mutationShare;
    }

    double guidedShare() {
        return mutationShare;
    }

    CampaignSeeds seeds() {
        return seeds;
    }

    Canary canary() {
        return canary;
    }

    int maxFailures() {
        return maxFailures;
    }

    long seedsPerShard() {
        return seedsPerShard;
    }

    private ShardRun runShard(LongConsumer simulation) {
        ShardSpec shard = SeedProperties.shard();
        Budget budget = Budget.fromSystemProperties(seedsPerShard);
        long started = System.nanoTime();
        long deadline = budget.time() == null ? Long.MAX_VALUE : started + budget.time().toNanos();
        List<SeedFailure> failures = new ArrayList<>();
        Throwable first = null;
        long ran = 0;
        String stoppedBy = "seeds";
        CanarySearch canarySearch = canary == null ? null : CanarySearch.run(canary, seeds, shard);
        for (long j = 0; j < budget.seeds(); j++) {
            if (failures.size() >= maxFailures) {
                stoppedBy = "maxFailures";
                break;
            }
            if (j > 0 && System.nanoTime() - deadline >= 0) {
                stoppedBy = "budget";
                break;
            }
            long k = shard.campaignIndex(j);
            long seed = seeds.seed(k);
            long seedStarted = System.nanoTime();
            ran++;
            try {
                simulation.accept(seed);
            } catch (AssertionError | RuntimeException e) {
                failures.add(new SeedFailure(seeds.campaign(), k, seed, strategy().name(), SeedFailureText.whatFailed(e),
                        FailureIdentity.ORIGIN.keyOf(e), SeedFailureText.step(e), SeedFailureText.firstLine(e),
                        replay(seed), commit(), jdk(), configHash(), millisSince(seedStarted)));
                first = first == null ? e : first;
            }
        }
        ShardRun run = new ShardRun(seeds.campaign(), shard.index(), shard.count(), strategy().name(), ran, failures.size(), stoppedBy,
                commit(), jdk(), configHash(), millisSince(started), canarySearch == null ? ShardRun.NO_CANARY : canarySearch.resultText());
        String rendered = first == null ? "" : SeedFailureText.render(seeds.campaign(), failures.get(0).seed(), first, failures.get(0).replay(), simulation);
        return finish(run, failures, first, rendered, canarySearch);
    }

    /**
     * Writes a shard's results, prints its health warnings, and fails it when seeds failed or its canary was
     * missed; the failure names the shard's mode.
     *
     * @param run the shard's line
     * @param failures its failing tries
     * @param first what the first of them threw, null when none failed
     * @param rendered the first failure's report
     * @param canarySearch the canary's search, null without a canary
     * @return the line, when the shard passed
     */
    ShardRun finish(ShardRun run, List<SeedFailure> failures, Throwable first, String rendered, CanarySearch canarySearch) {
        CampaignFiles.write(run, failures);
        String shard = run.shardIndex() + "/" + run.shardCount();
        List<HealthWarning> warnings = health.warnings();
        warnings.forEach(w -> System.out.println("[sim-testkit] campaign " + seeds.campaign() + " (shard " + shard + "): " + w));
        if (first != null) {
            SeedFailure firstFailure = failures.get(0);
            String guided = run.mode().equals(ShardRun.SEEDS) ? "" : ", " + run.mode() + ", " + run.mutants() + " mutants";
            StringBuilder message = new StringBuilder("campaign ").append(seeds.campaign()).append(": ").append(failures.size())
                    .append(" of ").append(run.seedsRun() + run.mutants()).append(run.mutants() == 0 ? " seeds" : " tries").append(" failed (shard ")
                    .append(shard).append(guided).append(")\nfailing seeds (k=seed): ");
            failures.forEach(f -> message.append(f.isMutant() ? "mutant" : Long.toString(f.k())).append('=').append(f.seed()).append(' '));
            message.append("\nby failure identity:");
            CampaignMerge.of(new ArrayList<>(failures)).groups().forEach(g -> message.append("\n  ").append(g.count()).append("x ")
                    .append(g.identity()).append(" (simplest: k=").append(g.simplest().k()).append(", seed ").append(g.simplest().seed()).append(')'));
            message.append("\nfirst failure (").append(firstFailure.isMutant() ? "a mutant" : "k=" + firstFailure.k()).append(", seed ")
                    .append(firstFailure.seed()).append("):\n").append(rendered);
            warnings.forEach(w -> message.append('\n').append(w));
            if (canarySearch != null && !canarySearch.found()) {
                message.append("\n\n").append(canarySearch.missedMessage(seeds.campaign(), shard));
            }
            throw new AssertionError(message.toString(), first);
        }
        if (canarySearch != null && !canarySearch.found()) {
            throw new AssertionError(canarySearch.missedMessage(seeds.campaign(), shard));
        }
        return run;
    }

    private void runOrReport(LongConsumer simulation, long seed, String what) {
        try {
            simulation.accept(seed);
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError("campaign " + seeds.campaign() + ": " + what + " fails:\n"
                    + SeedFailureText.render(seeds.campaign(), seed, e, replay(seed), simulation), e);
        }
    }

    String replay(long seed) {
        return ReplayCommand.forCallingTest(seed) + StrategyProperty.flag(strategy());
    }

    String configHash() {
        long hash = 0xcbf29ce484222325L;
        for (byte b : configuration.getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
        }
        return String.format("%016x", hash);
    }

    static String commit() {
        String commit = System.getProperty(SimProperty.COMMIT.key());
        if (commit == null || commit.isBlank()) {
            commit = System.getenv("GITHUB_SHA");
        }
        return commit == null || commit.isBlank() ? "unknown" : commit.trim();
    }

    static String jdk() {
        return System.getProperty("java.vendor") + " " + System.getProperty("java.version");
    }

    static long millisSince(long nanoTime) {
        return (System.nanoTime() - nanoTime) / 1_000_000;
    }
}
