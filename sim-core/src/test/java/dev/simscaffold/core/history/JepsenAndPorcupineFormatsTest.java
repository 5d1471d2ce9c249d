package dev.simscaffold.core.history;

import static dev.simscaffold.core.history.KvOp.cas;
import static dev.simscaffold.core.history.KvOp.read;
import static dev.simscaffold.core.history.KvOp.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The shapes histories come in from Jepsen and Porcupine, each read with its meaning, and everything else
 * refused naming the line: the regressions of issue 29 (append read as put, nil read as a violation, plain
 * registers and string values rejected).
 */
class JepsenAndPorcupineFormatsTest {

    @Test
    void jepsenLogLinesReadWithTabsOrSpaces() {
        History<KvOp, Long> history = KvHistoryFormat.read("""
                INFO  jepsen.util - 0\t:invoke\t:read\tnil
                INFO  jepsen.util - 1   :invoke :write  3
                INFO  jepsen.util - 0\t:ok\t:read\tnil
                INFO  jepsen.util - 1   :ok     :write  3
                INFO  jepsen.util - 2\t:invoke\t:cas\t[3 4]
                INFO  jepsen.util - 2\t:fail\t:cas\t[3 4]
                INFO  jepsen.util - 3\t:invoke\t:read\tnil
                INFO  jepsen.util - 3\t:fail\t:read\t:timed-out
                INFO  jepsen.util - 4\t:invoke\t:write\t5
                INFO  jepsen.util - 4\t:info\t:write\t:timed-out
                """);
        assertThat(history.operations()).extracting(Operation::input)
                .containsExactly(read("register"), write("register", 3), cas("register", 3, 4), read("register"), write("register", 5));
        assertThat(history.operations()).extracting(Operation::outcome)
                .containsExactly(OpOutcome.OK, OpOutcome.OK, OpOutcome.FAIL, OpOutcome.FAIL, OpOutcome.INFO);
        assertThat(HistoryChecker.of(KvModel.register(KvSemantics.jepsen())).linearizable(history).verdict())
                .as("the cas was refused while the register held 3: impossible").isEqualTo(Verdict.VIOLATED);
        assertThat(HistoryChecker.of(KvModel.register(new KvSemantics(null, RefusedCas.DID_NOT_HAPPEN))).linearizable(history).verdict())
                .isEqualTo(Verdict.OK);
    }

    @Test
    void jepsenEdnOfAPlainRegisterWithNilReads() {
        History<KvOp, Long> history = KvHistoryFormat.read("""
                {:type :invoke, :f :read, :value nil, :process 0, :time 10, :index 0}
                {:type :ok, :f :read, :value nil, :process 0, :time 20, :index 1}
                {:type :invoke, :f :write, :value 1, :process 1, :time 30, :index 2}
                {:type :ok, :f :write, :value 1, :process 1, :time 40, :index 3}
                {:type :invoke, :f :cas, :value [1 2], :process 0, :time 50, :index 4}
                {:type :ok, :f :cas, :value [1 2], :process 0, :time 60, :index 5}
                {:type :info, :f :start, :value nil, :process :nemesis, :time 65, :index 6}
                {:type :invoke, :f :read, :value nil, :process 1, :time 70, :index 7}
                {:type :ok, :f :read, :value 2, :process 1, :time 80, :index 8}
                """);
        assertThat(history.operations()).extracting(Operation::input)
                .containsExactly(read("register"), write("register", 1), cas("register", 1, 2), read("register"));
        assertThat(history.operations().get(0).output()).as("a read of nil").isNull();
        assertThat(HistoryChecker.of(KvModel.register(KvSemantics.jepsen())).linearizable(history).verdict()).isEqualTo(Verdict.OK);
        assertThat(HistoryChecker.of(KvModel.register()).linearizable(history).verdict())
                .as("with registers starting at 0 the nil read is wrong").isEqualTo(Verdict.VIOLATED);
    }

    @Test
    void jepsenEdnOfIndependentKeysWithIntegerKeys() {
        History<KvOp, Long> history = KvHistoryFormat.read("""
                {:type :invoke, :f :write, :value [0 1], :process 0}
                {:type :ok, :f :write, :value [0 1], :process 0}
                {:type :invoke, :f :cas, :value [1 [0 2]], :process 0}
                {:type :fail, :f :cas, :value [1 [0 2]], :process 0}
                {:type :invoke, :f :read, :value [0 nil], :process 1}
                {:type :ok, :f :read, :value [0 1], :process 1}
                """);
        assertThat(history.operations()).extracting(Operation::input).containsExactly(write("0", 1), cas("1", 0, 2), read("0"));
        assertThat(HistoryChecker.of(KvModel.kv(KvSemantics.jepsen())).linearizable(history).verdict())
                .as("key 1 is nil, so the cas on it is rightly refused").isEqualTo(Verdict.OK);
    }

    @Test
    void porcupineStringLogsWithAppend() {
        History<StringKvOp, String> putThenAppend = KvHistoryFormat.readStrings("""
                {:process 0, :type :invoke, :f :put, :key "k", :value "1"}
                {:process 0, :type :ok, :f :put, :key "k", :value "1"}
                {:process 0, :type :invoke, :f :append, :key "k", :value "2"}
                {:process 0, :type :ok, :f :append, :key "k", :value "2"}
                {:process 0, :type :invoke, :f :get, :key "k", :value nil}
                {:process 0, :type :ok, :f :get, :key "k", :value "2"}
                """);
        assertThat(putThenAppend.operations().get(1).input()).isEqualTo(new StringKvOp.Append("k", "2"));
        assertThat(HistoryChecker.of(KvModel.strings()).linearizable(putThenAppend).verdict()).isEqualTo(Verdict.VIOLATED);
        History<StringKvOp, String> appends = KvHistoryFormat.readStrings("""
                {:process 0, :type :invoke, :f :append, :key "k", :value "1"}
                {:process 0, :type :ok, :f :append, :key "k", :value "1"}
                {:process 1, :type :invoke, :f :append, :key "k", :value "2"}
                {:process 1, :type :ok, :f :append, :key "k", :value "2"}
                {:process 0, :type :invoke, :f :get, :key "k", :value nil}
                {:process 0, :type :ok, :f :get, :key "k", :value "12"}
                """);
        assertThat(HistoryChecker.of(KvModel.strings()).linearizable(appends).verdict()).isEqualTo(Verdict.OK);
    }

    @Test
    void anAppendIsNeverReadAsAPut() {
        assertThatThrownBy(() -> KvHistoryFormat.read("""
                {:process 0, :type :invoke, :f :put, :key "k", :value "1"}
                {:process 0, :type :ok, :f :put, :key "k", :value "1"}
                {:process 0, :type :invoke, :f :append, :key "k", :value "2"}
                """)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("line 3 is not a history event this reader understands (append is not a register operation")
                .hasMessageContaining("readStrings");
    }

    @Test
    void whatIsNotUnderstoodIsRefusedNamingTheLine() {
        assertThatThrownBy(() -> KvHistoryFormat.read("""
                {:type :invoke, :f :write, :value 1, :process 0}
                {:type :invoke, :f :incr, :value 1, :process 1}
                """)).hasMessageStartingWith("line 2 ").hasMessageContaining("unknown :f incr");
        assertThatThrownBy(() -> KvHistoryFormat.read("""
                {:type :invoke, :f :write, :value 1, :process 0}
                {:type :ok, :f :read, :value 1, :process 0}
                """)).hasMessageStartingWith("line 2 ").hasMessageContaining("invoked :write but completes :read");
        assertThatThrownBy(() -> KvHistoryFormat.read("""
                {:type :invoke, :f :write, :value "one", :process 0}
                """)).hasMessageStartingWith("line 1 ").hasMessageContaining("a write's value must be an integer, got one");
        assertThatThrownBy(() -> KvHistoryFormat.read("""
                INFO  jepsen.util - 0\t:invoke\t:read\tnil
                WARN  jepsen.core - something else
                """)).hasMessageStartingWith("line 2 ").hasMessageContaining("neither an EDN or JSON map nor a Jepsen log line");
        assertThatThrownBy(() -> KvHistoryFormat.read("""
                {:type :invoke, :f :read, :value nil, :process 0}
                {:type :crashed, :f :read, :value nil, :process 0}
                """)).hasMessageStartingWith("line 2 ").hasMessageContaining("unknown :type crashed");
        assertThatThrownBy(() -> KvHistoryFormat.read("\n  \n")).hasMessageStartingWith("no history events");
        assertThatThrownBy(() -> KvHistoryFormat.readStrings("""
                {:type :invoke, :f :read, :value nil, :process 0}
                """)).hasMessageStartingWith("line 1 ").hasMessageContaining("no :key");
    }
}
