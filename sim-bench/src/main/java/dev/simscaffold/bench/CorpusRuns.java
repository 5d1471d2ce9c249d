package dev.simscaffold.bench;

import dev.simscaffold.core.check.Falsified;
import dev.simscaffold.core.check.PropertyRunner;
import dev.simscaffold.core.check.PropertySettings;
import dev.simscaffold.core.explore.Strategy;
import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.history.CheckResult;
import dev.simscaffold.core.history.HistoryChecker;
import dev.simscaffold.core.history.KvModel;
import dev.simscaffold.core.history.KvOp;
import dev.simscaffold.core.history.Verdict;
import dev.simscaffold.corpus.gossip.GossipBug;
import dev.simscaffold.corpus.gossip.GossipCluster;
import dev.simscaffold.corpus.lease.LeaseBug;
import dev.simscaffold.corpus.lease.LeaseCluster;
import dev.simscaffold.corpus.primarybackup.PbScenario;
import dev.simscaffold.corpus.primarybackup.PrimaryBackupBug;
import dev.simscaffold.corpus.primarybackup.PrimaryBackupCluster;
import java.util.Set;
import java.util.TreeMap;

/**
 * One run of a corpus protocol per seed, as the corpus's own tests run it, for the bug benchmark: the same
 * workload, faults and judgement, with the benchmark's strategy. Bug and control differ only in the planted bug.
 */
final class CorpusRuns {

    /** The lease runs this long, as {@code LeaseTest}. */
    static final long LEASE_TICKS = 500;

    private CorpusRuns() {
    }

    /**
     * The lease protocol under {@code FaultConfig.mild()}'s network faults, clocks as drawn, for
     * {@value #LEASE_TICKS} ticks; it fails if the storage accepts writes out of token order.
     *
     * @param seed the run's seed
     * @param strategy the schedule strategy
     * @param bugs the planted bugs
     * @return whether the run failed
     */
    static boolean leaseFails(long seed, Strategy strategy, Set<LeaseBug> bugs) {
        return !LeaseCluster.run(seed, strategy, bugs, FaultConfig.mild().network(), new TreeMap<>(), LEASE_TICKS).passed();
    }

    /**
     * The push-gossip store under {@code FaultConfig.hostile()}'s network faults, as {@code GossipTest}: fails if
     * a version goes backwards or the live nodes do not converge once the faults stop.
     *
     * @param seed the run's seed
     * @param strategy the schedule strategy
     * @param bugs the planted bugs
     * @return whether the run failed
     */
    static boolean gossipFails(long seed, Strategy strategy, Set<GossipBug> bugs) {
        return !GossipCluster.run(seed, strategy, bugs, FaultConfig.hostile().network()).passed();
    }

    /**
     * One generated workload of the primary-backup store, as one try of {@code PrimaryBackupTest}'s property
     * (no shrinking): fails if the clients' history is not linearizable. The property's stream carries the
     * strategy, so the network built over it explores with it.
     *
     * @param seed the property's seed
     * @param strategy the schedule strategy
     * @param bugs the planted bugs
     * @return whether the run failed
     */
    static boolean primaryBackupFails(long seed, Strategy strategy, Set<PrimaryBackupBug> bugs) {
        PropertySettings one = PropertySettings.seeded(seed).withTries(1).withMaxShrinkAttempts(0).withStrategy(strategy);
        return PropertyRunner.check(PbScenario.SCENARIOS, one, scenario -> {
            CheckResult<KvOp, Long> result = HistoryChecker.of(KvModel.kv()).linearizable(PrimaryBackupCluster.run(scenario, bugs));
            if (result.verdict() != Verdict.OK) {
                throw new AssertionError(result.describe());
            }
        }) instanceof Falsified;
    }
}
