package dev.simscaffold.testkit.campaign;

import dev.simscaffold.core.Api;
import dev.simscaffold.testkit.campaign.CampaignResult.SeedFailure;
import dev.simscaffold.testkit.campaign.CampaignResult.ShardRun;
import dev.simscaffold.testkit.report.JsonLine;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Combines the JSON Lines of a campaign's shards into one file and a summary. Merging is idempotent and
 * order-independent: a shard given twice, files in any order, or an earlier merged file among the inputs
 * give the same output, because results are keyed (a shard by campaign, shard, commit and configuration;
 * a failure by campaign, configuration, strategy and index, a mutant also by its choices) and written sorted. The failures are then
 * grouped by failure identity ({@link #groups()}): the command line prints one entry per way of failing,
 * with how many seeds failed that way and the simplest of them to replay, instead of one line per seed.
 *
 * <pre>{@code
 * java -cp <test classpath> dev.simscaffold.testkit.campaign.CampaignMerge \
 *     --out target/sim-campaigns/merged.jsonl [--corpus src/test/resources/sim-corpus] shard-results/...
 * }</pre>
 *
 * @param shards one line per distinct shard run
 * @param failures one line per distinct failing seed
 */
@Api(Api.Status.EXPERIMENTAL)
public record CampaignMerge(List<ShardRun> shards, List<SeedFailure> failures) {

    private static final Comparator<ShardRun> SHARD_ORDER = Comparator.comparing(ShardRun::campaign)
            .thenComparingInt(ShardRun::shardCount).thenComparingInt(ShardRun::shardIndex).thenComparing(ShardRun::commit)
            .thenComparing(ShardRun::configHash);
    private static final Comparator<SeedFailure> FAILURE_ORDER = Comparator.comparing(SeedFailure::campaign)
            .thenComparing(SeedFailure::configHash).thenComparingLong(SeedFailure::k).thenComparing(SeedFailure::strategy)
            .thenComparing(SeedFailure::choices);
    /** The simplest of seeds that failed the same way: the one that failed soonest (a known step first), then the lowest index. */
    private static final Comparator<SeedFailure> SIMPLEST = Comparator.comparingLong((SeedFailure f) -> f.steps() < 0 ? Long.MAX_VALUE : f.steps())
            .thenComparingLong(SeedFailure::k).thenComparing(SeedFailure::strategy).thenComparing(SeedFailure::configHash);

    /**
     * Seeds that failed the same way: the same campaign and failure identity (the invariant, or the failure's
     * type and the line that threw it), counted, with the simplest of them to replay first.
     *
     * @param campaign the campaign id
     * @param identity the failure identity shared by every seed of the group
     * @param invariant what failed, as the failure lines name it
     * @param count how many seeds failed this way
     * @param simplest the seed that failed soonest, then the lowest index
     */
    public record FailureGroup(String campaign, String identity, String invariant, int count, SeedFailure simplest) {

        /**
         * Renders the group as one JSON line.
         *
         * @return the line, without a line break
         */
        public String toJsonLine() {
            return new JsonLine().put("type", "group").put("campaign", campaign).put("identity", identity).put("invariant", invariant)
                    .put("count", count).put("simplestK", simplest.k()).put("simplestSeed", simplest.seed()).put("strategy", simplest.strategy())
                    .put("steps", simplest.steps()).put("replay", simplest.replay()).toString();
        }
    }

    /**
     * Groups the failures by failure identity, most frequent first: what to triage, one line per bug rather
     * than one per seed.
     *
     * @return the groups
     */
    public List<FailureGroup> groups() {
        Map<String, List<SeedFailure>> byIdentity = new TreeMap<>();
        failures.forEach(f -> byIdentity.computeIfAbsent(f.campaign() + '\n' + f.identity(), key -> new ArrayList<>()).add(f));
        List<FailureGroup> groups = new ArrayList<>();
        byIdentity.values().forEach(same -> groups.add(new FailureGroup(same.get(0).campaign(), same.get(0).identity(), same.get(0).invariant(),
                same.size(), same.stream().min(SIMPLEST).orElseThrow())));
        groups.sort(Comparator.comparingInt(FailureGroup::count).reversed().thenComparing(FailureGroup::campaign)
                .thenComparing(FailureGroup::identity));
        return groups;
    }

    /**
     * Freezes the lists.
     *
     * @param shards the {@code shards} component
     * @param failures the {@code failures} component
     */
    public CampaignMerge {
        shards = List.copyOf(shards);
        failures = List.copyOf(failures);
    }

    /**
     * Merges results, keeping one line per key: of two runs of one shard the one that ran more seeds, of two
     * lines for one failing seed the first in text order.
     *
     * @param results lines read from any number of files, in any order
     * @return the merge
     */
    public static CampaignMerge of(List<CampaignResult> results) {
        Map<String, ShardRun> shards = new TreeMap<>();
        Map<String, SeedFailure> failures = new TreeMap<>();
        for (CampaignResult result : results) {
            if (result instanceof ShardRun run) {
                String key = run.campaign() + '\n' + run.shardIndex() + '/' + run.shardCount() + '\n' + run.commit() + '\n' + run.configHash();
                shards.merge(key, run, CampaignMerge::preferred);
            } else if (result instanceof SeedFailure failure) {
                String key = failure.campaign() + '\n' + failure.configHash() + '\n' + failure.strategy() + '\n' + failure.k() + '\n' + failure.choices();
                failures.merge(key, failure, (a, b) -> a.toJsonLine().compareTo(b.toJsonLine()) <= 0 ? a : b);
            }
        }
        return new CampaignMerge(shards.values().stream().sorted(SHARD_ORDER).toList(),
                failures.values().stream().sorted(FAILURE_ORDER).toList());
    }

    /**
     * Reads every {@code *.jsonl} file under the paths (files or directories, searched recursively).
     *
     * @param paths where the shards' results are
     * @return every result line in them
     * @throws IllegalArgumentException naming the file and line that is not a campaign result
     */
    public static List<CampaignResult> read(List<Path> paths) {
        List<CampaignResult> results = new ArrayList<>();
        for (Path path : paths) {
            try (Stream<Path> files = Files.isDirectory(path) ? Files.walk(path) : Stream.of(path)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                    for (int i = 0; i < lines.size(); i++) {
                        if (!lines.get(i).isBlank()) {
                            try {
                                CampaignResult result = CampaignResult.parse(lines.get(i));
                                if (result != null) {
                                    results.add(result);
                                }
                            } catch (IllegalArgumentException e) {
                                throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + e.getMessage(), e);
                            }
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not read campaign results under " + path, e);
            }
        }
        return results;
    }

    /**
     * The merged file: every shard line, every failure line, then a summary line.
     *
     * @return JSON Lines text
     */
    public String toJsonLines() {
        StringBuilder text = new StringBuilder();
        shards.forEach(s -> text.append(s.toJsonLine()).append('\n'));
        failures.forEach(f -> text.append(f.toJsonLine()).append('\n'));
        groups().forEach(g -> text.append(g.toJsonLine()).append('\n'));
        return text.append(summaryLine()).append('\n').toString();
    }

    /**
     * The summary line: how many seeds (and guided mutants) ran and failed, in which modes, which invariants
     * failed and how often, and which shards of each campaign are missing.
     *
     * @return one line of JSON
     */
    public String summaryLine() {
        Map<String, Integer> invariants = new TreeMap<>();
        failures.forEach(f -> invariants.merge(f.invariant(), 1, Integer::sum));
        JsonLine line = new JsonLine().put("type", "summary").put("seedsRun", shards.stream().mapToLong(ShardRun::seedsRun).sum())
                .put("mutants", shards.stream().mapToLong(ShardRun::mutants).sum())
                .put("modes", String.join(", ", shards.stream().map(ShardRun::mode).collect(Collectors.toCollection(TreeSet::new))))
                .put("failed", failures.size()).put("distinctFailures", groups().size()).put("distinctInvariants", invariants.size());
        invariants.forEach((name, count) -> line.put("invariant:" + name, count));
        return line.put("missingShards", String.join(" ", missingShards())).put("canaryMissed", String.join(" ", canaryMissed())).toString();
    }

    /**
     * Shards whose canary was not found, as {@code campaign:i/n}: their passing seeds prove nothing.
     *
     * @return those shards, in shard order
     */
    public List<String> canaryMissed() {
        return shards.stream().filter(ShardRun::canaryMissed).map(s -> s.campaign() + ':' + s.shardIndex() + '/' + s.shardCount()).toList();
    }

    /**
     * Shards no result covers, as {@code campaign:i/n}, for every campaign and shard count seen.
     *
     * @return the missing shards, sorted
     */
    public List<String> missingShards() {
        Map<String, TreeSet<Integer>> seen = new TreeMap<>();
        shards.forEach(s -> seen.computeIfAbsent(s.campaign() + ':' + s.shardCount(), k -> new TreeSet<>()).add(s.shardIndex()));
        List<String> missing = new ArrayList<>();
        seen.forEach((key, indices) -> {
            String campaign = key.substring(0, key.lastIndexOf(':'));
            int count = Integer.parseInt(key.substring(key.lastIndexOf(':') + 1));
            for (int i = 0; i < count; i++) {
                if (!indices.contains(i)) {
                    missing.add(campaign + ':' + i + '/' + count);
                }
            }
        });
        return missing;
    }

    /**
     * Adds every failure to the corpus (an entry already there is kept as it is).
     *
     * @param corpus the corpus
     * @return how many entries were new
     */
    public int addTo(Corpus corpus) {
        int added = 0;
        for (SeedFailure f : failures) {
            added += corpus.add(new Corpus.Entry(f.campaign(), f.k(), f.seed(), f.invariant(), f.commit(), f.choices())) ? 1 : 0;
        }
        return added;
    }

    /**
     * The command line: {@code [--out FILE] [--corpus DIR] PATH...}. Prints the summary; exits with 2 on bad
     * arguments or unreadable results.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Path output = null;
        Path corpus = null;
        List<Path> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if ((args[i].equals("--out") || args[i].equals("--corpus")) && i + 1 < args.length) {
                Path value = Path.of(args[++i]);
                output = args[i - 1].equals("--out") ? value : output;
                corpus = args[i - 1].equals("--corpus") ? value : corpus;
            } else if (args[i].startsWith("--")) {
                err.println("CampaignMerge: unknown option " + args[i] + "; usage: [--out FILE] [--corpus DIR] PATH...");
                return 2;
            } else {
                inputs.add(Path.of(args[i]));
            }
        }
        if (inputs.isEmpty()) {
            err.println("CampaignMerge: no results given; usage: [--out FILE] [--corpus DIR] PATH...");
            return 2;
        }
        try {
            CampaignMerge merge = of(read(inputs));
            if (output != null) {
                Path parent = output.toAbsolutePath().getParent();
                Files.createDirectories(parent);
                Files.writeString(output, merge.toJsonLines(), StandardCharsets.UTF_8);
            }
            out.println(merge.summaryLine());
            merge.groups().forEach(g -> out.println("failed " + g.count() + "x: " + g.campaign() + " " + g.identity()
                    + "\n  simplest: k=" + g.simplest().k() + " seed=" + g.simplest().seed() + " strategy=" + g.simplest().strategy()
                    + (g.simplest().steps() < 0 ? "" : " (failed at step " + g.simplest().steps() + ")") + "\n  " + g.simplest().replay()));
            if (corpus != null) {
                out.println("corpus: " + merge.addTo(new Corpus(corpus)) + " new entries under " + corpus);
            }
            return 0;
        } catch (IllegalArgumentException | IOException | UncheckedIOException e) {
            err.println("CampaignMerge: " + e.getMessage());
            return 2;
        }
    }

    private static ShardRun preferred(ShardRun a, ShardRun b) {
        if (a.seedsRun() != b.seedsRun()) {
            return a.seedsRun() > b.seedsRun() ? a : b;
        }
        return a.toJsonLine().compareTo(b.toJsonLine()) <= 0 ? a : b;
    }
}
