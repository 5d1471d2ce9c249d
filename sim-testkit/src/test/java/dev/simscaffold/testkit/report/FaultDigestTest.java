package dev.simscaffold.testkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.core.trace.EventKind;
import dev.simscaffold.core.trace.Trace;
import dev.simscaffold.corpus.raft.RaftCluster;
import dev.simscaffold.corpus.raft.RaftMessage;
import dev.simscaffold.corpus.raft.RaftSetup;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Defect 4 of issue #28: "faults that fired" listed every drop of a message to a crashed node and never a
 * heal or a restart. The digest lists each action of the fault layers, recoveries included, and groups the
 * consequences under their cause.
 */
class FaultDigestTest {

    @Test
    void healsAndRestartsAreShownAndConsequencesAreGroupedUnderTheirCause() {
        Trace trace = Trace.full();
        trace.record(LogicalTime.of(3), EventKind.PARTITION, "network", "", "[node-0] <-> [node-1, node-2]");
        for (int i = 0; i < 3; i++) {
            trace.record(LogicalTime.of(4 + i), EventKind.PARTITION_BLOCKED, "node-0", "node-1", "Ping");
        }
        trace.record(LogicalTime.of(9), EventKind.HEAL, "network", "", "all");
        trace.record(LogicalTime.of(10), EventKind.CRASH, "node-1", "", "power loss");
        trace.record(LogicalTime.of(10), EventKind.POWER_LOSS, "node-1", "", "lost 0 in-flight ops; 1 of 2 unsynced writes survived");
        trace.record(LogicalTime.of(10), EventKind.DISK_TORN_WRITE, "node-1", "", "write at offset 0 kept 512 of 1024 bytes");
        for (int i = 0; i < 5; i++) {
            trace.record(LogicalTime.of(11 + i), EventKind.DROP, "node-0", "node-1", "Ping (destination crashed)");
        }
        trace.record(LogicalTime.of(12), EventKind.DROP, "node-2", "node-0", "Ping");
        trace.record(LogicalTime.of(20), EventKind.RESTART, "node-1", "", "incarnation 1 from durable state");

        FaultDigest digest = FaultDigest.of(trace.events());

        assertThat(digest.actions()).isEqualTo(5);
        assertThat(digest.render("up to the failure", 10)).containsExactly(
                "Faults that fired up to the failure (5 actions; 10 consequences grouped under their cause):",
                "  t=3 PARTITION network [node-0] <-> [node-1, node-2]",
                "      then 3 messages blocked by this partition",
                "  t=9 HEAL network all",
                "  t=10 CRASH node-1 power loss",
                "      then POWER_LOSS lost 0 in-flight ops; 1 of 2 unsynced writes survived",
                "      then DISK_TORN_WRITE write at offset 0 kept 512 of 1024 bytes",
                "      then 5 messages to node-1 dropped while it was down",
                "  t=12 DROP node-2 -> node-0 Ping",
                "  t=20 RESTART node-1 incarnation 1 from durable state");
        assertThat(digest.render("up to the failure", 2)).endsWith("  ... 3 more (all in the trace file)");
    }

    /** The names a real network gives a node and its disk, and its drops while down, are the ones the digest groups by. */
    @Test
    void aRealNetworksCrashTakesItsDiskAndItsDropsUnderIt() {
        SimNetwork<RaftMessage> network = RaftCluster.start(3, RaftSetup.correct().withClients(0)).network();
        network.run(200);
        network.partition(List.of(NodeId.of(0)), List.of(NodeId.of(1), NodeId.of(2)));
        network.run(50);
        network.heal();
        network.powerLoss(NodeId.of(1));
        network.run(100);
        network.restart(NodeId.of(1));
        network.run(50);

        List<String> lines = FaultDigest.of(network.trace().events()).render("up to the failure", 10);

        assertThat(lines).anyMatch(line -> line.matches("  t=\\d+ PARTITION network .*"))
                .anyMatch(line -> line.matches("      then \\d+ messages? blocked by this partition"))
                .anyMatch(line -> line.matches("  t=\\d+ HEAL network all"))
                .anyMatch(line -> line.matches("  t=\\d+ CRASH node-1 power loss"))
                .anyMatch(line -> line.matches("      then POWER_LOSS .*"))
                .anyMatch(line -> line.matches("      then \\d+ messages? to node-1 dropped while it was down"))
                .anyMatch(line -> line.matches("  t=\\d+ RESTART node-1 .*"))
                .noneMatch(line -> line.contains("(destination crashed)"));
    }
}
