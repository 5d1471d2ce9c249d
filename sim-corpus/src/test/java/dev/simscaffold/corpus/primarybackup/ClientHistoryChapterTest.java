package dev.simscaffold.corpus.primarybackup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.history.History;
import dev.simscaffold.core.history.HistoryChecker;
import dev.simscaffold.core.history.HistoryRecorder;
import dev.simscaffold.core.history.KvModel;
import dev.simscaffold.core.history.KvOp;
import dev.simscaffold.core.history.OpOutcome;
import dev.simscaffold.core.history.Operation;
import dev.simscaffold.core.history.Verdict;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.random.SimRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Keeps chapter 6's recording example compiling and true: the corpus primary-backup store's replicas and clients on
 * one network, a recorder the clients write to, and the history it records checked linearizable.
 */
class ClientHistoryChapterTest {

    @Test
    void theClientsRecordAHistoryOfEveryOperation() {
        PbScenario scenario = new PbScenario(
                IntStream.range(0, 30).mapToObj(i -> new PbScenario.ClientOp(i % 3, i % 2 == 0 ? KvOp.write("a", i) : KvOp.read("a"))).toList(),
                SimRandom.seeded(5));

        // DOCS:begin docs/guide/06-client-histories.md
        HistoryRecorder<KvOp, Long> history = HistoryRecorder.create();          // nodes need it before the network exists
        SimNetwork<PbMessage> net = SimNetwork.nodes(3, (id, random, now) -> new PbReplica(id, 3))        // replicas, then clients
                .nodes(3, (id, random, now) -> new PbClient(id, scenario.scriptOf(id.index() - 3), 3, false, random, history))
                .random(scenario.random())
                .faults(NetworkFaults.builder().minDelayTicks(1).maxDelayTicks(12).lossRate(0.02).build())
                .build();
        history.attach(net);                                                      // or HistoryRecorder.on(harnessOrNetwork)
        net.runUntil(nodes -> nodes.all(PbClient.class).stream().allMatch(PbClient::done), 10_000);
        // DOCS:end

        assertThat(history.history().size()).isEqualTo(30);
        assertThat(HistoryChecker.of(KvModel.kv()).linearizable(history.history()).verdict()).isEqualTo(Verdict.OK);
    }

    @Test
    void aClientRecordsAnInvocationAndItsOutcome() {
        HistoryRecorder<KvOp, Long> history = HistoryRecorder.create();
        history.attach(SimNetwork.nodes(3, (id, random, now) -> new PbReplica(id, 3)).seed(1).build());
        // DOCS:begin docs/guide/06-client-histories.md
        // in a client node, when it sends a request and when its reply comes:
        history.invoke("client-3", KvOp.read("a"));
        history.ok("client-3", 7L);                   // or fail / info
        // DOCS:end

        History<KvOp, Long> recorded = history.history();
        assertThat(recorded.size()).isEqualTo(1);
        Operation<KvOp, Long> read = recorded.operations().get(0);
        assertThat(read.client()).isEqualTo("client-3");
        assertThat(read.input()).isEqualTo(KvOp.read("a"));
        assertThat(read.output()).isEqualTo(7L);
        assertThat(read.outcome()).isEqualTo(OpOutcome.OK);
    }
}
