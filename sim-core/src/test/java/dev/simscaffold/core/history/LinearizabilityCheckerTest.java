package dev.simscaffold.core.history;

import static dev.simscaffold.core.history.KvOp.cas;
import static dev.simscaffold.core.history.KvOp.read;
import static dev.simscaffold.core.history.KvOp.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-written histories with known answers: the classic register anomalies (stale read, new-old
 * inversion, a write that fails yet is seen), indeterminate operations, partitioning and the budget.
 */
class LinearizabilityCheckerTest {
    private static final Model<RegisterValue, KvOp, Long> REGISTER = KvModel.register();
    private static final Model<RegisterValue, KvOp, Long> KV = KvModel.kv();

    private static CheckResult<KvOp, Long> check(HistoryBuilder<KvOp, Long> history) {
        return HistoryChecker.of(REGISTER).linearizable(history.build());
    }

    private static HistoryBuilder<KvOp, Long> history() {
        return History.builder();
    }

    @Test
    void sequentialReadsSeeTheLatestWrite() {
        CheckResult<KvOp, Long> result = check(history()
                .invoke("a", write("x", 1)).ok("a", null)
                .invoke("b", read("x")).ok("b", 1L)
                .invoke("a", write("x", 2)).ok("a", null)
                .invoke("b", read("x")).ok("b", 2L));
        assertThat(result.verdict()).isEqualTo(Verdict.OK);
        assertThat(result.describe()).contains("is linearizable against register");
    }

    @Test
    void aStaleReadAfterAWriteCompletedIsNotLinearizable() {
        CheckResult<KvOp, Long> result = check(history()
                .invoke("a", write("x", 1)).ok("a", null)
                .invoke("b", read("x")).ok("b", 0L));
        assertThat(result).isInstanceOfSatisfying(Inconsistent.class, bad -> {
            assertThat(bad.first().input()).isEqualTo(read("x"));
            assertThat(bad.minimal().size()).isEqualTo(2);
            assertThat(bad.longestPrefix().size()).isEqualTo(2);
            assertThat(bad.prefixOrder()).extracting(op -> ((Operation<?, ?>) op).id()).containsExactly(0);
        });
    }

    @Test
    void aReadConcurrentWithAWriteMaySeeEitherValue() {
        for (long seen : new long[] {0, 1}) {
            CheckResult<KvOp, Long> result = check(history()
                    .invoke("a", write("x", 1)).invoke("b", read("x")).ok("b", seen).ok("a", null));
            assertThat(result.verdict()).as("read saw %d", seen).isEqualTo(Verdict.OK);
        }
    }

    @Test
    void aReadOfAValueNeverWrittenIsNotLinearizable() {
        CheckResult<KvOp, Long> result = check(history()
                .invoke("a", write("x", 1)).invoke("b", read("x")).ok("b", 7L).ok("a", null));
        assertThat(result.verdict()).isEqualTo(Verdict.VIOLATED);
    }

    @Test
    void newOldInversionIsNotLinearizable() {
        // The write is concurrent with both reads, but once one read saw the new value a later read must too.
        CheckResult<KvOp, Long> result = check(history()
                .invoke("w", write("x", 1))
                .invoke("r1", read("x")).ok("r1", 1L)
                .invoke("r2", read("x")).ok("r2", 0L)
                .ok("w", null));
        assertThat(result).isInstanceOfSatisfying(Inconsistent.class, bad -> {
            assertThat(bad.first().client()).isEqualTo("r2");
            assertThat(bad.minimal().size()).isEqualTo(3);
        });
    }

    @Test
    void aFailedWriteNeverTookEffect() {
        assertThat(check(history()
                .invoke("a", write("x", 1)).fail("a")
                .invoke("b", read("x")).ok("b", 1L)).verdict()).isEqualTo(Verdict.VIOLATED);
        assertThat(check(history()
                .invoke("a", write("x", 1)).fail("a")
                .invoke("b", read("x")).ok("b", 0L)).verdict()).isEqualTo(Verdict.OK);
    }

    @Test
    void anIndeterminateWriteMayTakeEffectLaterOrNever() {
        assertThat(check(history()
                .invoke("a", write("x", 1)).info("a")
                .invoke("b", read("x")).ok("b", 0L)
                .invoke("b", read("x")).ok("b", 1L)).verdict()).as("takes effect between the reads").isEqualTo(Verdict.OK);
        assertThat(check(history()
                .invoke("a", write("x", 1)).info("a")
                .invoke("b", read("x")).ok("b", 0L)).verdict()).as("never takes effect").isEqualTo(Verdict.OK);
        assertThat(check(history()
                .invoke("a", write("x", 1)).info("a")
                .invoke("b", read("x")).ok("b", 1L)
                .invoke("b", read("x")).ok("b", 0L)).verdict()).as("cannot be undone").isEqualTo(Verdict.VIOLATED);
    }

    @Test
    void anIndeterminateWriteCannotTakeEffectBeforeItWasInvoked() {
        assertThat(check(history()
                .invoke("b", read("x")).ok("b", 1L)
                .invoke("a", write("x", 1)).info("a")).verdict()).isEqualTo(Verdict.VIOLATED);
    }

    @Test
    void anOperationStillInFlightWhenTheHistoryEndsIsIndeterminate() {
        History<KvOp, Long> history = history()
                .invoke("a", write("x", 1))
                .invoke("b", read("x")).ok("b", 1L).build();
        assertThat(history.operations().get(0).outcome()).isEqualTo(OpOutcome.INFO);
        assertThat(HistoryChecker.of(REGISTER).linearizable(history).verdict()).isEqualTo(Verdict.OK);
    }

    @Test
    void compareAndSetAppliesOnlyOnTheExpectedValue() {
        assertThat(check(history()
                .invoke("a", cas("x", 0, 5)).ok("a", null)
                .invoke("b", read("x")).ok("b", 5L)).verdict()).isEqualTo(Verdict.OK);
        assertThat(check(history()
                .invoke("a", write("x", 1)).ok("a", null)
                .invoke("b", cas("x", 0, 5)).ok("b", null)).verdict()).isEqualTo(Verdict.VIOLATED);
        assertThat(check(history()
                .invoke("a", write("x", 1)).ok("a", null)
                .invoke("b", cas("x", 0, 5)).ok("b", 1L)).verdict()).as("refused, returning what it found").isEqualTo(Verdict.OK);
    }

    @Test
    void keysArePartitionedAndTheBrokenKeyIsNamed() {
        History<KvOp, Long> history = History.<KvOp, Long>builder()
                .invoke("a", write("x", 1)).ok("a", null)
                .invoke("a", write("y", 2)).ok("a", null)
                .invoke("b", read("x")).ok("b", 1L)
                .invoke("b", read("y")).ok("b", 0L).build();
        CheckResult<KvOp, Long> result = HistoryChecker.of(KV).linearizable(history);
        assertThat(result).isInstanceOfSatisfying(Inconsistent.class, bad -> {
            assertThat(bad.partition()).isEqualTo("y");
            assertThat(bad.partitionHistory().size()).isEqualTo(2);
            assertThat(bad.describe()).contains("partition y").contains("read y -> ok 0");
        });
        assertThat(HistoryChecker.of(REGISTER).linearizable(history).verdict())
                .as("as one register, y=2 then read 0 is just as wrong").isEqualTo(Verdict.VIOLATED);
    }

    /**
     * Minimal means: deleting any one operation either makes the rest pass or changes the cause, turning a
     * real-time violation into outputs that are impossible whatever the timing (the stale read alone, without
     * the write it saw, would be a read of a value nobody wrote).
     */
    @Test
    void theMinimalSubHistoryIsOneMinimalAndKeepsTheCause() {
        HistoryBuilder<KvOp, Long> builder = history();
        for (int i = 1; i <= 6; i++) {
            builder.invoke("c" + i % 3, write("x", i)).ok("c" + i % 3, null);
            builder.invoke("r", read("x")).ok("r", (long) i);
        }
        builder.invoke("a", write("x", 9)).invoke("b", read("x")).ok("b", 9L).ok("a", null);
        builder.invoke("b", read("x")).ok("b", 6L);                              // stale: 9 was read before
        History<KvOp, Long> history = builder.build();
        Inconsistent<KvOp, Long> bad = (Inconsistent<KvOp, Long>) HistoryChecker.of(REGISTER).linearizable(history);
        assertThat(bad.first().describe()).contains("read x -> ok 6").contains("#14");
        assertThat(bad.longestPrefix().size()).isEqualTo(15);
        assertThat(bad.prefixOrder()).as("the stale read, in flight there, never took effect").hasSize(14);
        assertThat(bad.minimal().size()).isLessThanOrEqualTo(4);
        List<Operation<KvOp, Long>> minimal = bad.minimal().operations();
        for (int i = 0; i < minimal.size(); i++) {
            List<Operation<KvOp, Long>> fewer = new ArrayList<>(minimal);
            fewer.remove(i);
            boolean passes = HistoryChecker.of(REGISTER).linearizable(History.of(fewer)).verdict() == Verdict.OK;
            boolean timeless = HistoryChecker.of(REGISTER).linearizable(History.of(FailureAnalysis.concurrent(fewer))).verdict() == Verdict.OK;
            assertThat(passes || !timeless).as("without %s", minimal.get(i).describe()).isTrue();
        }
        assertThat(HistoryChecker.of(REGISTER).linearizable(History.of(FailureAnalysis.concurrent(minimal))).verdict())
                .as("the minimal sub-history is a real-time violation, like the history").isEqualTo(Verdict.OK);
        assertThat(bad.explanation().causes()).anySatisfy(cause -> assertThat(cause).startsWith("real-time order violated: #"));
    }

    @Test
    void theBudgetGivesUndecidedInsteadOfHanging() {
        HistoryBuilder<KvOp, Long> builder = history();
        for (int c = 0; c < 12; c++) {
            builder.invoke("c" + c, write("x", c));
        }
        for (int c = 0; c < 12; c++) {
            builder.ok("c" + c, null);
        }
        builder.invoke("r", read("x")).ok("r", 99L);
        CheckResult<KvOp, Long> result = HistoryChecker.of(REGISTER).maxSteps(50).linearizable(builder.build());
        assertThat(result).isInstanceOf(Undecided.class);
        assertThat(result.steps()).isEqualTo(50);
        assertThat(result.describe()).contains("maxSteps=50");
        assertThat(HistoryChecker.of(REGISTER).linearizable(builder.build()).verdict())
                .as("with the default budget the memoised search decides").isEqualTo(Verdict.VIOLATED);
    }

    @Test
    void checkingIsDeterministic() {
        HistoryBuilder<KvOp, Long> builder = history()
                .invoke("a", write("x", 1)).invoke("b", write("x", 2)).ok("a", null).ok("b", null)
                .invoke("c", read("x")).ok("c", 1L).invoke("c", read("x")).ok("c", 2L);
        CheckResult<KvOp, Long> first = HistoryChecker.of(REGISTER).linearizable(builder.build());
        CheckResult<KvOp, Long> second = HistoryChecker.of(REGISTER).linearizable(builder.build());
        assertThat(first.describe()).isEqualTo(second.describe());
        assertThat(first.steps()).isEqualTo(second.steps());
    }

    @Test
    void badInputIsRejectedNamingTheValue() {
        assertThatThrownBy(() -> HistoryChecker.of(REGISTER).maxSteps(0))
                .hasMessage("maxSteps must be > 0, got 0");
        assertThatThrownBy(() -> history().invoke("a", read("x")).invoke("a", read("y")))
                .hasMessageContaining("client a invoked read y while read x is still in flight");
        assertThatThrownBy(() -> history().ok("a", 1L)).hasMessageContaining("client a completed an operation (OK) without invoking one");
        assertThatThrownBy(() -> history().invoke("a", read("x"), 5).ok("a", 0L, 4))
                .hasMessage("history time must not go backwards: got t=4 after t=5");
    }

    @Test
    void aModelThatCannotApplyIndeterminateOperationsSaysSo() {
        Model<Long, KvOp, Long> strict = new Model<>() {
            @Override
            public Long initialState() {
                return 0L;
            }

            @Override
            public java.util.Optional<Long> step(Long state, KvOp input, Long output) {
                return java.util.Optional.of(state);
            }

            @Override
            public String name() {
                return "strict";
            }
        };
        assertThatThrownBy(() -> HistoryChecker.of(strict).linearizable(history()
                        .invoke("a", write("x", 1)).info("a").invoke("b", read("x")).ok("b", 1L).build()))
                .hasMessageContaining("model strict cannot apply the indeterminate (info) operation write x=1");
    }
}
