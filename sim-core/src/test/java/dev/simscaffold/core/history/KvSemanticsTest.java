package dev.simscaffold.core.history;

import static dev.simscaffold.core.history.KvOp.cas;
import static dev.simscaffold.core.history.KvOp.read;
import static dev.simscaffold.core.history.KvOp.write;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The choices of {@link KvSemantics} and {@link KvModel#strings()}, each shown on a history where it matters. */
class KvSemanticsTest {

    private static Verdict check(Model<RegisterValue, KvOp, Long> model, HistoryBuilder<KvOp, Long> history) {
        return HistoryChecker.of(model).linearizable(history.build()).verdict();
    }

    @Test
    void aRefusedCasIsNothingByDefaultAndAResultUnderJepsenRules() {
        HistoryBuilder<KvOp, Long> history = History.<KvOp, Long>builder()
                .invoke("a", write("x", 1)).ok("a", null)
                .invoke("a", cas("x", 1, 2)).fail("a");
        assertThat(check(KvModel.kv(), history)).isEqualTo(Verdict.OK);
        assertThat(check(KvModel.kv(new KvSemantics(0L, RefusedCas.RESULT)), history))
                .as("the register held 1, so the refusal is impossible").isEqualTo(Verdict.VIOLATED);
        assertThat(check(KvModel.kv(new KvSemantics(0L, RefusedCas.RESULT)), History.<KvOp, Long>builder()
                .invoke("a", write("x", 3)).ok("a", null).invoke("a", cas("x", 1, 2)).fail("a")))
                .as("refused while it held 3").isEqualTo(Verdict.OK);
    }

    @Test
    void aReadOfNilIsFineWhenRegistersStartAtNil() {
        HistoryBuilder<KvOp, Long> history = History.<KvOp, Long>builder().invoke("a", read("x")).ok("a", null);
        assertThat(check(KvModel.kv(KvSemantics.jepsen()), history)).isEqualTo(Verdict.OK);
        assertThat(check(KvModel.kv(), history)).as("registers start at 0 by default").isEqualTo(Verdict.VIOLATED);
    }

    @Test
    void anOkCasOnANilRegisterCannotHaveApplied() {
        HistoryBuilder<KvOp, Long> history = History.<KvOp, Long>builder().invoke("a", cas("x", 0, 1)).ok("a", null);
        assertThat(check(KvModel.kv(KvSemantics.jepsen()), history)).isEqualTo(Verdict.VIOLATED);
        assertThat(check(KvModel.kv(), history)).isEqualTo(Verdict.OK);
    }

    @Test
    void readsThatNeverReturnedAreLeftOutOfTheSearch() {
        HistoryBuilder<KvOp, Long> history = History.builder();
        for (int c = 0; c < 40; c++) {
            history.invoke("r" + c, read("x"));
        }
        history.invoke("w", write("x", 1)).ok("w", null).invoke("w", read("x")).ok("w", 1L);
        CheckResult<KvOp, Long> result = HistoryChecker.of(KvModel.kv()).maxSteps(10).linearizable(history.build());
        assertThat(result.verdict()).isEqualTo(Verdict.OK);
        assertThat(result.steps()).as("only the write and the read are placed").isLessThanOrEqualTo(4);
    }

    @Test
    void appendConcatenatesAndPutReplaces() {
        Model<String, StringKvOp, String> model = KvModel.strings();
        History<StringKvOp, String> putThenAppend = History.<StringKvOp, String>builder()
                .invoke("a", new StringKvOp.Put("k", "1")).ok("a", null)
                .invoke("a", new StringKvOp.Append("k", "2")).ok("a", null)
                .invoke("a", new StringKvOp.Get("k")).ok("a", "2").build();
        assertThat(HistoryChecker.of(model).linearizable(putThenAppend).verdict()).as("it reads 12").isEqualTo(Verdict.VIOLATED);
        History<StringKvOp, String> appends = History.<StringKvOp, String>builder()
                .invoke("a", new StringKvOp.Append("k", "1")).ok("a", null)
                .invoke("a", new StringKvOp.Append("k", "2")).ok("a", null)
                .invoke("a", new StringKvOp.Get("k")).ok("a", "12").build();
        assertThat(HistoryChecker.of(model).linearizable(appends).verdict()).isEqualTo(Verdict.OK);
        History<StringKvOp, String> fresh = History.<StringKvOp, String>builder().invoke("a", new StringKvOp.Get("k")).ok("a", "").build();
        assertThat(HistoryChecker.of(model).linearizable(fresh).verdict()).as("keys start empty").isEqualTo(Verdict.OK);
    }
}
