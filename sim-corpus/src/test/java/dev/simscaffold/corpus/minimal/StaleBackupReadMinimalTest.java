package dev.simscaffold.corpus.minimal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.history.HistoryChecker;
import dev.simscaffold.core.history.KvModel;
import dev.simscaffold.core.history.KvOp;
import dev.simscaffold.core.history.Verdict;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.corpus.primarybackup.PbScenario;
import dev.simscaffold.corpus.primarybackup.PbScenario.ClientOp;
import dev.simscaffold.corpus.primarybackup.PrimaryBackupBug;
import dev.simscaffold.corpus.primarybackup.PrimaryBackupCluster;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A hand-minimal case of {@link PrimaryBackupBug#READS_FROM_BACKUPS}, in the unit of
 * {@link dev.simscaffold.core.check.ActionCount}: two client operations and no fault. {@code client-3} writes
 * {@code a=1}, which the primary applies and acknowledges at once, then reads {@code a} from a backup the
 * replication has not reached yet (the network's delays reorder it), and gets 0: the read began after the write
 * completed, so the history is not linearizable. It is 1-minimal: it fails on some network streams, a single
 * operation is linearizable on every stream, and the correct store (reads from the primary) passes it on the
 * streams where the buggy one fails.
 */
class StaleBackupReadMinimalTest {

    static final int HAND_MINIMAL = 2;
    private static final List<ClientOp> CASE = List.of(new ClientOp(0, KvOp.write("a", 1)), new ClientOp(0, KvOp.read("a")));
    private static final Set<PrimaryBackupBug> BUG = EnumSet.of(PrimaryBackupBug.READS_FROM_BACKUPS);
    private static final int STREAMS = 200;

    private static boolean fails(List<ClientOp> ops, long stream, Set<PrimaryBackupBug> bugs) {
        PbScenario scenario = new PbScenario(ops, SimRandom.seeded(stream));
        return HistoryChecker.of(KvModel.kv()).linearizable(PrimaryBackupCluster.run(scenario, bugs)).verdict() != Verdict.OK;
    }

    @Test
    void twoOperationsFailTheBuggyStoreAndRemovingEitherPasses() {
        List<Long> failing = new ArrayList<>();
        for (long stream = 1; stream <= STREAMS; stream++) {
            if (fails(CASE, stream, BUG)) {
                failing.add(stream);
            }
        }

        assertThat(failing).as("streams on which the backup answers before replication reaches it").isNotEmpty();
        assertThat(CASE).hasSize(HAND_MINIMAL);
        for (long stream = 1; stream <= STREAMS; stream++) {
            for (int removed = 0; removed < CASE.size(); removed++) {
                List<ClientOp> fewer = new ArrayList<>(CASE);
                fewer.remove(removed);
                assertThat(fails(fewer, stream, BUG)).as("without operation " + removed + ", stream " + stream).isFalse();
            }
        }
        for (long stream : failing) {
            assertThat(fails(CASE, stream, Set.of())).as("the correct store, stream " + stream).isFalse();
        }
    }
}
