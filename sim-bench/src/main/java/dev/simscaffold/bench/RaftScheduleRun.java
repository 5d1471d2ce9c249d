package dev.simscaffold.bench;

import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.explore.Strategy;
import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.net.FaultEvent;
import dev.simscaffold.core.net.FaultSchedule;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.trace.TraceMode;
import dev.simscaffold.corpus.raft.RaftBug;
import dev.simscaffold.corpus.raft.RaftCluster;
import dev.simscaffold.corpus.raft.RaftSetup;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Per-run detection of the corpus Raft's planted bugs under the default strategy and today's fault layers,
 * with and without a random fault schedule on top ({@link FaultSchedule#random} over the servers, spread
 * over the fault phase, then everything recovered): which shape of faults finds which bug. Not a test:
 * {@code java -cp ... dev.simscaffold.bench.RaftScheduleRun 400 baseline all:16 crash:16}; the arguments
 * are the seeds per cell, then the fault shapes ({@link #shape}); it prints a Markdown table. Seeds run on
 * every core ({@link SeedPool}). {@code -Dsim.bench.strategy=TEXT} runs the baseline shape under another schedule strategy than uniform.
 */
public final class RaftScheduleRun {

    private static final List<NodeId> SERVERS = List.of(NodeId.of(0), NodeId.of(1), NodeId.of(2));

    private RaftScheduleRun() {
    }

    /** A named way to add scheduled faults to a seed's run: the schedule of seed {@code s}, or none. */
    record Shape(String name, Function<Long, FaultSchedule> schedule) {
    }

    /**
     * Reads a shape: {@code baseline} (random faults only), or {@code KINDS:N} with KINDS one of
     * {@code all}, {@code network}, {@code crash} (crash, restart, power loss), {@code power} (power loss,
     * restart), {@code partition} (partition, heal), and N the most scheduled faults over the fault phase.
     *
     * @param text the shape's text
     * @return the shape
     */
    static Shape shape(String text) {
        if (text.equals("baseline")) {
            return new Shape(text, seed -> FaultSchedule.none());
        }
        if (text.contains("+")) {
            String[] layers = text.split("\\+");
            List<Shape> parts = new ArrayList<>();
            for (int i = 0; i < layers.length; i++) {
                Shape layer = single(layers[i], "schedule." + i);
                parts.add(layer);
            }
            return new Shape(text, seed -> {
                List<FaultEvent> events = new ArrayList<>();
                for (Shape part : parts) {
                    events.addAll(part.schedule().apply(seed).events());
                }
                return FaultSchedule.of(SERVERS, events).recoverAllAt(runTicks());
            });
        }
        Shape single = single(text, "schedule");
        return new Shape(text, seed -> single.schedule().apply(seed).recoverAllAt(runTicks()));
    }

    private static Shape single(String text, String fork) {
        String[] parts = text.split(":");
        if (parts.length != 2) {
            throw new IllegalArgumentException("unknown fault shape '" + text + "': expected baseline or KINDS:N");
        }
        Set<FaultSchedule.Kind> kinds = switch (parts[0]) {
            case "all" -> FaultSchedule.Kind.ALL;
            case "network" -> FaultSchedule.Kind.NETWORK;
            case "crash" -> EnumSet.of(FaultSchedule.Kind.CRASH, FaultSchedule.Kind.RESTART, FaultSchedule.Kind.POWER_LOSS);
            case "power" -> EnumSet.of(FaultSchedule.Kind.RESTART, FaultSchedule.Kind.POWER_LOSS);
            case "partition" -> EnumSet.of(FaultSchedule.Kind.PARTITION, FaultSchedule.Kind.HEAL);
            default -> throw new IllegalArgumentException("unknown fault kinds '" + parts[0] + "' in '" + text + "'");
        };
        int maxEvents = Integer.parseInt(parts[1]);
        return new Shape(text, seed -> FaultSchedule.random(new SimContext(seed).fork(fork), SERVERS, runTicks(), maxEvents, kinds));
    }

    /** Whether one run of a bug (or of the correct Raft, for an empty bug) under a shape fails. */
    static boolean fails(long seed, Optional<RaftBug> bug, Shape shape, FaultConfig faults) {
        if (Boolean.getBoolean("sim.bench.swarm")) {
            SimRandom swarm = new SimContext(seed).fork("swarm");
            faults = new FaultConfig(faults.effects(), faults.clock(), faults.network().swarmAround(swarm), faults.storage());
        }
        RaftSetup setup = RaftSetup.correct().withBugs(bug.map(Set::of).orElse(Set.of())).withFaults(faults)
                .withWorkloadTicks(Long.getLong("sim.bench.workloadTicks", BugBenchmark.WORKLOAD_TICKS)).withTraceMode(TraceMode.FINGERPRINT_ONLY);
        Strategy strategy = strategy();
        FaultSchedule schedule = shape.schedule().apply(seed);
        if (!strategy.equals(Strategy.uniform()) && !schedule.events().isEmpty()) {
            throw new IllegalArgumentException("-Dsim.bench.strategy=" + strategy.name() + " runs only the baseline shape, not '" + shape.name() + "'");
        }
        RaftCluster cluster = strategy.equals(Strategy.uniform()) ? RaftCluster.start(seed, setup, schedule) : RaftCluster.start(seed, strategy, setup);
        return !cluster.runThenRecover(runTicks(), BugBenchmark.RECOVERY_TICKS).passed();
    }

    /**
     * How long the faults run, {@code -Dsim.bench.runTicks=TICKS} ({@link BugBenchmark#RUN_TICKS} if not given); clients
     * start operations for {@code -Dsim.bench.workloadTicks=TICKS} ({@link BugBenchmark#WORKLOAD_TICKS} if not given).
     */
    static long runTicks() {
        return Long.getLong("sim.bench.runTicks", BugBenchmark.RUN_TICKS);
    }

    /**
     * {@code -Dsim.bench.epochs=MIN:MAX:STALE:VOTE:FIG8}: {@link RaftSetup#epochFaults} with epochs of MIN to MAX ticks and
     * those weights of the stale-read, unsynced-vote and Figure 8 mixes, or {@code -Dsim.bench.epochs=preset} for
     * {@link RaftSetup#epochFaults()}, in place of every other override; null if not given.
     */
    static FaultConfig epochFaults() {
        String epochs = System.getProperty("sim.bench.epochs");
        if (epochs == null) {
            return null;
        }
        if (epochs.equals("preset")) {
            return RaftSetup.epochFaults();
        }
        String[] parts = epochs.split(":");
        if (parts.length != 5) {
            throw new IllegalArgumentException("-Dsim.bench.epochs=" + epochs + ": expected MIN:MAX:STALE:VOTE:FIG8, such as 100:300:3:1:1");
        }
        return RaftSetup.epochFaults(Long.parseLong(parts[0]), Long.parseLong(parts[1]), Integer.parseInt(parts[2]),
                Integer.parseInt(parts[3]), Integer.parseInt(parts[4]));
    }

    /** The schedule strategy of every run, {@code -Dsim.bench.strategy=TEXT} (such as {@code hold:20:pos}); uniform if not given. */
    static Strategy strategy() {
        return Strategy.parse(System.getProperty("sim.bench.strategy", "uniform"));
    }

    /**
     * {@link RaftSetup#realisticFaults()}, with the network's restart delay and crash, partition and pause rates
     * overridden by {@code -Dsim.bench.restart=TICKS}, {@code -Dsim.bench.crash=RATE},
     * {@code -Dsim.bench.partition=RATE}, {@code -Dsim.bench.partitionTicks=TICKS}, {@code -Dsim.bench.pause=RATE},
     * {@code -Dsim.bench.pauseTicks=TICKS}, message loss and duplication (both) by {@code -Dsim.bench.loss=RATE}, the longest
     * ordinary delay by {@code -Dsim.bench.maxDelay=TICKS} (the tail then reaches the larger of 30 and five times it), clock jumps by {@code -Dsim.bench.clockJump=RATE} (steps up to
     * {@code -Dsim.bench.clockJumpTicks=TICKS}, 80 if not given), write-window crashes by
     * {@code -Dsim.bench.writeWindowCrash=RATE}, write-window isolations by {@code -Dsim.bench.isolation=RATE} (cuts
     * of up to {@code -Dsim.bench.isolationTicks=TICKS}, 200 if not given), fan-out cuts by {@code -Dsim.bench.fanOutCut=RATE}
     * (up to {@code -Dsim.bench.fanOutCutTicks=TICKS}, 200 if not given), the crash windows by
     * {@code -Dsim.bench.minRestart=TICKS} and {@code -Dsim.bench.recipient=SHARE}, the disks' power-loss share and unsynced
     * survival by {@code -Dsim.bench.powerLoss=RATE} and {@code -Dsim.bench.unsyncedSurvival=RATE}, where given: a probe of the
     * rates. {@code -Dsim.bench.swarm=true} then draws each seed's network intensity ({@code NetworkFaults.swarmAround}).
     */
    static FaultConfig faults() {
        FaultConfig epochs = epochFaults();
        if (epochs != null) {
            return epochs;
        }
        return RaftSetup.realisticFaults().toBuilder().network(network -> {
            String restart = System.getProperty("sim.bench.restart");
            if (restart != null) {
                network.restartAfterTicks(Long.parseLong(restart));
            }
            String minRestart = System.getProperty("sim.bench.minRestart");
            if (minRestart != null) {
                network.minRestartAfterTicks(Long.parseLong(minRestart));
            }
            String recipient = System.getProperty("sim.bench.recipient");
            if (recipient != null) {
                network.recipientCrashShare(Double.parseDouble(recipient));
            }
            String crash = System.getProperty("sim.bench.crash");
            if (crash != null) {
                network.crashRate(Double.parseDouble(crash));
            }
            String partition = System.getProperty("sim.bench.partition");
            if (partition != null) {
                network.partitionRate(Double.parseDouble(partition));
            }
            String partitionTicks = System.getProperty("sim.bench.partitionTicks");
            if (partitionTicks != null) {
                network.maxPartitionTicks(Long.parseLong(partitionTicks));
            }
            String pause = System.getProperty("sim.bench.pause");
            if (pause != null) {
                network.pauseRate(Double.parseDouble(pause));
            }
            String clockJump = System.getProperty("sim.bench.clockJump");
            if (clockJump != null) {
                network.clockJumpRate(Double.parseDouble(clockJump)).maxClockJumpTicks(Long.getLong("sim.bench.clockJumpTicks", 80));
            }
            String writeWindow = System.getProperty("sim.bench.writeWindowCrash");
            if (writeWindow != null) {
                network.writeWindowCrashRate(Double.parseDouble(writeWindow));
            }
            String loss = System.getProperty("sim.bench.loss");
            if (loss != null) {
                network.lossRate(Double.parseDouble(loss)).duplicateRate(Double.parseDouble(loss));
            }
            String maxDelay = System.getProperty("sim.bench.maxDelay");
            if (maxDelay != null) {
                network.maxDelayTicks(Long.parseLong(maxDelay)).maxTailDelayTicks(Math.max(30, 5 * Long.parseLong(maxDelay)));
            }
            String fanOutCut = System.getProperty("sim.bench.fanOutCut");
            if (fanOutCut != null) {
                network.fanOutCutRate(Double.parseDouble(fanOutCut)).maxFanOutCutTicks(Long.getLong("sim.bench.fanOutCutTicks", 200));
            }
            String isolation = System.getProperty("sim.bench.isolation");
            if (isolation != null) {
                network.writeWindowIsolationRate(Double.parseDouble(isolation))
                        .maxWriteWindowIsolationTicks(Long.getLong("sim.bench.isolationTicks", 200));
            }
            String pauseTicks = System.getProperty("sim.bench.pauseTicks");
            if (pauseTicks != null) {
                network.maxPauseTicks(Long.parseLong(pauseTicks));
            }
        }).storage(storage -> {
            String powerLoss = System.getProperty("sim.bench.powerLoss");
            if (powerLoss != null) {
                storage.powerLossRate(Double.parseDouble(powerLoss));
            }
            String survival = System.getProperty("sim.bench.unsyncedSurvival");
            if (survival != null) {
                storage.unsyncedSurvivalRate(Double.parseDouble(survival));
            }
        }).build();
    }

    /**
     * Runs the cells and prints the table.
     *
     * @param args the seeds per cell, then the shapes
     */
    public static void main(String[] args) {
        int seeds = Integer.parseInt(args[0]);
        List<Shape> shapes = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            shapes.add(shape(args[i]));
        }
        List<Optional<RaftBug>> bugs = new ArrayList<>();
        for (RaftBug bug : RaftBug.values()) {
            bugs.add(Optional.of(bug));
        }
        bugs.add(Optional.empty());
        StringBuilder table = new StringBuilder("| faults | bug | failing runs | per-run rate | 95 % Wilson | CPU s |\n|---|---|---:|---:|---|---:|\n");
        try (SeedPool pool = new SeedPool()) {
            for (Shape shape : shapes) {
                for (Optional<RaftBug> bug : bugs) {
                    SeedPool.Count count = pool.count(1, seeds, seed -> fails(seed, bug, shape, faults()));
                    BugBenchmark.Cell cell = new BugBenchmark.Cell(bug.orElse(null), strategy(), count.hits(), seeds, count.cpuNanos());
                    double[] interval = cell.wilson();
                    String row = String.format(Locale.ROOT, "| %s | %s | %d / %d | %.1f %% | %.1f–%.1f %% | %.1f |%n", shape.name(),
                            bug.map(Enum::name).orElse("correct (control)"), count.hits(), seeds, 100 * cell.rate(),
                            100 * interval[0], 100 * interval[1], count.cpuNanos() / 1e9);
                    System.out.print(row);
                    table.append(row);
                }
            }
        }
        System.out.print(table);
    }
}
