package dev.simscaffold.corpus.primarybackup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.check.Falsified;
import dev.simscaffold.core.check.Passed;
import dev.simscaffold.core.check.PropertyResult;
import dev.simscaffold.core.check.PropertyRunner;
import dev.simscaffold.core.check.PropertySettings;
import dev.simscaffold.core.history.CheckResult;
import dev.simscaffold.core.history.HistoryChecker;
import dev.simscaffold.core.history.KvModel;
import dev.simscaffold.core.history.KvOp;
import dev.simscaffold.core.history.Verdict;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The primary-backup store as a property over generated workloads: reads from backups are caught and shrink to a
 * handful of operations; reads from the primary are linearizable. Replay a failure with its seed: the property
 * engine draws the workload and every network decision from it.
 */
class PrimaryBackupTest {

    @Test
    void readsFromBackupsServeStaleValuesAndShrinkToAHandfulOfOperations() {
        PropertyResult<PbScenario> result = check(EnumSet.of(PrimaryBackupBug.READS_FROM_BACKUPS), 300);

        assertThat(result).isInstanceOf(Falsified.class);
        Falsified<PbScenario> falsified = (Falsified<PbScenario>) result;
        assertThat(falsified.shrunk().value().ops()).hasSizeBetween(2, 5);
        assertThat(falsified.shrunk().failure().getMessage()).contains("history is not linearizable");
    }

    @Test
    void theSameSeedShrinksToTheSameWorkloadAgain() {
        Falsified<PbScenario> first = (Falsified<PbScenario>) check(EnumSet.of(PrimaryBackupBug.READS_FROM_BACKUPS), 300);
        Falsified<PbScenario> replay = (Falsified<PbScenario>) check(EnumSet.of(PrimaryBackupBug.READS_FROM_BACKUPS), 300);

        assertThat(replay.failingSeed()).isEqualTo(first.failingSeed());
        assertThat(replay.shrunk().value().ops()).isEqualTo(first.shrunk().value().ops());
    }

    @Test
    void readsFromThePrimaryAreLinearizableOverAThousandWorkloads() {
        assertThat(check(Set.of(), 1_000)).isInstanceOf(Passed.class);
    }

    private static PropertyResult<PbScenario> check(Set<PrimaryBackupBug> bugs, int tries) {
        return PropertyRunner.check(PbScenario.SCENARIOS, PropertySettings.seeded(1).withTries(tries), scenario -> {
            CheckResult<KvOp, Long> result = HistoryChecker.of(KvModel.kv()).linearizable(PrimaryBackupCluster.run(scenario, bugs));
            if (result.verdict() != Verdict.OK) {
                throw new AssertionError(result.describe());
            }
        });
    }
}
