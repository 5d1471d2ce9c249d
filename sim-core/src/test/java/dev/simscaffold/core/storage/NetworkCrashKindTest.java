package dev.simscaffold.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.fault.StorageFaults;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.trace.EventKind;
import dev.simscaffold.core.trace.MermaidDiagram;
import dev.simscaffold.core.trace.TraceEvent;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Each crash kind's survival rule as a {@code SimNetwork} applies it to a node's disk: a process crash
 * ({@code net.crash}) keeps the page cache, a power loss ({@code net.powerLoss}) keeps only fsynced data,
 * also when it hits a machine whose process had already crashed; operations in flight at a crash are
 * lost with their completions; a paused node gets its completions when it resumes.
 */
class NetworkCrashKindTest {

    private static final NodeId SERVER = NodeId.of(0);
    /** Every operation takes exactly two ticks, so the tests know what is in flight when. */
    private static final StorageFaults TWO_TICKS = StorageFaults.builder().minLatencyTicks(2).maxLatencyTicks(2).build();

    /** A one-server network and the ledger of puts its clients were told were stored. */
    private record Server(SimNetwork<String> net, Map<Integer, Integer> ledger) {

        static Server start(boolean fsyncBeforeAck) {
            Map<Integer, Integer> ledger = new TreeMap<>();
            SimNetwork<String> net = SimNetwork.diskNodes(1, KvNode.factory(fsyncBeforeAck, ledger)).seed(3).storage(TWO_TICKS)
                    .build();
            net.run(5);
            return new Server(net, ledger);
        }

        void putThree() {
            for (int key = 0; key < 3; key++) {
                int k = key;
                net.invoke(SERVER, KvNode.class, "put " + k, node -> node.put(k));
                net.run(10);
            }
        }

        SimDisk disk() {
            return net.disk(SERVER).orElseThrow();
        }

        Map<Integer, Integer> restartAndRecover() {
            net.restart(SERVER);
            net.run(10);
            KvNode node = net.node(SERVER, KvNode.class).orElseThrow();
            assertThat(node.recovered()).isTrue();
            return node.state();
        }
    }

    @Test
    void aProcessCrashKeepsTheAcknowledgedButUnsyncedPutsInThePageCache() {
        Server server = Server.start(false);
        server.putThree();
        server.net().crash(SERVER);

        assertThat(server.ledger()).hasSize(3);
        assertThat(server.disk().unsyncedWrites()).isEqualTo(3);
        assertThat(server.disk().durableContents()).isEmpty();
        assertThat(server.restartAndRecover()).isEqualTo(server.ledger());
        assertThat(server.net().trace().count(EventKind.DISK_PROCESS_CRASH)).isEqualTo(1);
    }

    @Test
    void aPowerLossLosesTheAcknowledgedPutsThatWereNeverFsynced() {
        Server server = Server.start(false);
        server.putThree();
        server.net().powerLoss(SERVER);

        assertThat(server.net().isUp(SERVER)).isFalse();
        assertThat(server.ledger()).hasSize(3);
        assertThat(server.restartAndRecover()).isEmpty();
        assertThat(server.net().trace().events()).anySatisfy(event -> {
            assertThat(event.kind()).isEqualTo(EventKind.CRASH);
            assertThat(event.detail()).isEqualTo("power loss");
        });
    }

    @Test
    void aPowerLossAfterAProcessCrashTakesThePageCacheWithIt() {
        Server server = Server.start(false);
        server.putThree();
        server.net().crash(SERVER);
        server.net().powerLoss(SERVER);

        assertThat(server.disk().unsyncedWrites()).isZero();
        assertThat(server.net().trace().count(EventKind.POWER_LOSS)).isEqualTo(1);
        assertThat(server.restartAndRecover()).isEmpty();
    }

    @Test
    void aPowerLossHitsOnlyItsOwnMachinesDisk() {
        NodeId other = NodeId.of(1);
        SimNetwork<String> net = SimNetwork.diskNodes(2, KvNode.factory(false, new TreeMap<>())).seed(3).storage(TWO_TICKS)
                .build();
        net.invoke(SERVER, KvNode.class, "put 1", node -> node.put(1));
        net.invoke(other, KvNode.class, "put 2", node -> node.put(2));
        net.run(5);
        net.powerLoss(other);
        net.restart(other);
        net.run(5);

        assertThat(net.node(SERVER, KvNode.class).orElseThrow().state()).containsOnlyKeys(1);
        assertThat(net.node(other, KvNode.class).orElseThrow().state()).isEmpty();
        assertThat(net.disk(SERVER).orElseThrow().unsyncedWrites()).isEqualTo(1);
        assertThat(net.disk(other).orElseThrow().name()).isEqualTo("node-1");
    }

    @Test
    void theFsyncingServerKeepsEveryAcknowledgedPutAcrossAPowerLoss() {
        Server server = Server.start(true);
        server.putThree();
        server.net().powerLoss(SERVER);

        assertThat(server.ledger()).hasSize(3);
        assertThat(server.restartAndRecover()).isEqualTo(server.ledger());
    }

    @Test
    void anOperationInFlightAtACrashIsLostWithItsCompletionAndTheOldHandleIsClosed() {
        Server server = Server.start(false);
        AtomicReference<KvNode> old = new AtomicReference<>();
        server.net().invoke(SERVER, KvNode.class, "put 7", node -> {
            old.set(node);
            node.put(7);
        });
        server.net().run(1);
        server.net().crash(SERVER);
        server.net().run(10);

        assertThat(server.ledger()).isEmpty();
        assertThat(server.disk().size()).isZero();
        assertThatThrownBy(() -> old.get().put(8))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("disk handle of node-0 incarnation 0 is closed");
        assertThat(server.restartAndRecover()).isEmpty();
    }

    @Test
    void aPausedServerGetsItsCompletionsWhenItResumesAndTheWritesReachTheCacheMeanwhile() {
        Server server = Server.start(false);
        server.net().invoke(SERVER, KvNode.class, "put 1", node -> node.put(1));
        server.net().pause(SERVER, 20);
        server.net().run(10);

        assertThat(server.ledger()).as("no acknowledgement while paused").isEmpty();
        assertThat(server.disk().unsyncedWrites()).as("the kernel completed the write").isEqualTo(1);
        server.net().run(15);
        assertThat(server.ledger()).containsEntry(1, 1001);
    }

    @Test
    void diskEventsAreInTheNetworkTraceAndNotesOnTheNodeInMermaid() {
        Server server = Server.start(true);
        server.net().invoke(SERVER, KvNode.class, "put 4", node -> node.put(4));
        server.net().run(10);
        server.net().powerLoss(SERVER);

        assertThat(server.net().trace().events()).filteredOn(event -> event.kind() == EventKind.DISK_WRITE
                        || event.kind() == EventKind.DISK_FSYNC || event.kind() == EventKind.DISK_READ)
                .extracting(TraceEvent::actor).containsOnly("node-0").hasSize(3);
        String diagram = MermaidDiagram.render(server.net().trace().events());
        assertThat(diagram).contains("participant p0 as node-0")
                .contains("Note over p0: t=2 DISK_READ op 0#58; 0 bytes at 0")
                .contains("Note over p0: t=7 DISK_WRITE op 1#58; 12 bytes at 0")
                .contains("Note over p0: t=7 DISK_FSYNC op 2#58; made 1 writes durable")
                .contains("Note over p0: t=15 CRASH power loss")
                .contains("Note over p0: t=15 POWER_LOSS");
    }

    @Test
    void theInvariantCatchesTheLossTheMomentTheRestartedServerHasRecovered() {
        Map<Integer, Integer> ledger = new TreeMap<>();
        SimNetwork<String> net = SimNetwork.diskNodes(1, KvNode.factory(false, ledger)).seed(3).storage(TWO_TICKS)
                .expect(KvNode.acknowledgedPutsSurvive(ledger))
                .build();
        net.invoke(SERVER, KvNode.class, "put 2", node -> node.put(2));
        net.run(5);
        net.powerLoss(SERVER);
        net.restart(SERVER);

        assertThatThrownBy(() -> net.run(5))
                .isInstanceOfSatisfying(InvariantViolationError.class, error -> {
                    assertThat(error.invariant()).isEqualTo("acknowledged puts survive");
                    assertThat(error.time().ticks()).isEqualTo(7);
                })
                .hasMessageContaining("node-0 lost acknowledged put 2=1002; it holds {}");
    }
}
