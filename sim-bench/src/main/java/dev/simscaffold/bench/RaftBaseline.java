package dev.simscaffold.bench;

import dev.simscaffold.core.explore.Strategy;
import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.trace.TraceMode;
import dev.simscaffold.corpus.raft.RaftBug;
import dev.simscaffold.corpus.raft.RaftCluster;
import dev.simscaffold.corpus.raft.RaftSetup;
import java.util.List;
import java.util.Set;

/**
 * The baseline of the bug benchmark's Raft rows, named once: which faults (network and storage, as one
 * {@link FaultConfig}) and how long; a column adds its schedule strategy, and the uniform baseline every column is
 * compared with is this under {@link Strategy#uniform()}. {@link #EPOCHS} is the default
 * ({@code BugBenchmark} and {@code BugHunt}): the only configuration measured to find all three planted bugs with the
 * default strategy and no nemesis (issue 25's eighth and ninth increments); {@link #REALISTIC}, the benchmark's
 * baseline before, stays reachable with {@code -Dsim.bench.raftFaults=realistic}.
 *
 * @param name the switch's value
 * @param faults the network and storage faults
 * @param runTicks how long the faults run
 * @param workloadTicks how long the clients start operations, within the faults
 * @param recoveryTicks how long the faultless cluster then has to elect a leader
 */
record RaftBaseline(String name, FaultConfig faults, long runTicks, long workloadTicks, long recoveryTicks) {

    /** {@link RaftSetup#realisticFaults()}, 400 ticks of workload in 600 of faults, then 400 to recover. */
    static final RaftBaseline REALISTIC = new RaftBaseline("realistic", RaftSetup.realisticFaults(), BugBenchmark.RUN_TICKS,
            BugBenchmark.WORKLOAD_TICKS, BugBenchmark.RECOVERY_TICKS);

    /**
     * {@link RaftSetup#epochFaults()} (fault epochs over the three bugs' mixes), 1,200 ticks of workload in 1,400 of
     * faults (a run needs several epochs), then 400 to recover.
     */
    static final RaftBaseline EPOCHS = new RaftBaseline("epochs", RaftSetup.epochFaults(), RaftSetup.EPOCH_FAULT_TICKS,
            RaftSetup.EPOCH_WORKLOAD_TICKS, BugBenchmark.RECOVERY_TICKS);

    private static final List<RaftBaseline> ALL = List.of(EPOCHS, REALISTIC);

    /**
     * The baseline named by {@code -Dsim.bench.raftFaults=NAME}, {@link #EPOCHS} if not given.
     *
     * @return the baseline
     * @throws IllegalArgumentException for an unknown name
     */
    static RaftBaseline selected() {
        return named(System.getProperty("sim.bench.raftFaults", EPOCHS.name()));
    }

    /**
     * The baseline of that name.
     *
     * @param name {@code epochs} or {@code realistic}
     * @return the baseline
     * @throws IllegalArgumentException for an unknown name
     */
    static RaftBaseline named(String name) {
        return ALL.stream().filter(baseline -> baseline.name().equals(name)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                "unknown Raft baseline -Dsim.bench.raftFaults=" + name + ": expected one of " + ALL.stream().map(RaftBaseline::name).toList()));
    }

    /**
     * Whether one run of the corpus Raft with these bugs (none for the control) fails under this baseline.
     *
     * @param seed the seed
     * @param strategy the schedule strategy
     * @param bugs the planted bugs
     * @return true if an invariant, liveness or linearizability failed
     */
    boolean fails(long seed, Strategy strategy, Set<RaftBug> bugs) {
        RaftSetup setup = RaftSetup.correct().withBugs(bugs).withFaults(faults).withWorkloadTicks(workloadTicks)
                .withTraceMode(TraceMode.FINGERPRINT_ONLY);
        return !RaftCluster.start(seed, strategy, setup).runThenRecover(runTicks, recoveryTicks).passed();
    }
}
