package dev.simscaffold.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The README's history snippets, compiled and run, with the output the README shows. */
class ReadmeHistoryExamplesTest {
    private static final Path DATA = Path.of("..", "..", "shared", "data", "porcupine");

    @Test
    void readingJepsenAndPorcupineHistories() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(DATA), "Porcupine's test histories are not at " + DATA.toAbsolutePath().normalize());
        History<KvOp, Long> etcd = KvHistoryFormat.read(Files.readString(DATA.resolve("jepsen").resolve("etcd_000.log")));
        CheckResult<KvOp, Long> verdict = HistoryChecker.of(KvModel.register(KvSemantics.jepsen())).linearizable(etcd);
        History<StringKvOp, String> kv = KvHistoryFormat.readStrings(Files.readString(DATA.resolve("kv").resolve("c50-bad.txt")));
        CheckResult<StringKvOp, String> result = HistoryChecker.of(KvModel.strings()).verdictOnly().linearizable(kv);
        assertThat(verdict.verdict()).isEqualTo(Verdict.VIOLATED);
        assertThat(result.verdict()).isEqualTo(Verdict.VIOLATED);
    }

    @Test
    void writeSkewIsG2() {
        History<Txn, Txn> history = History.<Txn, Txn>builder()
                .invoke("a", Txn.of(new MicroOp.Append("x", 1), new MicroOp.Read("y", null)))
                .ok("a", Txn.of(new MicroOp.Append("x", 1), new MicroOp.Read("y", List.of())))
                .invoke("b", Txn.of(new MicroOp.Append("y", 1), new MicroOp.Read("x", null)))
                .ok("b", Txn.of(new MicroOp.Append("y", 1), new MicroOp.Read("x", List.of())))
                .build();
        ListAppendResult result = ListAppendChecker.create().check(history);
        assertThat(result.anomalies()).singleElement().extracting(TxnAnomaly::describe).isEqualTo("""
                G2
                  T1 = #0 a [t=0..1] [append x 1, read y ?] -> ok [append x 1, read y []]
                  T2 = #1 b [t=2..3] [append y 1, read x ?] -> ok [append y 1, read x []]
                  - T1 < T2, because T1 read the initial empty state of y, which T2 changed by appending 1 (no read observed that append, so it came after every read).
                  - However, T2 < T1, because T2 read the initial empty state of x, which T1 changed by appending 1 (no read observed that append, so it came after every read): a contradiction!
                """);
    }
}
