package dev.simscaffold.core.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.core.trace.EventKind;
import dev.simscaffold.core.trace.MermaidDiagram;
import dev.simscaffold.core.trace.Trace;
import dev.simscaffold.core.trace.TraceEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Mermaid renderer of network traces: shapes per event kind, escaping, and caps that say what they elided. */
class MermaidDiagramTest {

    private static Trace sample() {
        Trace trace = Trace.full();
        trace.record(LogicalTime.of(0), EventKind.SEND, "node-0", "node-1", "Ping[1]");
        trace.record(LogicalTime.of(1), EventKind.DELIVER, "node-0", "node-1", "Ping[1]");
        trace.record(LogicalTime.of(2), EventKind.DROP, "node-1", "node-0", "Pong[1]");
        trace.record(LogicalTime.of(3), EventKind.PARTITION, "network", "", "[node-0] <-> [node-1]");
        trace.record(LogicalTime.of(4), EventKind.PARTITION_BLOCKED, "node-0", "node-1", "Ping[2]");
        trace.record(LogicalTime.of(5), EventKind.TIMER, "node-1", "", "");
        trace.record(LogicalTime.of(6), EventKind.CRASH, "node-1", "", "");
        return trace;
    }

    @Test
    void rendersDeliveriesAsArrowsAndFaultsAsCrossesAndNotes() {
        String diagram = MermaidDiagram.render(sample().events());

        assertThat(diagram.lines().toList()).containsExactly(
                "sequenceDiagram",
                "    participant p0 as node-0",
                "    participant p1 as node-1",
                "    p0->>p1: Ping[1]",
                "    p1-xp0: dropped Pong[1]",
                "    Note over p0,p1: PARTITION [node-0] #60;-#62; [node-1]",
                "    p0-xp1: blocked Ping[2]",
                "    Note over p1: t=5 TIMER",
                "    Note over p1: t=6 CRASH");
        assertThat(MermaidDiagram.markdown(sample().events())).startsWith("```mermaid\nsequenceDiagram\n").endsWith("```\n");
    }

    @Test
    void escapesTextThatWouldBreakTheDiagram() {
        assertThat(MermaidDiagram.escape("a;b#c:d<e>f\ng%%h\"é")).isEqualTo("a#59;b#35;c#58;d#60;e#62;f#10;g#37;#37;h#34;#233;");
        assertThat(MermaidDiagram.escape("Sync[{k=Versioned[version=1]}]")).isEqualTo("Sync[#123;k=Versioned[version=1]#125;]");
    }

    @Test
    void shortensLongLabels() {
        Trace trace = Trace.full();
        trace.record(LogicalTime.ZERO, EventKind.DELIVER, "node-0", "node-1", "x".repeat(500));

        String diagram = MermaidDiagram.render(trace.events());

        assertThat(diagram).contains("p0->>p1: " + "x".repeat(MermaidDiagram.MAX_LABEL_LENGTH - 3) + "...\n");
    }

    @Test
    void capsEventsAndParticipantsAndSaysWhatWasElided() {
        Trace trace = Trace.full();
        for (int i = 0; i < 30; i++) {
            trace.record(LogicalTime.of(i), EventKind.DELIVER, "node-" + (i % 12), "node-" + ((i + 1) % 12), "m" + i);
        }

        String diagram = MermaidDiagram.render(trace.events(), 5, 4);

        assertThat(diagram.lines().filter(l -> l.startsWith("    participant "))).hasSize(4);
        assertThat(diagram.lines().filter(l -> l.contains("->>"))).hasSize(5);
        assertThat(diagram).contains("later events elided (cap 5)").contains("events of other nodes elided (cap 4 participants)");
        assertThat(diagram).contains("participant p3 as node-3").doesNotContain("node-10");
    }

    @Test
    void rendersARealNetworkRunWithAPartitionAndACrash() {
        SimNetwork<Ping> net = NetTestSupport.recorders(3, NetworkFaults.NONE);
        net.partition(List.of(NetTestSupport.N0), List.of(NetTestSupport.N1));
        NetTestSupport.send(net, NetTestSupport.N0, NetTestSupport.N1, 1);
        NetTestSupport.send(net, NetTestSupport.N0, NetTestSupport.N2, 2);
        net.crash(NetTestSupport.N2);
        net.run(5);

        String diagram = MermaidDiagram.render(net.trace().events());

        assertThat(diagram).contains(
                "Note over p0,p2: PARTITION [node-0] #60;-#62; [node-1]",
                "p0-xp1: blocked Ping[sentAt=0, n=1]",
                "Note over p2: t=0 CRASH",
                "p0-xp2: dropped Ping[sentAt=0, n=2] (destination crashed)");
        assertThat(diagram).doesNotContain("elided");
    }

    @Test
    void rejectsNonsensicalCaps() {
        List<TraceEvent> events = sample().events();
        assertThatThrownBy(() -> MermaidDiagram.render(events, 0, 5)).hasMessageContaining("maxEvents must be >= 1, got 0");
        assertThatThrownBy(() -> MermaidDiagram.render(events, 5, 0)).hasMessageContaining("maxParticipants must be >= 1, got 0");
    }
}
