package dev.simscaffold.core.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.explore.PctStrategy;
import dev.simscaffold.core.explore.Strategy;
import dev.simscaffold.core.explore.UniformStrategy;
import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.trace.EventKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The send tap: a tap that changes nothing leaves every run as it was (random faults and a non-uniform strategy
 * included), what it decides is applied and traced, it comes off with null, and bad decisions are refused
 * naming the value.
 */
class SendTapTest {

    private static final NetworkFaults FAULTS = NetworkFaults.builder().minDelayTicks(1).maxDelayTicks(4).lossRate(0.05)
            .duplicateRate(0.05).partitionRate(0.02).maxPartitionTicks(20).crashRate(0.02).restartAfterTicks(15).build();

    private static SimNetwork<Chatter.Note> chatter(long seed, Strategy strategy) {
        return SimNetwork.nodes(4, (id, random, now) -> new Chatter(id, 4)).seed(seed).faults(FAULTS).strategy(strategy).build();
    }

    @Test
    void aTapThatReturnsNullLeavesTheRunAsItWas() {
        for (Strategy strategy : List.of(new UniformStrategy(), new PctStrategy(3, 2_000))) {
            for (long seed = 1; seed <= 5; seed++) {
                SimNetwork<Chatter.Note> plain = chatter(seed, strategy);
                plain.run(300);
                SimNetwork<Chatter.Note> tapped = chatter(seed, strategy);
                long[] seen = new long[1];
                tapped.tapSends((from, to, message) -> {
                    seen[0]++;
                    return null;
                });
                tapped.run(300);

                assertThat(tapped.trace().fingerprint()).as("seed %d, %s", seed, strategy).isEqualTo(plain.trace().fingerprint());
                assertThat(seen[0]).isEqualTo(tapped.stats().sent()).isPositive();
            }
        }
    }

    @Test
    void whatTheTapDecidesIsAppliedAndTraced() {
        SimNetwork<Chatter.Note> net = SimNetwork.nodes(3, (id, random, now) -> new Chatter(id, 3)).seed(1).build();
        net.tapSends((from, to, message) -> to.index() == 1 ? new Tapped<>(message, NodeId.of(2), 1, 5, "test") : null);
        net.run(100);

        assertThat(net.node(NodeId.of(1), Chatter.class)).isPresent();
        assertThat(net.stats().perNode().get(1).delivered()).as("nothing reaches node-1").isZero();
        assertThat(net.trace().count(EventKind.MISDELIVERED)).isPositive().isEqualTo(net.trace().count(EventKind.MESSAGE_DELAYED));
        assertThat(net.trace().events()).filteredOn(event -> event.kind() == EventKind.MISDELIVERED)
                .allSatisfy(event -> assertThat(event.peer()).isEqualTo("node-2"))
                .allSatisfy(event -> assertThat(event.detail()).endsWith(" (test) addressed to node-1"));

        net.tapSends(null);
        long misdelivered = net.trace().count(EventKind.MISDELIVERED);
        net.run(100);
        assertThat(net.trace().count(EventKind.MISDELIVERED)).as("the tap is off").isEqualTo(misdelivered);
        assertThat(net.stats().perNode().get(1).delivered()).isPositive();
    }

    @Test
    void badDecisionsAreRefusedNamingTheValue() {
        NodeId node = NodeId.of(0);
        assertThatThrownBy(() -> new Tapped<>("m", node, 3, 0, "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tapped copies must be 0, 1 or 2, got 3");
        assertThatThrownBy(() -> new Tapped<>("m", node, 1, -2, "x")).hasMessage("tapped extra delay must be >= 0 ticks, got -2");
        assertThatThrownBy(() -> new Tapped<>("m", node, 1, 0, "")).hasMessageContaining("got \"\"");

        SimNetwork<Chatter.Note> net = SimNetwork.nodes(3, (id, random, now) -> new Chatter(id, 3)).seed(1).build();
        net.tapSends((from, to, message) -> new Tapped<>(message, NodeId.of(7), 1, 0, "test"));
        assertThatThrownBy(() -> net.run(20)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown node node-7 as tapped recipient");
    }
}
