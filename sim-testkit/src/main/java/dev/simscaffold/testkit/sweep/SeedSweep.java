package dev.simscaffold.testkit.sweep;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.Simulation;
import dev.simscaffold.core.explore.Strategy;
import dev.simscaffold.core.trace.Coverage;
import dev.simscaffold.core.trace.CoverageTally;
import dev.simscaffold.testkit.replay.ReplayCommand;
import dev.simscaffold.testkit.replay.SimProperty;
import dev.simscaffold.testkit.replay.StopAt;
import dev.simscaffold.testkit.replay.StrategyProperty;
import dev.simscaffold.testkit.report.SeedFailureText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;

/**
 * Runs a simulation over a range of seeds, the way FoundationDB and TigerBeetle hunt rare bugs: many seeds,
 * each a different run. The range is steered from the command line so CI can scale it without code changes:
 *
 * <ul>
 *   <li>{@code -Dsim.seed=N} runs only seed {@code N} (replaying a failure);</li>
 *   <li>{@code -Dsim.seeds=N} sets how many seeds the sweep runs (default: the count given in code);</li>
 *   <li>{@code -Dsim.shard=i/n} makes this process run only its contiguous slice of the range.</li>
 * </ul>
 *
 * <p>Every seed runs even after a failure (up to {@link #maxFailures(int)}), so a sweep reports all failing
 * seeds; each process writes {@code target/sim-sweeps/<name>-shard-<i>-of-<n>.json}.
 *
 * <pre>{@code
 * @Test
 * void leaseTableSurvivesHostileFaults() {
 *     SeedSweep.named("lease-table-hostile").seeds(500).run(seed -> simulate(seed));
 * }
 * }</pre>
 */
@Api(Api.Status.STABLE)
public final class SeedSweep {

    /** Where sweep summaries are written, relative to the module directory. */
    public static final Path SUMMARY_DIRECTORY = Path.of("target", "sim-sweeps");

    private final String name;
    private long seeds = 100;
    private long firstSeed;
    private int maxFailures = 10;
    private Strategy strategy = Strategy.uniform();

    private SeedSweep(String name) {
        if (name == null || !name.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("sweep name must be letters, digits, '.', '_' or '-' (it names a file), got " + name);
        }
        this.name = name;
    }

    /**
     * Starts a sweep.
     *
     * @param name names the sweep and its summary file
     * @return the sweep
     */
    public static SeedSweep named(String name) {
        return new SeedSweep(name);
    }

    /**
     * Sets how many seeds to run when {@code -Dsim.seeds} is not given.
     *
     * @param count {@code >= 1}
     * @return this sweep
     */
    public SeedSweep seeds(long count) {
        this.seeds = positive("seeds", count);
        return this;
    }

    /**
     * Sets the first seed of the range (default 0).
     *
     * @param seed the first seed
     * @return this sweep
     */
    public SeedSweep firstSeed(long seed) {
        this.firstSeed = seed;
        return this;
    }

    /**
     * Sets after how many failing seeds the sweep stops early.
     *
     * @param count {@code >= 1}
     * @return this sweep
     */
    public SeedSweep maxFailures(int count) {
        this.maxFailures = (int) positive("maxFailures", count);
        return this;
    }

    /**
     * Names the schedule strategy the simulation runs its seeds under, recorded beside the seeds in the
     * sweep's summary and in the replay command; {@code -Dsim.strategy} overrides it. Seed {@code n} stays
     * seed {@code n}; the simulation reads the strategy back with {@link #strategy()} to build its network.
     *
     * @param newStrategy the strategy, {@link Strategy#uniform()} by default
     * @return this sweep
     */
    public SeedSweep strategy(Strategy newStrategy) {
        if (newStrategy == null) {
            throw new NullPointerException("strategy must not be null (use Strategy.uniform())");
        }
        this.strategy = newStrategy;
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
     * Runs the simulation once per seed of this process's slice.
     *
     * @param simulation runs one seed, throwing (typically an {@code AssertionError}) on failure
     * @return the summary, when every seed passed
     * @throws AssertionError listing the failing seeds, the first failure and the command that replays it
     */
    public SweepSummary run(LongConsumer simulation) {
        OptionalLong replay = SeedProperties.replaySeed();
        ShardSpec shard = SeedProperties.shard();
        long total = seedCount();
        long start = replay.isPresent() ? replay.getAsLong() : firstSeed + shard.sliceStart(total);
        long end = replay.isPresent() ? start + 1 : firstSeed + shard.sliceEnd(total);

        OptionalLong stopAt = StopAt.requested();
        if (replay.isPresent() && stopAt.isPresent()) {
            StopAt.run(stopAt.getAsLong(), () -> simulation.accept(start));
        }
        List<SweepSummary.Failure> failures = new ArrayList<>();
        Throwable firstFailure = null;
        long ran = 0;
        for (long seed = start; seed != end && failures.size() < maxFailures; seed++) {
            ran++;
            try {
                simulation.accept(seed);
            } catch (AssertionError | RuntimeException e) {
                failures.add(new SweepSummary.Failure(seed, SeedFailureText.firstLine(e)));
                firstFailure = firstFailure == null ? e : firstFailure;
            }
        }
        SweepSummary summary = new SweepSummary(name, shard, strategy().name(), start, ran, failures);
        write(summary);
        if (firstFailure != null) {
            throw failure(summary, firstFailure, simulation);
        }
        return summary;
    }

    /**
     * Runs the simulation once per seed like {@link #run(LongConsumer)}, and sums what each run covered:
     * after every seed has passed, a sometimes condition that no run reached fails the sweep, naming it,
     * because a sweep whose interesting situations never happened proves little. When replaying a single
     * seed ({@code -Dsim.seed}) the coverage is returned but not judged.
     *
     * @param simulation runs one seed and returns the finished simulation
     * @return the summed coverage: fault kinds fired and sometimes conditions reached
     * @throws AssertionError listing the failing seeds, or naming the conditions no seed reached
     */
    public Coverage runSimulations(LongFunction<? extends Simulation> simulation) {
        CoverageTally tally = new CoverageTally();
        run(seed -> tally.add(simulation.apply(seed).coverage()));
        SeedProperties.judgeCoverage("sweep " + name, tally);
        return tally.coverage();
    }

    private long seedCount() {
        String text = System.getProperty(SimProperty.SEEDS.key());
        if (text == null || text.isBlank()) {
            return seeds;
        }
        try {
            return positive(SimProperty.SEEDS.key(), Long.parseLong(text.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(SimProperty.SEEDS.key() + " must be a positive whole number, got \"" + text + "\"", e);
        }
    }

    private AssertionError failure(SweepSummary summary, Throwable first, LongConsumer simulation) {
        long firstSeedFailed = summary.failures().get(0).seed();
        String replay = ReplayCommand.forCallingTest(firstSeedFailed) + StrategyProperty.flag(strategy());
        StringBuilder message = new StringBuilder("sweep ").append(name).append(": ").append(summary.failures().size())
                .append(" of ").append(summary.seedsRun()).append(" seeds failed (shard ").append(summary.shard()).append(")\n")
                .append("failing seeds: ");
        summary.failures().forEach(f -> message.append(f.seed()).append(' '));
        message.append("\nfirst failure (seed ").append(firstSeedFailed).append("):\n").append(SeedFailureText.render(name, firstSeedFailed, first, replay, simulation));
        return new AssertionError(message.toString(), first);
    }

    private void write(SweepSummary summary) {
        try {
            Files.createDirectories(SUMMARY_DIRECTORY);
            Path file = SUMMARY_DIRECTORY.resolve(name + "-shard-" + summary.shard().index() + "-of-" + summary.shard().count() + ".json");
            Files.writeString(file, summary.toJson(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the sweep summary under " + SUMMARY_DIRECTORY.toAbsolutePath(), e);
        }
    }

    private static long positive(String field, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(field + " must be >= 1, got " + value);
        }
        return value;
    }
}
