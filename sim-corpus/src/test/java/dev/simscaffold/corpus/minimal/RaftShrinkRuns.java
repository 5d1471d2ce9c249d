package dev.simscaffold.corpus.minimal;

import dev.simscaffold.core.check.ActionCount;
import dev.simscaffold.core.check.Falsified;
import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.check.MarkedCause;
import dev.simscaffold.core.check.PropertyResult;
import dev.simscaffold.core.check.PropertyRunner;
import dev.simscaffold.core.check.PropertySettings;
import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.history.CheckResult;
import dev.simscaffold.core.history.HistoryChecker;
import dev.simscaffold.core.history.HistoryRecorder;
import dev.simscaffold.core.history.Inconsistent;
import dev.simscaffold.core.history.KvModel;
import dev.simscaffold.core.history.KvOp;
import dev.simscaffold.core.history.Verdict;
import dev.simscaffold.core.nemesis.Nemesis;
import dev.simscaffold.core.nemesis.NemesisRunner;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.net.SimNetworkBuilder;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.core.trace.TraceMode;
import dev.simscaffold.corpus.raft.RaftBug;
import dev.simscaffold.corpus.raft.RaftClient;
import dev.simscaffold.corpus.raft.RaftCluster;
import dev.simscaffold.corpus.raft.RaftInvariant;
import dev.simscaffold.corpus.raft.RaftMessage;
import dev.simscaffold.corpus.raft.RaftServer;
import dev.simscaffold.corpus.raft.RaftSetup;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The corpus Raft as a property a new user would write: every random decision of the run (timeouts, the
 * clients' operations, the random faults, the nemeses' strikes) drawn from the property's stream, so the
 * whole run shrinks. A run is {@link #RUN_TICKS} ticks of faults, then recovery; it fails when an invariant
 * breaks, no leader is elected, or the clients' history is not linearizable.
 */
final class RaftShrinkRuns {

    static final long RUN_TICKS = 600;
    static final long WORKLOAD_TICKS = 400;
    static final long RECOVERY_TICKS = 400;

    /**
     * One shrunk failure: its size in the unit of {@link ActionCount} (the clients draw each operation as a
     * {@link RaftClient#OPERATION_SPAN} span, so its operations are the ones the shrunk case drew), the client
     * operations its replay invoked (at most those drawn: one drawn just before the workload ended is never
     * invoked), what shrinking cost (attempts; wall time of the search and the shrink together, then of the
     * shrink alone, then the shrink's CPU time on this thread, which a loaded machine inflates less), and what
     * the replay of the shrunk case threw (null if it passed).
     */
    record Measured(long baseSeed, String invariant, int originalChoices, int shrunkChoices, ActionCount original,
            ActionCount shrunk, int clientOperations, int attempts, String end, long millis, long shrinkMillis, long shrinkCpuMillis,
            Throwable replayed) {

        int size() {
            return shrunk.total();
        }
    }

    private RaftShrinkRuns() {
    }

    /** Runs one Raft cluster on a property's stream; throws what the run threw. */
    static int run(SimRandom random, Set<RaftBug> bugs, Supplier<List<Nemesis>> nemeses) {
        RaftSetup setup = RaftSetup.correct().withBugs(bugs).withFaults(RaftSetup.realisticFaults())
                .withWorkloadTicks(WORKLOAD_TICKS).withTraceMode(TraceMode.FINGERPRINT_ONLY);
        HistoryRecorder<KvOp, Long> history = HistoryRecorder.create();
        SimNetworkBuilder<RaftMessage> builder = SimNetwork.diskNodes(setup.servers(), RaftServer.factory(setup.servers(), setup.bugs()))
                .random(random)
                .faults(setup.faults())
                .traceMode(setup.traceMode());
        builder.nodes(setup.clients(), RaftClient.factory(setup.servers(), LogicalTime.of(setup.workloadTicks()), history));
        for (RaftInvariant invariant : RaftCluster.invariants()) {
            builder.expect(Expectation.always(invariant.name(), view -> invariant.check(view.all(RaftServer.class))));
        }
        SimNetwork<RaftMessage> network = builder.build();
        history.attach(network);
        try {
            NemesisRunner<RaftMessage> runner = NemesisRunner.on(network, nemeses.get());
            runner.run(RUN_TICKS);
            runner.quiesce();
            network.awaitLiveness(RaftCluster.leaderElected(), RECOVERY_TICKS);
            CheckResult<KvOp, Long> result = HistoryChecker.of(KvModel.kv()).linearizable(history.history());
            if (result.verdict() != Verdict.OK) {
                throw MARK_CAUSE ? new NotLinearizable(result) : new AssertionError(RaftCluster.LINEARIZABILITY);
            }
        } finally {
            lastOperations = history.history().size();
        }
        return lastOperations;
    }

    /**
     * Whether a history failure names its first impossible operation's completion for the shrinker's cut
     * ({@link MarkedCause}); {@code -Dmeasure.cause=false} throws a plain assertion error instead, to measure the cut.
     */
    private static final boolean MARK_CAUSE = !"false".equals(System.getProperty("measure.cause"));

    /** The history is not linearizable: the failure names the history event at which its first impossible operation completed. */
    static final class NotLinearizable extends AssertionError implements MarkedCause {
        private static final long serialVersionUID = 1L;
        private final transient OptionalInt cause;

        NotLinearizable(CheckResult<?, ?> result) {
            super(RaftCluster.LINEARIZABILITY);
            this.cause = result instanceof Inconsistent<?, ?> bad ? bad.firstImpossibleEvent() : OptionalInt.empty();
        }

        @Override
        public String markLabel() {
            return HistoryRecorder.EVENT_MARK;
        }

        @Override
        public OptionalInt causeMark() {
            return cause;
        }
    }

    /** How many client operations the latest run invoked (the runs are sequential, one thread). */
    private static int lastOperations;

    static Measured shrink(long baseSeed, Set<RaftBug> bugs, Supplier<List<Nemesis>> nemeses, int tries) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long[] shrinkStart = {0, 0};
        PropertySettings settings = PropertySettings.seeded(baseSeed).withTries(tries).withStopShrinking(() -> {
            if (shrinkStart[0] == 0) {
                shrinkStart[0] = System.nanoTime();
                shrinkStart[1] = cpu.getCurrentThreadCpuTime();
            }
            return false;
        });
        PropertyResult<SimRandom> result = PropertyRunner.check(Gen.liveRandom(), settings, random -> run(random, bugs, nemeses));
        long end = System.nanoTime();
        long millis = (end - start) / 1_000_000;
        long shrinkMillis = shrinkStart[0] == 0 ? 0 : (end - shrinkStart[0]) / 1_000_000;
        long shrinkCpuMillis = shrinkStart[0] == 0 ? 0 : (cpu.getCurrentThreadCpuTime() - shrinkStart[1]) / 1_000_000;
        if (!(result instanceof Falsified<SimRandom> failure)) {
            return null;
        }
        SimRandom replay = PropertyRunner.replay(Gen.liveRandom(), failure.shrunk().choices(), failure.failingSeed());
        Throwable replayed = null;
        try {
            run(replay, bugs, nemeses);
        } catch (RuntimeException | Error thrown) {
            replayed = thrown;
        }
        return new Measured(baseSeed, failure.shrunk().origin().toString(), failure.original().choices().size(),
                failure.shrunk().choices().size(), failure.original().actions(), failure.shrunk().actions(), lastOperations,
                failure.shrinkAttempts(), failure.shrinkEnd().toString(), millis, shrinkMillis, shrinkCpuMillis, replayed);
    }
}
