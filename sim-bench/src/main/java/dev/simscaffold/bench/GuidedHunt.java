package dev.simscaffold.bench;

import dev.simscaffold.core.explore.Strategy;
import dev.simscaffold.core.explore.guided.Features;
import dev.simscaffold.core.explore.guided.GuidedFailure;
import dev.simscaffold.core.explore.guided.GuidedResult;
import dev.simscaffold.core.explore.guided.GuidedSearch;
import dev.simscaffold.core.explore.guided.GuidedSettings;
import dev.simscaffold.core.explore.guided.GuidedTry;
import dev.simscaffold.core.explore.guided.RoleChanges;
import dev.simscaffold.core.explore.guided.TryOutcome;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.trace.TraceMode;
import dev.simscaffold.corpus.RunVerdict;
import dev.simscaffold.corpus.raft.RaftBug;
import dev.simscaffold.corpus.raft.RaftCluster;
import dev.simscaffold.corpus.raft.RaftMessage;
import dev.simscaffold.corpus.raft.RaftRole;
import dev.simscaffold.corpus.raft.RaftSetup;
import dev.simscaffold.testkit.campaign.Campaign;
import dev.simscaffold.testkit.campaign.CampaignMerge;
import dev.simscaffold.testkit.campaign.CampaignResult.ShardRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The guided column of the bug benchmark, for the deep bugs (uniform's success within B = 1,000 below 50 %): per
 * base seed, a hunt of up to B tries with the default (uniform, fresh seeds {@code BugHunt.trySeed(b, k)}) and a
 * {@link GuidedSearch} whose fresh tries are those same seeds, in the same order, and which spends the mutation
 * share of its tries on mutants of the tries it kept; then the guided search on each correct control for a number
 * of tries, which must find nothing. Prints the success within B, the median tries ({@code > B} where half the bases
 * never failed) and the CPU time.
 *
 * <p>Not a test ({@code GuidedHuntSmokeTest} runs it tiny):
 * {@code java -cp sim-bench/target/benchmarks.jar dev.simscaffold.bench.GuidedHunt BASES B SHARE CONTROL_TRIES}; with
 * {@code -Dsim.bench.bug=TEXT} only the bugs whose name contains one of TEXT's {@code |}-separated parts; with
 * {@code -Dsim.bench.uniform=false} without the default column (its figures are {@link BugHunt}'s on the same seeds), with
 * {@code -Dsim.bench.guided=false} the default column alone.
 *
 * <p>Campaign mode, {@code GuidedHunt campaign BASES B SHARE CONTROL_TRIES}: the same comparison through
 * {@link Campaign}, a seed shard against a guided shard ({@link Campaign#runGuided}) of B tries each, on the planted bug
 * of {@code GuidedSearchTest} ({@link PlantedDuplicates}) and the deep bugs ({@link #campaignMain}).
 */
public final class GuidedHunt {

    /**
     * A deep bug as guided tries: the run with the bug and its correct control, each on a try's stream.
     *
     * @param name the bug's name, as in {@link BugHunt}'s table
     * @param bug one run with the bug
     * @param control one run of the correct protocol
     * @param uniform the same run with the bug from a seed, for the default column
     */
    record Target(String name, GuidedTry bug, GuidedTry control, BugHunt.Run uniform) {
    }

    /** Where {@link Campaign} writes its shards' results, relative to the working directory. */
    static final Path CAMPAIGN_RESULTS = Path.of("target", "sim-campaigns");

    private GuidedHunt() {
    }

    /** The deep bugs of BENCHMARKS.md: Raft's Figure 8 and unsynced vote, and the register overtaken by two updates. */
    static List<Target> deep() {
        List<Target> targets = new ArrayList<>();
        for (RaftBug bug : List.of(RaftBug.FIGURE_8_COMMIT, RaftBug.VOTE_BEFORE_FSYNC)) {
            BugHunt.Bug seeded = BugHunt.catalogue().stream().filter(b -> b.name().equals("Raft " + bug)).findFirst().orElseThrow();
            targets.add(new Target("Raft " + bug, random -> raft(random, Set.of(bug)), random -> raft(random, Set.of()), seeded.bug()));
        }
        targets.add(new Target("register overtaken by two updates (depth 3)",
                random -> ReorderedRegister.overtakenFails(random, Strategy.uniform(), true) ? TryOutcome.failed("the replica went back")
                        : TryOutcome.passed(List.of()),
                random -> ReorderedRegister.overtakenFails(random, Strategy.uniform(), false) ? TryOutcome.failed("the replica went back")
                        : TryOutcome.passed(List.of()),
                (seed, strategy) -> ReorderedRegister.overtakenFails(seed, strategy, true)));
        return targets;
    }

    /**
     * {@link BugHunt}'s Raft run on a try's stream; its features are the run's coverage (Raft's situations, the fault
     * kinds fired together) and the servers' role changes during the faults.
     */
    static TryOutcome raft(SimRandom random, Set<RaftBug> bugs) {
        RoleChanges<RaftRole> roles = RoleChanges.of(RaftRole.class);
        Observed observed = raftRun(random, bugs, roles);
        if (!observed.verdict().passed()) {
            return TryOutcome.failed(observed.verdict().failed().orElse("failed"));
        }
        SortedSet<String> features = new TreeSet<>(Features.of(observed.cluster().network().coverage()));
        features.addAll(roles.features());
        return TryOutcome.passed(features);
    }

    /**
     * A Raft run and its cluster.
     *
     * @param cluster the cluster, for its coverage
     * @param verdict how the run ended
     */
    record Observed(RaftCluster cluster, RunVerdict verdict) {
    }

    /**
     * {@code runThenRecover} with the roles observed after every event of the fault phase ({@code runUntil} a condition
     * that never holds is {@code run}: the same events, the same fingerprint, {@code GuidedHuntSmokeTest}).
     */
    static Observed raftRun(SimRandom random, Set<RaftBug> bugs, RoleChanges<RaftRole> roles) {
        RaftSetup setup = RaftSetup.correct().withBugs(bugs).withFaults(RaftSetup.realisticFaults())
                .withWorkloadTicks(BugBenchmark.WORKLOAD_TICKS).withTraceMode(TraceMode.FINGERPRINT_ONLY);
        RaftCluster cluster = RaftCluster.start(random, Strategy.uniform(), setup);
        SimNetwork<RaftMessage> network = cluster.network();
        RunVerdict verdict = cluster.check(() -> {
            network.runUntil(view -> {
                roles.observe(view);
                return false;
            }, BugBenchmark.RUN_TICKS);
            network.quiesce();
            network.awaitLiveness(RaftCluster.leaderElected(), BugBenchmark.RECOVERY_TICKS);
        });
        return new Observed(cluster, verdict);
    }

    /** The guided search of base {@code b}: its fresh tries are the default hunt's seeds, in order. */
    static GuidedSettings settings(long base, int budget, double share) {
        return GuidedSettings.seeded(base, budget).withMutationShare(share).withFreshSeeds(k -> BugHunt.trySeed(base, k));
    }

    /** Tries to the first failure of base {@code b}'s guided search, {@code budget + 1} if none failed. */
    static int guidedTries(GuidedTry run, long base, int budget, double share) {
        GuidedResult result = GuidedSearch.run(settings(base, budget, share), run);
        return result.failure().map(GuidedFailure::tryNumber).orElse(budget + 1);
    }

    /**
     * One row: bases that found the bug within B, the median tries, the CPU time.
     *
     * @param tries tries to the first failure per base, {@code budget + 1} for none
     * @param budget B
     * @param cpuSeconds the row's CPU time
     * @return the row's cells
     */
    static String cells(int[] tries, int budget, double cpuSeconds) {
        int[] sorted = tries.clone();
        Arrays.sort(sorted);
        long found = Arrays.stream(sorted).filter(t -> t <= budget).count();
        int median = sorted[(sorted.length - 1) / 2];
        return String.format(Locale.ROOT, "%d / %d | %s | %.1f", found, sorted.length, median > budget ? "> " + budget : Integer.toString(median),
                cpuSeconds);
    }

    private static int[] hunt(SeedPool pool, int bases, double[] cpu, java.util.function.LongToIntFunction triesOfBase) {
        int[] tries = new int[bases];
        SeedPool.Count count = pool.count(1, bases, base -> {
            tries[(int) base - 1] = triesOfBase.applyAsInt(base);
            return true;
        });
        cpu[0] = count.cpuNanos() / 1e9;
        return tries;
    }

    /** The planted bug of {@code GuidedSearchTest} ({@link PlantedDuplicates}), then the deep bugs. */
    static List<Target> plantedThenDeep() {
        List<Target> targets = new ArrayList<>();
        targets.add(new Target("planted: breaks at the fourth duplicate", random -> PlantedDuplicates.run(random, PlantedDuplicates.BREAKS_AT),
                random -> PlantedDuplicates.run(random, Integer.MAX_VALUE), (seed, strategy) -> PlantedDuplicates.run(SimRandom.seeded(seed),
                        PlantedDuplicates.BREAKS_AT).failed()));
        targets.addAll(deep());
        return targets;
    }

    /**
     * Tries to the first failure of one shard of campaign {@code id}, {@code budget} tries, run through {@link Campaign}
     * as a user runs it: seeds ({@link Campaign#run}) or guided ({@link Campaign#runGuided}); the fresh tries of both
     * are the campaign's seeds, in the same order.
     *
     * @return the failing try's number, {@code budget + 1} if none failed
     */
    static int campaignTries(String id, GuidedTry run, int budget, double share, boolean guided) {
        Campaign campaign = Campaign.named(id).seedsPerShard(budget).maxFailures(1).mutationShare(share);
        try {
            if (guided) {
                campaign.runGuided(run);
            } else {
                campaign.run(seed -> run.run(SimRandom.seeded(seed)).failure().ifPresent(failure -> {
                    throw new AssertionError(failure);
                }));
            }
            return budget + 1;
        } catch (AssertionError found) {
            ShardRun line = (ShardRun) CampaignMerge.read(List.of(CAMPAIGN_RESULTS.resolve(id).resolve("shard-0-of-1.jsonl"))).get(0);
            return (int) (line.seedsRun() + line.mutants());
        }
    }

    /**
     * The campaign columns: per base seed b, campaign {@code guided-hunt-<target>-<b>} run as a seed shard and as a
     * guided shard of B tries, for the planted bug and the deep bugs; then guided shards of each correct control.
     *
     * @param args {@code campaign}, base seeds, B, the mutation share, the tries of each control's shard
     */
    static void campaignMain(String[] args) {
        int bases = Integer.parseInt(args[1]);
        int budget = Integer.parseInt(args[2]);
        double share = Double.parseDouble(args[3]);
        int controlTries = Integer.parseInt(args[4]);
        String only = System.getProperty("sim.bench.bug", "");
        StringBuilder table = new StringBuilder("| bug | campaign shard | found within B | median tries | CPU s |\n|---|---|---:|---:|---:|\n");
        try (SeedPool pool = new SeedPool()) {
            for (Target target : plantedThenDeep()) {
                if (Arrays.stream(only.split("\\|")).noneMatch(target.name()::contains)) {
                    continue;
                }
                String slug = target.name().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
                double[] cpu = new double[1];
                for (boolean guided : new boolean[] {false, true}) {
                    int[] tries = hunt(pool, bases, cpu, base -> campaignTries("guided-hunt-" + slug + "-" + base, target.bug(), budget, share, guided));
                    table.append("| ").append(target.name()).append(" | ").append(guided ? "guided, share " + share : "seeds").append(" | ")
                            .append(cells(tries, budget, cpu[0])).append(" |\n  tries per base: ").append(Arrays.toString(tries)).append('\n');
                }
                int[] control = hunt(pool, 2, cpu, base -> campaignTries("guided-hunt-control-" + slug + "-" + base, target.control(), controlTries, share, true));
                table.append(String.format(Locale.ROOT, "  correct control, guided shards: %d failing of 2 x %d tries (%.1f CPU s)%n",
                        Arrays.stream(control).filter(t -> t <= controlTries).count(), controlTries, cpu[0]));
            }
        }
        System.out.print(table);
    }

    /**
     * Runs the columns and prints the table.
     *
     * @param args base seeds, B, the mutation share, and the tries of each control's guided search; or {@code campaign} and
     *             {@link #campaignMain}'s arguments
     */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("campaign")) {
            campaignMain(args);
            return;
        }
        int bases = Integer.parseInt(args[0]);
        int budget = Integer.parseInt(args[1]);
        double share = Double.parseDouble(args[2]);
        int controlTries = Integer.parseInt(args[3]);
        String only = System.getProperty("sim.bench.bug", "");
        System.out.println("| bug | exploration | found within B | median tries | CPU s |");
        System.out.println("|---|---|---:|---:|---:|");
        StringBuilder controls = new StringBuilder();
        try (SeedPool pool = new SeedPool()) {
            for (Target target : deep()) {
                if (Arrays.stream(only.split("\\|")).noneMatch(target.name()::contains)) {
                    continue;
                }
                double[] cpu = new double[1];
                if (Boolean.parseBoolean(System.getProperty("sim.bench.uniform", "true"))) {
                    int[] uniform = hunt(pool, bases, cpu, base -> BugHunt.triesToFind(target.uniform(), Strategy.uniform(), base, budget));
                    System.out.println("| " + target.name() + " | default (`uniform`, fresh seeds) | " + cells(uniform, budget, cpu[0]) + " |");
                    System.out.println("  tries per base: " + Arrays.toString(uniform));
                }
                if (!Boolean.parseBoolean(System.getProperty("sim.bench.guided", "true"))) {
                    continue;
                }
                int[] guided = hunt(pool, bases, cpu, base -> guidedTries(target.bug(), base, budget, share));
                System.out.println("| " + target.name() + " | guided, share " + share + " | " + cells(guided, budget, cpu[0]) + " |");
                System.out.println("  tries per base: " + Arrays.toString(guided));
                int[] control = hunt(pool, 2, cpu, base -> guidedTries(target.control(), base, controlTries, share));
                long failed = Arrays.stream(control).filter(t -> t <= controlTries).count();
                controls.append(String.format(Locale.ROOT, "| %s (correct control) | guided, share %s | %d failing searches of 2 x %d tries | %.1f |%n",
                        target.name(), share, failed, controlTries, cpu[0]));
            }
        }
        System.out.print(controls);
    }
}
