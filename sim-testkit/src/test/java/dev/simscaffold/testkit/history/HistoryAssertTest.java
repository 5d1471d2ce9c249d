package dev.simscaffold.testkit.history;

import static dev.simscaffold.testkit.assertions.SimAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.history.History;
import dev.simscaffold.core.history.KvModel;
import dev.simscaffold.core.history.KvOp;
import dev.simscaffold.core.history.HistoryChecker;
import dev.simscaffold.core.history.Undecided;
import org.junit.jupiter.api.Test;

/** What a user sees when a history assertion fails. */
class HistoryAssertTest {
    private static final History<KvOp, Long> STALE = History.<KvOp, Long>builder()
            .invoke("a", KvOp.write("x", 1)).ok("a", null)
            .invoke("b", KvOp.read("x")).ok("b", 0L).build();

    @Test
    void aNonLinearizableHistoryFailsWithTheExplanationAndATimeline() {
        assertThatThrownBy(() -> assertThat(STALE).isLinearizable(KvModel.kv()))
                .isInstanceOf(HistoryViolationError.class)
                .hasMessageContaining("history is not linearizable against kv (partition x, 2 operations)")
                .hasMessageContaining("first operation that cannot be linearized:\n  #1 b [t=2..3] read x -> ok 0")
                .hasMessageContaining("```mermaid\ngantt")
                .hasMessageContaining("op 1 read x = 0 :crit, op1, 2, 3");
        assertThat(STALE).isSequentiallyConsistent(KvModel.kv()).isNotLinearizable(KvModel.kv());
    }

    @Test
    void anUndecidedCheckFailsToo() {
        assertThatThrownBy(() -> assertThat(STALE).isLinearizable(HistoryChecker.of(KvModel.kv()).maxSteps(1)))
                .isInstanceOfSatisfying(HistoryViolationError.class,
                        error -> org.assertj.core.api.Assertions.assertThat(error.result()).isInstanceOf(Undecided.class))
                .hasMessageContaining("used its budget of maxSteps=1");
    }

    @Test
    void expectingAFailureFailsOnALinearizableHistory() {
        History<KvOp, Long> fine = History.<KvOp, Long>builder().invoke("a", KvOp.read("x")).ok("a", 0L).build();
        assertThat(fine).isLinearizable(KvModel.kv());
        assertThatThrownBy(() -> assertThat(fine).isNotLinearizable(KvModel.kv()))
                .hasMessageContaining("expected a non-linearizable history but: history is linearizable against kv");
    }
}
