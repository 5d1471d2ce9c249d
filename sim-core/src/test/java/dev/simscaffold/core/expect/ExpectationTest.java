package dev.simscaffold.core.expect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.harness.HarnessView;
import dev.simscaffold.core.harness.SimHarness;
import dev.simscaffold.core.harness.StateMachine;
import dev.simscaffold.core.harness.Step;
import dev.simscaffold.core.harness.Transition;
import dev.simscaffold.core.net.NetworkView;
import dev.simscaffold.core.net.QuietNode;
import dev.simscaffold.core.net.SimNetwork;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One vocabulary for harness and network: kinds are enforced, and a broken check fails under its own name. */
class ExpectationTest {

    /** Adds its input to a running total. */
    private static final StateMachine<Integer, Integer, Integer> ADDER = (total, add, now) -> Step.of(total + add);

    /** A node that does nothing; enough for a network to have nodes to check. */
    private static final class Idle extends QuietNode<String> {
    }

    @Test
    void eachFactoryGivesItsKindAndAValidNameIsRequired() {
        assertThat(Expectation.always("a", v -> List.of()).kind()).isEqualTo(Kind.ALWAYS);
        assertThat(Expectation.sometimes("b", v -> true).kind()).isEqualTo(Kind.SOMETIMES);
        assertThat(Expectation.eventually("c", v -> List.of()).kind()).isEqualTo(Kind.EVENTUALLY);
        assertThatThrownBy(() -> Expectation.always(" ", v -> List.of()))
                .hasMessage("an expectation needs a name, got \" \"");
    }

    @Test
    void aSometimesExpectationIsUnmetUntilItsSituationIsReached() {
        Expectation<Integer> positive = Expectation.sometimes("a positive number", n -> n > 0);

        assertThat(positive.holds(1)).isTrue();
        assertThat(positive.unmet(0)).containsExactly("not reached");
    }

    @Test
    void anAlwaysExpectationOverStatesFailsTheHarnessRunWithItsMessages() {
        SimHarness<Integer, Integer, Integer> harness = SimHarness.builder(ADDER).seed(1).instances(2, 0)
                .expect(Expectation.always("totals stay below 10", (HarnessView<Integer> view) -> view.states().stream()
                        .filter(total -> total >= 10).map(total -> "a total reached " + total).toList()))
                .build();
        harness.apply(0, 4);

        assertThatThrownBy(() -> harness.apply(1, 12))
                .isInstanceOfSatisfying(InvariantViolationError.class, error -> {
                    assertThat(error.invariant()).isEqualTo("totals stay below 10");
                    assertThat(error.violations()).containsExactly("a total reached 12");
                });
    }

    @Test
    void aCheckThatThrowsIsReportedAsThatExpectationsViolationInAHarness() {
        SimHarness<Integer, Integer, Integer> harness = SimHarness.builder(ADDER).seed(1).instances(1, 0)
                .expectStep(Expectation.sometimes("an input of 3", (Transition<Integer, Integer> t) -> t.input() == 3))
                .expectStep(Expectation.always("inputs are small", (Transition<Integer, Integer> t) -> {
                    throw new IllegalStateException("boom at " + t.input());
                }))
                .build();

        assertThatThrownBy(() -> harness.apply(0, 3))
                .isInstanceOfSatisfying(InvariantViolationError.class, error -> {
                    assertThat(error.invariant()).isEqualTo("inputs are small");
                    assertThat(error.violations()).singleElement().asString()
                            .isEqualTo("the check of \"inputs are small\" threw java.lang.IllegalStateException: boom at 3");
                });
    }

    @Test
    void aSometimesCheckThatThrowsIsAFailureNotAnUnreachedSituation() {
        SimHarness<Integer, Integer, Integer> harness = SimHarness.builder(ADDER).seed(1).instances(1, 0)
                .expect(Expectation.sometimes("a total of 5", (HarnessView<Integer> view) -> view.state(7) == 5))
                .build();

        assertThatThrownBy(() -> harness.apply(0, 5))
                .isInstanceOfSatisfying(InvariantViolationError.class, error -> assertThat(error.invariant()).isEqualTo("a total of 5"));
    }

    @Test
    void aCheckThatReturnsNullIsReportedByName() {
        SimHarness<Integer, Integer, Integer> harness = SimHarness.builder(ADDER).seed(1).instances(1, 0)
                .expect(Expectation.always("forgetful", view -> null))
                .build();

        assertThatThrownBy(() -> harness.apply(0, 1))
                .isInstanceOfSatisfying(InvariantViolationError.class, error -> assertThat(error.violations())
                        .containsExactly("the check of \"forgetful\" returned null instead of a list of messages"));
    }

    @Test
    void aCheckThatThrowsOnANetworkIsReportedAsThatExpectationsViolation() {
        assertThatThrownBy(() -> SimNetwork.nodes(2, (id, random, now) -> new Idle()).seed(3)
                .expect(Expectation.always("every node is n0", (NetworkView<String> nodes) -> {
                    throw new ArithmeticException("/ by zero");
                }))
                .build())
                .isInstanceOfSatisfying(InvariantViolationError.class, error -> {
                    assertThat(error.invariant()).isEqualTo("every node is n0");
                    assertThat(error.violations()).containsExactly(
                            "the check of \"every node is n0\" threw java.lang.ArithmeticException: / by zero");
                });
    }

    @Test
    void explorersRefuseTheKindsTheyCannotCheckNamingTheExpectation() {
        Expectation<Object> converges = Expectation.eventually("totals converge", view -> List.of());

        assertThatThrownBy(() -> SimHarness.builder(ADDER).expect(converges))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("SimHarness checks always and sometimes expectations, got eventually \"totals converge\"");
        assertThatThrownBy(() -> SimNetwork.nodes(1, (id, random, now) -> new Idle()).expect(converges))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the builder takes always and sometimes expectations, got eventually \"totals converge\"");
        SimNetwork<String> net = SimNetwork.nodes(1, (id, random, now) -> new Idle()).build();
        assertThatThrownBy(() -> net.awaitLiveness(Expectation.always("safe", view -> List.of()), 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("awaitLiveness takes eventually expectations, got \"safe\", which is always");
    }

    @Test
    void twoSometimesExpectationsWithOneNameAreRefused() {
        Expectation<Object> reached = Expectation.sometimes("reached", view -> true);

        assertThatThrownBy(() -> SimNetwork.nodes(1, (id, random, now) -> new Idle()).expect(reached).expect(reached))
                .hasMessage("a sometimes expectation named \"reached\" was already added");
    }

    @Test
    void byKindSortsExpectationsKeepingTheirOrderWithinEachKind() {
        Expectation<Integer> first = Expectation.always("first", n -> List.of());
        Expectation<Integer> reached = Expectation.sometimes("reached", n -> true);
        Expectation<Integer> second = Expectation.always("second", n -> List.of());
        Expectation<Integer> settles = Expectation.eventually("settles", n -> List.of());

        ByKind<Integer> byKind = ByKind.of(List.of(first, reached, second, settles));

        assertThat(byKind.always()).containsExactly(first, second);
        assertThat(byKind.sometimes()).containsExactly(reached);
        assertThat(byKind.eventually()).containsExactly(settles);
    }
}
