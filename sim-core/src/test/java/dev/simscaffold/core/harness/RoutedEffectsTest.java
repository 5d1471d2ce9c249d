package dev.simscaffold.core.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.harness.Relay.In;
import dev.simscaffold.core.harness.Relay.Node;
import dev.simscaffold.core.harness.Relay.Note;
import dev.simscaffold.core.harness.Relay.Out;
import dev.simscaffold.core.harness.Relay.Send;
import dev.simscaffold.core.trace.EventKind;
import dev.simscaffold.core.trace.MermaidDiagram;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Effects addressed to another instance are applied as its input, through every effect fault. */
class RoutedEffectsTest {

    private final List<Out> sunk = new ArrayList<>();

    private SimHarness<Node, In, Out> relay(long seed, FaultConfig faults) {
        return SimHarness.builder(Relay.MACHINE).seed(seed).initialStates(Relay.nodes(3)).faults(faults)
                .router(Relay.ROUTER).effectSink((instance, effect, at) -> sunk.add(effect)).build();
    }

    @Test
    void withoutFaultsARoutedEffectIsTheReceiversInputInSendingOrderAndNeverReachesTheSink() {
        SimHarness<Node, In, Out> harness = relay(1, FaultConfig.none());

        harness.apply(0, new Send(1, "a"));
        harness.apply(0, new Send(1, "b"));
        harness.advance(0);

        assertThat(harness.state(1).log()).containsExactly("recv a@0", "recv b@0");
        assertThat(sunk).containsExactly(new Note("1 got a"), new Note("1 got b"));
        assertThat(harness.steps()).as("two inputs, two deliveries").isEqualTo(4);
        assertThat(harness.pendingEffects()).isZero();
        assertThat(harness.trace().count(EventKind.RECEIVE)).isEqualTo(2);
    }

    @Test
    void aDroppedRoutedEffectNeverArrives() {
        SimHarness<Node, In, Out> harness = relay(1, FaultConfig.builder().effects(e -> e.dropRate(1)).build());

        harness.apply(0, new Send(1, "a"));
        harness.advance(10);

        assertThat(harness.state(1).log()).isEmpty();
        assertThat(harness.effectLog()).extracting(EffectRecord::fate).containsExactly(EffectFate.DROPPED);
        assertThat(harness.coverage().faults()).containsEntry(EventKind.EFFECT_DROPPED, 1L);
    }

    @Test
    void aDuplicatedRoutedEffectArrivesTwice() {
        SimHarness<Node, In, Out> harness = relay(1, FaultConfig.builder().effects(e -> e.duplicateRate(1)).build());

        harness.apply(0, new Send(2, "a"));
        harness.advance(0);

        assertThat(harness.state(2).log()).containsExactly("recv a@0", "recv a@0");
    }

    @Test
    void aDelayedRoutedEffectArrivesWhenItsDelayIsOver() {
        SimHarness<Node, In, Out> harness = relay(1, FaultConfig.builder()
                .effects(e -> e.delayRate(1).minDelayTicks(3).maxDelayTicks(3)).build());

        harness.apply(0, new Send(1, "a"));
        harness.advance(2);
        assertThat(harness.state(1).log()).isEmpty();
        assertThat(harness.pendingEffects()).isEqualTo(1);

        harness.advance(5);
        assertThat(harness.state(1).log()).as("delivered at t=3, on the way to t=7").containsExactly("recv a@3");
    }

    /** The scheduler decides, per seed, whether a ready message arrives before or after the next external input. */
    @Test
    void theSeededSchedulerInterleavesDeliveriesWithExternalInputs() {
        Set<String> orders = new TreeSet<>();
        for (long seed = 0; seed < 20; seed++) {
            SimHarness<Node, In, Out> harness = relay(seed, FaultConfig.none());
            harness.apply(0, new Send(1, "a"));
            harness.apply(1, new Send(2, "x"));
            harness.advance(0);
            orders.add(String.join(", ", harness.state(1).log()));
        }
        assertThat(orders).containsExactlyInAnyOrder("recv a@0, send x", "send x, recv a@0");
    }

    @Test
    void theSameSeedInterleavesTheSameWay() {
        List<String> fingerprints = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            SimHarness<Node, In, Out> harness = relay(5, FaultConfig.hostile());
            for (int i = 0; i < 50; i++) {
                harness.apply(i % 3, new Send((i + 1) % 3, "t" + i));
            }
            harness.advance(100);
            fingerprints.add(harness.trace().fingerprintHex());
        }
        assertThat(fingerprints.get(0)).isEqualTo(fingerprints.get(1));
    }

    /** A message left ready by the scheduler may fall behind the clock when it jumps; it is then delivered at once. */
    @Test
    void aMessageOvertakenByAClockJumpIsDeliveredWhenTimeNextMoves() {
        for (long seed = 0; seed < 20; seed++) {
            SimHarness<Node, In, Out> harness = relay(seed, FaultConfig.builder().clock(c -> c.jumpRate(1).maxJumpTicks(10)).build());
            harness.apply(0, new Send(1, "a"));
            harness.apply(0, new Send(1, "b"));
            harness.advance(0);

            assertThat(harness.state(1).log()).hasSize(2);
            assertThat(harness.pendingEffects()).isZero();
        }
    }

    @Test
    void aMessageLoopFailsLoudlyAtItsBound() {
        SimHarness<Node, In, Out> harness = SimHarness.builder(Relay.MACHINE).seed(1).initialStates(Relay.nodes(2))
                .router(Relay.ROUTER).maxDeliveriesPerCall(50).build();
        harness.apply(0, new Send(1, "echo"));

        assertThatThrownBy(() -> harness.advance(0))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("more than 50 routed deliveries")
                .hasMessageContaining("seed 1");
    }

    @Test
    void anEffectAddressedToNoInstanceIsRefusedNamingIt() {
        SimHarness<Node, In, Out> harness = relay(1, FaultConfig.none());

        assertThatThrownBy(() -> harness.apply(0, new Send(7, "a")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("to instance 7")
                .hasMessageContaining("[0, 3)");
        assertThatThrownBy(() -> new Addressed<>(-1, "x")).hasMessageContaining("got -1");
    }

    /** In a Mermaid diagram a routed delivery is an arrow from the sender to the receiver. */
    @Test
    void aRoutedDeliveryIsAnArrowInTheSequenceDiagram() {
        SimHarness<Node, In, Out> harness = relay(1, FaultConfig.none());
        harness.apply(0, new Send(2, "a"));
        harness.advance(0);

        assertThat(MermaidDiagram.render(harness.trace().events(), 10, 5)).contains("participant p1 as instance-2", "p0->>p1: Receive[from=0, token=a]");
    }
}
