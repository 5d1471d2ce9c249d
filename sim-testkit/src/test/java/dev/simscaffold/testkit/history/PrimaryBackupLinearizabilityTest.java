package dev.simscaffold.testkit.history;

import static dev.simscaffold.corpus.primarybackup.PrimaryBackupBug.READS_FROM_BACKUPS;
import static dev.simscaffold.testkit.assertions.SimAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.check.Falsified;
import dev.simscaffold.core.check.PropertyResult;
import dev.simscaffold.core.history.History;
import dev.simscaffold.core.history.Inconsistent;
import dev.simscaffold.core.history.KvModel;
import dev.simscaffold.core.history.KvOp;
import dev.simscaffold.core.history.OpOutcome;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.corpus.primarybackup.PbScenario;
import dev.simscaffold.corpus.primarybackup.PrimaryBackupBug;
import dev.simscaffold.corpus.primarybackup.PrimaryBackupCluster;
import dev.simscaffold.testkit.property.Properties;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Chapter 6's example, on the corpus's primary-backup store ({@code sim-corpus}): when its clients read from
 * any replica it serves stale reads, and the property engine finds a non-linearizable history and shrinks it to
 * a handful of operations; reading from the primary passes 1,000 seeds. Replay a failure with the {@code -Dsim.seed}
 * the report prints.
 */
class PrimaryBackupLinearizabilityTest {

    /**
     * The base seed of the shrinking test, fixed: how small a shrink gets depends on the failure it starts
     * from, and with a fresh seed per build a bound on it failed one build in a few (a 6-operation shrink).
     * Shrinking quality over many seeds is the shrinker's own measurement, not this example's.
     */
    private static final long SHRINK_SEED = 20261207L;

    private static final Set<PrimaryBackupBug> STALE_READS = EnumSet.of(PrimaryBackupBug.READS_FROM_BACKUPS);
    private static final Set<PrimaryBackupBug> CORRECT = EnumSet.noneOf(PrimaryBackupBug.class);

    // DOCS:begin docs/guide/06-client-histories.md
    @Test
    void readsFromBackupsServeStaleValuesAndShrinkToAHandfulOfOperations() {
        PropertyResult<PbScenario> result = HistoryProperties.runLinearizable(
                Properties.forAll(PbScenario.SCENARIOS).tries(300), KvModel.kv(),
                scenario -> PrimaryBackupCluster.run(scenario, EnumSet.of(READS_FROM_BACKUPS)));   // the planted bug
        assertThat(result).isInstanceOf(Falsified.class);                  // falsified and shrunk: see below
    }

    @Test
    void readsFromThePrimaryAreLinearizableOverAThousandSeeds() {
        HistoryProperties.checkLinearizable(Properties.forAll(PbScenario.SCENARIOS).tries(1_000), KvModel.kv(),
                scenario -> PrimaryBackupCluster.run(scenario, EnumSet.noneOf(PrimaryBackupBug.class)));
    }
    // DOCS:end

    @Test
    void theStaleReadShrinksToAHandfulOfOperationsAndExplainsItself() {
        ByteArrayOutputStream quiet = new ByteArrayOutputStream();
        PropertyResult<PbScenario> result = HistoryProperties.runLinearizable(
                Properties.forAll(PbScenario.SCENARIOS).seed(SHRINK_SEED).tries(300).printTo(new PrintStream(quiet, true, StandardCharsets.UTF_8)),
                KvModel.kv(), scenario -> PrimaryBackupCluster.run(scenario, STALE_READS));

        assertThat(result).isInstanceOf(Falsified.class);
        Falsified<PbScenario> falsified = (Falsified<PbScenario>) result;
        assertThat(falsified.shrunk().failure()).isInstanceOf(HistoryViolationError.class);
        Inconsistent<?, ?> evidence = (Inconsistent<?, ?>) ((HistoryViolationError) falsified.shrunk().failure()).result();
        assertThat(evidence.first().input()).as("the operation that cannot be linearized").isInstanceOf(KvOp.Read.class);
        // One operation is enough when the stale read returned an older written value: without the write
        // that produced it, a read of a value nobody wrote is already inconsistent.
        assertThat(evidence.minimal().size()).as("minimal sub-history:%n%s", evidence.minimal().toText()).isBetween(1, 4);
        assertThat(falsified.shrunk().value().ops()).as("shrunk scenario").hasSizeLessThanOrEqualTo(5);
        assertThat(falsified.shrunk().failure().getMessage())
                .contains("history is not linearizable against kv")
                .contains("minimal sub-history that is not linearizable")
                .contains("gantt");
    }

    @Test
    void lostRepliesAreRecordedAsIndeterminate() {
        History<KvOp, Long> history = PrimaryBackupCluster.run(new PbScenario(
                IntStream.range(0, 60).mapToObj(i -> new PbScenario.ClientOp(i % 3, KvOp.write("a", i))).toList(),
                SimRandom.seeded(3)), CORRECT);
        assertThat(history.size()).isEqualTo(60);
        assertThat(history.count(OpOutcome.INFO)).as("with 2%% loss some replies are lost").isPositive();
        assertThat(history).isLinearizable(KvModel.kv());
    }
}
