package dev.simscaffold.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The history snippets of the guide and the Jepsen how-to, compiled and run, with the verdicts they show. */
class ReadmeHistoryExamplesTest {
    private static final Path DATA = Path.of("..", "..", "shared", "data", "porcupine");

    @Test
    void readingJepsenAndPorcupineHistories() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(DATA), "Porcupine's test histories are not at " + DATA.toAbsolutePath().normalize());
        Path etcdLog = DATA.resolve("jepsen").resolve("etcd_000.log");
        Path porcupineKv = DATA.resolve("kv").resolve("c50-bad.txt");
        // DOCS:begin docs/how-to/cross-check-with-jepsen-or-porcupine.md
        History<KvOp, Long> etcd = KvHistoryFormat.read(Files.readString(etcdLog));              // Jepsen's etcd_000.log
        CheckResult<KvOp, Long> verdict = HistoryChecker.of(KvModel.register(KvSemantics.jepsen())).linearizable(etcd);
        History<StringKvOp, String> kv = KvHistoryFormat.readStrings(Files.readString(porcupineKv)); // Porcupine's c50-bad.txt
        CheckResult<StringKvOp, String> result = HistoryChecker.of(KvModel.strings()).verdictOnly().linearizable(kv);
        // DOCS:end
        assertThat(verdict.verdict()).isEqualTo(Verdict.VIOLATED);
        assertThat(result.verdict()).isEqualTo(Verdict.VIOLATED);
    }

    @Test
    void writeSkewIsG2() {
        // DOCS:begin docs/guide/06-client-histories.md
        History<Txn, Txn> history = History.<Txn, Txn>builder()
                .invoke("a", Txn.of(new MicroOp.Append("x", 1), new MicroOp.Read("y", null)))
                .ok("a", Txn.of(new MicroOp.Append("x", 1), new MicroOp.Read("y", List.of())))
                .invoke("b", Txn.of(new MicroOp.Append("y", 1), new MicroOp.Read("x", null)))
                .ok("b", Txn.of(new MicroOp.Append("y", 1), new MicroOp.Read("x", List.of())))
                .build();
        ListAppendResult result = ListAppendChecker.create().check(history);   // G2: write skew
        // DOCS:end
        assertThat(result.anomalies()).singleElement().extracting(TxnAnomaly::describe).isEqualTo("""
                G2
                  T1 = #0 a [t=0..1] [append x 1, read y ?] -> ok [append x 1, read y []]
                  T2 = #1 b [t=2..3] [append y 1, read x ?] -> ok [append y 1, read x []]
                  - T1 < T2, because T1 read the initial empty state of y, which T2 changed by appending 1 (no read observed that append, so it came after every read).
                  - However, T2 < T1, because T2 read the initial empty state of x, which T1 changed by appending 1 (no read observed that append, so it came after every read): a contradiction!
                """);
    }

    @Test
    void aStaleReadIsNotLinearizable() {
        History<KvOp, Long> history = History.<KvOp, Long>builder()
                .invoke("a", KvOp.write("x", 1)).ok("a", null)
                .invoke("b", KvOp.read("x")).ok("b", 0L)
                .build();
        // DOCS:begin docs/guide/06-client-histories.md
        CheckResult<KvOp, Long> result = HistoryChecker.of(KvModel.kv()).linearizable(history);
        assertThat(result.verdict()).isEqualTo(Verdict.VIOLATED);       // OK, VIOLATED, or UNKNOWN: the budget ran out
        if (result instanceof Inconsistent<KvOp, Long> violated) {
            System.out.println(violated.describe());                      // which key, and why no order fits
        }
        // DOCS:end
        assertThat(result).isInstanceOf(Inconsistent.class);
        assertThat(((Inconsistent<KvOp, Long>) result).describe()).contains("read x");
    }
}
