package dev.simscaffold.testkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.check.MarkedCause;
import dev.simscaffold.core.history.CheckResult;
import dev.simscaffold.core.history.History;
import dev.simscaffold.core.history.HistoryChecker;
import dev.simscaffold.core.history.HistoryRecorder;
import dev.simscaffold.core.history.KvModel;
import dev.simscaffold.core.history.KvOp;
import dev.simscaffold.testkit.history.HistoryViolationError;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * A history failure tells the shrinker where to cut its run ({@link MarkedCause}): at the recorder's mark of the
 * event at which the first impossible operation completed, or nowhere when the check cannot say.
 */
class HistoryFailureCauseTest {

    /** Write x=1 acknowledged, then a read of x returns 0 (event 3), then one more write. */
    private static History<KvOp, Long> staleRead() {
        return History.<KvOp, Long>builder()
                .invoke("c1", KvOp.write("x", 1), 0).ok("c1", null, 1)
                .invoke("c2", KvOp.read("x"), 2).ok("c2", 0L, 3)
                .invoke("c1", KvOp.write("y", 2), 4).ok("c1", null, 5)
                .build();
    }

    @Test
    void aViolationNamesTheMarkOfItsFirstImpossibleOperation() {
        MarkedCause cause = new HistoryViolationError(HistoryChecker.of(KvModel.kv()).linearizable(staleRead()));

        assertThat(cause.markLabel()).isEqualTo(HistoryRecorder.EVENT_MARK);
        assertThat(cause.causeMark()).hasValue(3);
    }

    @Test
    void aVerdictWithoutExplanationNamesNoMark() {
        CheckResult<KvOp, Long> verdictOnly = HistoryChecker.of(KvModel.kv()).verdictOnly().linearizable(staleRead());

        assertThat(new HistoryViolationError(verdictOnly).causeMark()).isEqualTo(OptionalInt.empty());
    }
}
