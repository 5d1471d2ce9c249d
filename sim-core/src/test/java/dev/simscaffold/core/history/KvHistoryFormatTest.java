package dev.simscaffold.core.history;

import static dev.simscaffold.core.history.KvOp.cas;
import static dev.simscaffold.core.history.KvOp.read;
import static dev.simscaffold.core.history.KvOp.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Histories survive a round trip through every interchange shape, verdicts included. */
class KvHistoryFormatTest {
    private static final History<KvOp, Long> HISTORY = History.<KvOp, Long>builder()
            .invoke("client-1", write("x", 1), 0).ok("client-1", null, 2)
            .invoke("client-2", read("x"), 3).invoke("client-1", cas("x", 1, 2), 3).ok("client-2", 1L, 4).fail("client-1", 5)
            .invoke("client-1", write("y", 7), 6).info("client-1", 9)
            .invoke("client-2", read("y"), 10).ok("client-2", 0L, 11).build();

    private static void assertSameOperations(History<KvOp, Long> read) {
        assertThat(read.operations()).extracting(Operation::input, Operation::output, Operation::outcome, Operation::invokeTime)
                .containsExactlyElementsOf(HISTORY.operations().stream()
                        .map(op -> org.assertj.core.groups.Tuple.tuple(op.input(), op.output(), op.outcome(), op.invokeTime())).toList());
        assertThat(read.clients()).containsExactly("0", "1");
    }

    @Test
    void jepsenEdnRoundTrips() {
        String edn = KvHistoryFormat.toJepsenEdn(HISTORY);
        assertThat(edn.lines().findFirst()).hasValue("{:type :invoke, :f :write, :value [\"x\" 1], :process 0, :time 0, :index 0}");
        assertThat(edn).contains("{:type :ok, :f :read, :value [\"x\" 1], :process 1, :time 4, :index 4}")
                .contains("{:type :fail, :f :cas, :value [\"x\" [1 2]], :process 0, :time 5, :index 5}")
                .contains(":type :info, :f :write");
        assertSameOperations(KvHistoryFormat.read(edn));
    }

    @Test
    void jepsenJsonRoundTrips() {
        String json = KvHistoryFormat.toJepsenJson(HISTORY);
        assertThat(json.lines().findFirst()).hasValue("{\"type\":\"invoke\",\"f\":\"write\",\"value\":[\"x\",1],\"process\":0,\"time\":0,\"index\":0}");
        assertThat(json).contains("\"value\":[\"x\",null]");
        assertSameOperations(KvHistoryFormat.read(json));
    }

    @Test
    void porcupineKvLogsRoundTripWithTheSameVerdict() {
        History<KvOp, Long> kv = History.<KvOp, Long>builder()
                .invoke("a", write("6", 1)).ok("a", null).invoke("b", read("6")).ok("b", 0L).build();
        String log = KvHistoryFormat.toPorcupineKv(kv);
        assertThat(log).startsWith("{:process 0, :type :invoke, :f :put, :key \"6\", :value \"1\"}\n")
                .contains("{:process 1, :type :ok, :f :get, :key \"6\", :value \"0\"}");
        History<KvOp, Long> read = KvHistoryFormat.read(log);
        assertThat(HistoryChecker.of(KvModel.kv()).linearizable(read).verdict()).isEqualTo(Verdict.VIOLATED);
        assertThatThrownBy(() -> KvHistoryFormat.toPorcupineKv(HISTORY)).hasMessageContaining("no compare-and-set");
    }

    @Test
    void aLineThatIsNotAnEventIsNamed() {
        assertThatThrownBy(() -> KvHistoryFormat.read("{:type :invoke, :f :read, :value [\"x\" nil], :process 0}\n{:type :ok, :f"))
                .hasMessageStartingWith("line 2 is not a history event");
        assertThatThrownBy(() -> KvHistoryFormat.read("{:type :ok, :f :read, :value [\"x\" 1], :process 3}"))
                .hasMessageContaining("process 3 completes an operation it never invoked");
    }
}
