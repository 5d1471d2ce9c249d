package dev.simscaffold.core.history;

import static dev.simscaffold.core.history.KvOp.read;
import static dev.simscaffold.core.history.KvOp.write;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Sequential consistency keeps each client's order and nothing else. */
class SequentialConsistencyCheckerTest {

    @Test
    void aStaleReadByAnotherClientIsSequentiallyConsistentButNotLinearizable() {
        History<KvOp, Long> history = History.<KvOp, Long>builder()
                .invoke("a", write("x", 1)).ok("a", null)
                .invoke("b", read("x")).ok("b", 0L).build();
        assertThat(HistoryChecker.of(KvModel.register()).sequentiallyConsistent(history).verdict()).isEqualTo(Verdict.OK);
        assertThat(HistoryChecker.of(KvModel.register()).linearizable(history).verdict()).isEqualTo(Verdict.VIOLATED);
    }

    @Test
    void aClientThatDoesNotSeeItsOwnWriteIsNotSequentiallyConsistent() {
        History<KvOp, Long> history = History.<KvOp, Long>builder()
                .invoke("a", write("x", 1)).ok("a", null)
                .invoke("a", read("x")).ok("a", 0L).build();
        CheckResult<KvOp, Long> result = HistoryChecker.of(KvModel.register()).sequentiallyConsistent(history);
        assertThat(result).isInstanceOfSatisfying(Inconsistent.class, bad -> {
            assertThat(bad.first().input()).isEqualTo(read("x"));
            assertThat(bad.describe()).contains("not sequentially consistent");
            assertThat(bad.minimal().size()).as("the write stays: it is why the read is wrong").isEqualTo(2);
            assertThat(bad.explanation().causes())
                    .containsExactly("no order of these operations that keeps each client's own order gives their outputs");
        });
    }

    @Test
    void twoClientsMustAgreeOnTheOrderOfTwoWrites() {
        History<KvOp, Long> history = History.<KvOp, Long>builder()
                .invoke("w1", write("x", 1)).ok("w1", null)
                .invoke("w2", write("x", 2)).ok("w2", null)
                .invoke("a", read("x")).ok("a", 1L).invoke("a", read("x")).ok("a", 2L)
                .invoke("b", read("x")).ok("b", 2L).invoke("b", read("x")).ok("b", 1L).build();
        assertThat(HistoryChecker.of(KvModel.register()).sequentiallyConsistent(history).verdict()).isEqualTo(Verdict.VIOLATED);
    }
}
