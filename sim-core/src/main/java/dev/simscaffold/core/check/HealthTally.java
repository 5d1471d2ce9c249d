package dev.simscaffold.core.check;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.Simulation;
import dev.simscaffold.core.buggify.BuggifyReport;
import dev.simscaffold.core.buggify.BuggifySite;
import dev.simscaffold.core.explore.Strategy;
import dev.simscaffold.core.nemesis.MessageFaultStats;
import dev.simscaffold.core.nemesis.NemesisRunner;
import dev.simscaffold.core.nemesis.NemesisStats;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Health checks over many runs, as Hypothesis has them: a property's tries or a campaign's seeds add what each
 * run did, and {@link #warnings()} says where the exploration went blind although every run passed: runs that
 * executed no steps, a generator that mostly discards, a nemesis or message fault that never struck, a buggify
 * site that never fired, a strategy that never changed the order. Warnings are advice and never fail a run;
 * {@link #assertHealthy()} is the strict mode for a test that wants them to.
 *
 * <pre>{@code
 * HealthTally health = new HealthTally();
 * Strategy strategy = health.watch(Strategy.pct(3));
 * Properties.forAll(Gen.liveRandom()).strategy(strategy).check(random -> {
 *     NemesisRunner<Msg> runner = NemesisRunner.on(network(random), Nemeses.leaderHunt(LEADER, FOLLOWER));
 *     runner.run(2_000);
 *     health.add(runner.network()).add(runner).add(buggify.report());
 * });
 * health.warnings().forEach(System.out::println);   // or health.assertHealthy() to fail on them
 * }</pre>
 *
 * <p>A check judges only what was added: a buggify site no run reached is not in any report, so it cannot be
 * warned about (add a {@code sometimes} for it), and a nemesis a swarm never armed is counted under no run.
 * Counts are kept in name order, so the warnings come out in the same order on every run.
 */
@Api(Api.Status.EXPERIMENTAL)
public final class HealthTally {

    private long runs;
    private long runsWithoutSteps;
    private long tries;
    private long discarded;
    private final Map<String, long[]> nemeses = new TreeMap<>();
    private final Map<String, long[]> messageFaults = new TreeMap<>();
    private final Map<String, long[]> sites = new TreeMap<>();
    private final List<HealthStrategy> strategies = new ArrayList<>();

    /** An empty tally, for one property or campaign. */
    public HealthTally() {
        // counts start at zero
    }

    /**
     * Adds one run: it counts towards "runs executed no steps" when it handled no event.
     *
     * @param simulation the finished run
     * @return this tally
     */
    public HealthTally add(Simulation simulation) {
        Objects.requireNonNull(simulation, "simulation must not be null");
        runs++;
        if (simulation.events() == 0) {
            runsWithoutSteps++;
        }
        return this;
    }

    /**
     * Adds what each nemesis and message fault of one run did; a nemesis a swarm left out of the run is not
     * counted for it.
     *
     * @param runner the run's nemesis runner
     * @return this tally
     */
    public HealthTally add(NemesisRunner<?> runner) {
        Objects.requireNonNull(runner, "nemesis runner must not be null");
        for (NemesisStats stats : runner.stats()) {
            long[] counts = nemeses.computeIfAbsent(stats.name(), name -> new long[4]);
            counts[0]++;
            counts[1] += stats.strikes();
            counts[2] += stats.triggered();
            counts[3] += stats.noTarget();
        }
        for (MessageFaultStats stats : runner.messageFaultStats()) {
            long[] counts = messageFaults.computeIfAbsent(stats.name(), name -> new long[4]);
            counts[0]++;
            counts[1] += stats.struck();
            counts[2] += stats.seen();
            counts[3] += stats.noTarget();
        }
        return this;
    }

    /**
     * Adds which buggify sites one run reached, enabled and fired.
     *
     * @param report the run's {@code Buggify.report()}
     * @return this tally
     */
    public HealthTally add(BuggifyReport report) {
        Objects.requireNonNull(report, "buggify report must not be null");
        for (BuggifySite site : report.sites()) {
            long[] counts = sites.computeIfAbsent(site.name(), name -> new long[3]);
            counts[0]++;
            counts[1] += site.enabled() ? 1 : 0;
            counts[2] += site.fired();
        }
        return this;
    }

    /**
     * Adds a property run's tries and discards, as {@link PropertyResult} counts them.
     *
     * @param result a finished property run
     * @return this tally
     */
    public HealthTally add(PropertyResult<?> result) {
        Objects.requireNonNull(result, "property result must not be null");
        tries += result.triesRun();
        discarded += result.discardReasons().values().stream().mapToLong(Integer::longValue).sum();
        return this;
    }

    /**
     * Wraps a strategy so that the tally counts whether it ever changed the order: it chooses exactly as the
     * strategy given and draws nothing more, so every run is the run the strategy alone makes. The uniform
     * strategy is returned as it is: it orders by drawn delays, never through a chooser, so there is nothing
     * to count.
     *
     * @param strategy the strategy the runs use
     * @return the strategy to give the runs
     */
    public Strategy watch(Strategy strategy) {
        Objects.requireNonNull(strategy, "strategy must not be null");
        if (strategy.equals(Strategy.uniform())) {
            return strategy;
        }
        HealthStrategy watched = new HealthStrategy(strategy);
        strategies.add(watched);
        return watched;
    }

    /**
     * Judges what was added.
     *
     * @return the warnings, empty when the exploration looks healthy
     */
    public List<HealthWarning> warnings() {
        List<HealthWarning> warnings = new ArrayList<>();
        if (runsWithoutSteps > 0) {
            warnings.add(new HealthWarning(HealthWarning.Kind.NO_STEPS, "runs", runsWithoutSteps + " of " + runs
                    + " runs executed no steps: the workload or the set-up did nothing in them"));
        }
        if (discarded > tries) {
            warnings.add(new HealthWarning(HealthWarning.Kind.MOSTLY_DISCARDED, "generator", "the generator discarded " + discarded
                    + " test cases for " + tries + " it produced: loosen the filter or the assumption, or generate valid values directly"));
        }
        nemeses.forEach((name, c) -> {
            if (c[1] == 0) {
                warnings.add(new HealthWarning(HealthWarning.Kind.NEMESIS_NEVER_STRUCK, name, "nemesis " + name + " never struck in the "
                        + c[0] + " runs it was armed (triggered " + c[2] + " times, no target " + c[3] + " times)"));
            }
        });
        messageFaults.forEach((name, c) -> {
            if (c[1] == 0) {
                warnings.add(new HealthWarning(HealthWarning.Kind.MESSAGE_FAULT_NEVER_STRUCK, name, "message fault " + name
                        + " never struck in " + c[0] + " runs (saw " + c[2] + " messages of its kind, no target " + c[3] + " times)"));
            }
        });
        sites.forEach((name, c) -> {
            if (c[2] == 0) {
                warnings.add(new HealthWarning(HealthWarning.Kind.BUGGIFY_NEVER_FIRED, name, "buggify site " + name + " never fired (reached in "
                        + c[0] + " runs, enabled in " + c[1] + ")"));
            }
        });
        for (HealthStrategy strategy : strategies) {
            if (strategy.changes() == 0) {
                warnings.add(new HealthWarning(HealthWarning.Kind.ORDER_NEVER_CHANGED, strategy.name(), "strategy " + strategy.name()
                        + " never changed the order: " + (strategy.decisions() == 0 ? "no run ever had two events enabled at once"
                        : "it took the default order's first event in all " + strategy.decisions() + " decisions that had a choice")));
            }
        }
        return List.copyOf(warnings);
    }

    /**
     * The strict mode: fails when any health check warns.
     *
     * @throws AssertionError listing every warning
     */
    public void assertHealthy() {
        List<HealthWarning> warnings = warnings();
        if (!warnings.isEmpty()) {
            StringBuilder message = new StringBuilder("the runs passed, but ").append(warnings.size()).append(" health check")
                    .append(warnings.size() == 1 ? "" : "s").append(" warned (strict mode):");
            warnings.forEach(w -> message.append("\n  ").append(w));
            throw new AssertionError(message.toString());
        }
    }
}
