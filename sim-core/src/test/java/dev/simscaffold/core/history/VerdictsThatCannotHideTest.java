package dev.simscaffold.core.history;

import static dev.simscaffold.core.history.KvOp.read;
import static dev.simscaffold.core.history.KvOp.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Partitions share the budget fairly and a violated one wins over undecided ones; explanations are optional
 * and bounded, and never change the verdict; the memo bound never changes it either.
 */
class VerdictsThatCannotHideTest {
    private static final Model<RegisterValue, KvOp, Long> KV = KvModel.kv();

    /** Key a: three sequential operations (more than two steps); key b: a read of a 5 nobody wrote. */
    private static History<KvOp, Long> hiddenViolation(boolean aFirst) {
        HistoryBuilder<KvOp, Long> builder = History.builder();
        if (!aFirst) {
            builder.invoke("r", read("b")).ok("r", 5L);
        }
        builder.invoke("w", write("a", 1)).ok("w", null).invoke("w", read("a")).ok("w", 1L).invoke("w", write("a", 2)).ok("w", null);
        if (aFirst) {
            builder.invoke("r", read("b")).ok("r", 5L);
        }
        return builder.build();
    }

    @Test
    void anUndecidedKeyDoesNotHideAViolatedOneWhateverTheirOrder() {
        for (boolean aFirst : new boolean[] {true, false}) {
            CheckResult<KvOp, Long> result = HistoryChecker.of(KV).maxSteps(2).linearizable(hiddenViolation(aFirst));
            assertThat(result).as("a first: %s", aFirst).isInstanceOfSatisfying(Inconsistent.class, bad -> {
                assertThat(bad.partition()).isEqualTo("b");
                assertThat(bad.undecided()).as("the key that ran out is named").containsExactly("a");
                assertThat(bad.describe()).contains("partitions not decided when the check stopped at this one: [a]");
            });
        }
    }

    @Test
    void anUndecidedResultNamesEveryPartitionThatRanOut() {
        HistoryBuilder<KvOp, Long> builder = History.builder();
        for (String key : new String[] {"a", "b", "c"}) {
            builder.invoke("w", write(key, 1)).ok("w", null).invoke("w", read(key)).ok("w", 1L).invoke("w", write(key, 2)).ok("w", null);
        }
        builder.invoke("w", write("d", 1)).ok("w", null);
        CheckResult<KvOp, Long> result = HistoryChecker.of(KV).maxSteps(2).linearizable(builder.build());
        assertThat(result).isInstanceOfSatisfying(Undecided.class, undecided -> {
            assertThat(undecided.partitions()).containsExactly("a", "b", "c");
            assertThat(undecided.describe()).contains("3 partitions [a, b, c] used its budget of maxSteps=2");
        });
    }

    @Test
    void anEasyViolatedKeyIsFoundBeforeAHardOneUsesTheBudget() {
        HistoryBuilder<KvOp, Long> builder = History.builder();
        for (int c = 0; c < 16; c++) {
            builder.invoke("c" + c, write("hard", c));
        }
        for (int c = 0; c < 16; c++) {
            builder.ok("c" + c, null);
        }
        builder.invoke("r", read("hard")).ok("r", 99L).invoke("r", read("easy")).ok("r", 5L);
        CheckResult<KvOp, Long> result = HistoryChecker.of(KV).verdictOnly().linearizable(builder.build());
        assertThat(result).isInstanceOfSatisfying(Inconsistent.class, bad -> {
            assertThat(bad.partition()).isEqualTo("easy");
            assertThat(bad.steps()).as("one first round of the hard key, then the easy one").isLessThan(2 * ConsistencyCheck.FIRST_ROUND);
            assertThat(bad.undecided()).containsExactly("hard");
        });
    }

    @Test
    void theVerdictAloneCarriesNoExplanationAndSaysSo() {
        Inconsistent<?, ?> bad = (Inconsistent<?, ?>) HistoryChecker.of(KV).verdictOnly().linearizable(hiddenViolation(true));
        assertThat(bad.explanation().notComputed()).singleElement().asString().contains("verdict only");
        assertThat(bad.explanation().steps()).isZero();
        assertThatThrownBy(bad::minimal).isInstanceOf(IllegalStateException.class).hasMessageContaining("verdict only");
        assertThat(bad.minimalTimeline()).startsWith("no timeline: no explanation");
    }

    @Test
    void anExplanationOutOfBudgetKeepsTheVerdictAndNamesWhatIsMissing() {
        HistoryBuilder<KvOp, Long> builder = History.builder();
        for (int i = 1; i <= 30; i++) {
            builder.invoke("w", write("x", i)).ok("w", null).invoke("r", read("x")).ok("r", (long) i);
        }
        builder.invoke("r", read("x")).ok("r", 3L);
        CheckResult<KvOp, Long> tight = HistoryChecker.of(KV).explanationSteps(200).linearizable(builder.build());
        assertThat(tight).isInstanceOfSatisfying(Inconsistent.class, bad -> {
            assertThat(bad.explanation().steps()).isLessThanOrEqualTo(200);
            assertThat(bad.explanation().minimalComplete()).isFalse();
            assertThat(bad.explanation().notComputed()).anySatisfy(missing -> assertThat((String) missing).contains("explanationSteps"));
            assertThat(bad.describe()).contains("not computed");
        });
        Inconsistent<?, ?> full = (Inconsistent<?, ?>) HistoryChecker.of(KV).linearizable(builder.build());
        assertThat(full.explanation().notComputed()).isEmpty();
        assertThat(full.minimal().size()).as(full.describe()).isEqualTo(3);
    }

    @Test
    void aStaleReadKeepsBothWritesAndNamesTheRealTimeOrderItViolates() {
        History<KvOp, Long> history = History.<KvOp, Long>builder()
                .invoke("a", write("x", 2)).ok("a", null)
                .invoke("b", write("x", 1)).ok("b", null)
                .invoke("c", read("x")).ok("c", 2L)
                .build();
        Inconsistent<?, ?> bad = (Inconsistent<?, ?>) HistoryChecker.of(KV).linearizable(history);
        assertThat(bad.minimal().size()).as("the two writes and the read, not the read alone").isEqualTo(3);
        assertThat(bad.explanation().causes()).containsExactly(
                "real-time order violated: #0 (write x=2 by a) completed at t=1 before #1 (write x=1 by b) was invoked at t=2, "
                        + "yet the outputs can only be explained if #1 (write x=1 by b) took effect before #0 (write x=2 by a) completed",
                "real-time order violated: #1 (write x=1 by b) completed at t=3 before #2 (read x by c) was invoked at t=4, "
                        + "yet the outputs can only be explained if #2 (read x by c) took effect before #1 (write x=1 by b) completed");
        assertThat(bad.describe()).contains("real-time order violated");
    }

    @Test
    void aReadFromTheFutureKeepsTheLaterWriteThatExplainsIt() {
        History<KvOp, Long> history = History.<KvOp, Long>builder()
                .invoke("c", read("x")).ok("c", 3L)
                .invoke("a", write("x", 3)).ok("a", null)
                .build();
        Inconsistent<?, ?> bad = (Inconsistent<?, ?>) HistoryChecker.of(KV).linearizable(history);
        assertThat(bad.minimal().size()).as("the read and the write it saw, invoked only after it").isEqualTo(2);
        assertThat(bad.explanation().causes()).singleElement().asString()
                .startsWith("real-time order violated: #0 (read x by c) completed at t=1 before #1 (write x=3 by a) was invoked at t=2");
    }

    @Test
    void aReadOfAValueNobodyWroteSaysSoInsteadOfBlamingTime() {
        History<KvOp, Long> history = History.<KvOp, Long>builder().invoke("c", read("x")).ok("c", 7L).build();
        Inconsistent<?, ?> bad = (Inconsistent<?, ?>) HistoryChecker.of(KV).linearizable(history);
        assertThat(bad.explanation().causes()).singleElement().asString().startsWith("no order of these operations gives their outputs");
    }

    @Test
    void aMemoOfOneConfigurationIsSlowerButDecidesTheSame() {
        HistoryBuilder<KvOp, Long> builder = History.builder();
        for (int c = 0; c < 6; c++) {
            builder.invoke("c" + c, write("x", c));
        }
        for (int c = 0; c < 6; c++) {
            builder.ok("c" + c, null);
        }
        History<KvOp, Long> good = builder.build();
        History<KvOp, Long> bad = builder.invoke("r", read("x")).ok("r", 99L).build();
        for (History<KvOp, Long> history : java.util.List.of(good, bad)) {
            CheckResult<KvOp, Long> remembered = HistoryChecker.of(KV).linearizable(history);
            CheckResult<KvOp, Long> forgetful = HistoryChecker.of(KV).memoLimit(1).linearizable(history);
            assertThat(forgetful.verdict()).isEqualTo(remembered.verdict());
        }
        assertThat(HistoryChecker.of(KV).verdictOnly().memoLimit(1).linearizable(bad).steps()).as("without a memo the search repeats work")
                .isGreaterThan(HistoryChecker.of(KV).verdictOnly().linearizable(bad).steps());
    }
}
