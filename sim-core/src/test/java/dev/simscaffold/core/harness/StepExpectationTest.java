package dev.simscaffold.core.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.harness.Relay.In;
import dev.simscaffold.core.harness.Relay.Node;
import dev.simscaffold.core.harness.Relay.Out;
import dev.simscaffold.core.harness.Relay.Send;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An always expectation over steps judges each step by its two ends, routed deliveries included. */
class StepExpectationTest {

    static final Expectation<Transition<Node, In>> NEVER_FORGETS = Expectation.always("a node never forgets what it logged",
            t -> t.after().log().size() >= t.before().log().size() && t.after().log().subList(0, t.before().log().size()).equals(t.before().log())
                    ? List.of()
                    : List.of("instance " + t.instance() + " went from " + t.before().log() + " to " + t.after().log() + " on " + t.input()));

    private static SimHarness<Node, In, Out> relay(StateMachine<Node, In, Out> machine) {
        return SimHarness.builder(machine).seed(3).initialStates(Relay.nodes(2)).router(Relay.ROUTER)
                .expectStep(NEVER_FORGETS).build();
    }

    @Test
    void theCorrectRelayNeverForgets() {
        SimHarness<Node, In, Out> harness = relay(Relay.MACHINE);
        harness.apply(0, new Send(1, "a"));
        harness.apply(0, new Send(1, "reset"));
        harness.advance(0);

        assertThat(harness.state(1).log()).containsExactly("recv a@0", "recv reset@0");
    }

    @Test
    void thePlantedBugIsCaughtOnTheDeliveryThatForgets() {
        SimHarness<Node, In, Out> harness = relay(Relay.FORGETS_ON_RESET);
        harness.apply(0, new Send(1, "a"));
        harness.apply(0, new Send(1, "reset"));

        assertThatThrownBy(() -> harness.advance(0))
                .isInstanceOf(InvariantViolationError.class)
                .hasMessageContaining("a node never forgets what it logged")
                .hasMessageContaining("instance 1 went from [recv a@0] to [] on Receive[from=0, token=reset]");
    }

    @Test
    void aTransitionKnowsWhetherItChangedTheState() {
        Node node = new Node(0, List.of());
        assertThat(new Transition<>(0, node, "x", node, dev.simscaffold.core.time.LogicalTime.ZERO).changed()).isFalse();
        assertThat(new Transition<>(0, node, "x", node.with("y"), dev.simscaffold.core.time.LogicalTime.ZERO).changed()).isTrue();
        assertThatThrownBy(() -> Expectation.always(" ", t -> List.of())).hasMessageContaining("needs a name");
    }
}
