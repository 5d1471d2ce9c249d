package dev.simscaffold.testkit.exhaustive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.fault.EffectFaults;
import dev.simscaffold.core.harness.StateMachine;
import dev.simscaffold.testkit.fixtures.Token;
import dev.simscaffold.testkit.fixtures.Token.Handoff;
import dev.simscaffold.testkit.fixtures.Token.Holder;
import dev.simscaffold.testkit.fixtures.Token.Input;
import dev.simscaffold.testkit.fixtures.Token.Pass;
import dev.simscaffold.testkit.scenario.Action;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The search's state space, edge for edge, pinned from before the harness world's rules moved into sim-core's
 * {@code HarnessModel} (when {@code RoutedModel} in this package re-implemented them): states, transitions,
 * depth, sometimes counts and the shortest counterexample of the routed token under every effect fault,
 * correct and with the planted stale-grant bug. Any change to how the model enumerates shows here.
 */
class HarnessModelPinsTest {

    private static final Map<String, EffectFaults> FAULTS = new LinkedHashMap<>();

    static {
        FAULTS.put("none", EffectFaults.NONE);
        FAULTS.put("drops", new EffectFaults(0.1, 0, 0, 0, 0));
        FAULTS.put("duplicates", new EffectFaults(0, 0.1, 0, 0, 0));
        FAULTS.put("delays", new EffectFaults(0, 0, 0.1, 1, 1));
        FAULTS.put("all", new EffectFaults(0.1, 0.1, 0.1, 1, 3));
    }

    private static List<Action<Input>> alphabet() {
        List<Action<Input>> actions = new ArrayList<>();
        for (int from = 0; from < 3; from++) {
            for (int to = 0; to < 3; to++) {
                if (from != to) {
                    actions.add(Action.apply(from, new Pass(to)));
                }
            }
        }
        actions.add(Action.advance(1));
        return actions;
    }

    private static String run(String name, StateMachine<Holder, Input, Handoff> machine, EffectFaults faults) {
        ExhaustiveResult<Input> result = ExhaustiveSearch.builder(machine).initialStates(Token.start(3)).alphabet(alphabet())
                .router(Token.ROUTER).faults(faults).expect(Token.AT_MOST_ONE_HOLDER).expectStep(Token.STALE_GRANT_ARRIVES)
                .depth(5).build().run();
        return name + ": " + result.statesExplored() + " states, " + result.transitions() + " transitions, depth "
                + result.depthCompleted() + ", exhausted " + result.exhausted() + ", sometimes " + result.sometimes()
                + result.counterexample().map(c -> ", " + c.invariant() + " after " + c.moves()).orElse("");
    }

    @Test
    void everyFaultExploresTheStatesAndEdgesItDidBeforeTheModelMovedToSimCore() {
        List<String> runs = new ArrayList<>();
        FAULTS.forEach((name, faults) -> runs.add(run("correct/" + name, Token.CORRECT, faults)));
        FAULTS.forEach((name, faults) -> runs.add(run("stale/" + name, Token.ACCEPTS_STALE_GRANT, faults)));

        assertThat(runs).containsExactly(
                "correct/none: 84 states, 287 transitions, depth 5, exhausted true, sometimes {a stale grant arrives=0}",
                "correct/drops: 102 states, 363 transitions, depth 5, exhausted true, sometimes {a stale grant arrives=0}",
                "correct/duplicates: 124 states, 451 transitions, depth 5, exhausted true, sometimes {a stale grant arrives=36}",
                "correct/delays: 120 states, 435 transitions, depth 5, exhausted true, sometimes {a stale grant arrives=0}",
                "correct/all: 278 states, 1043 transitions, depth 5, exhausted true, sometimes {a stale grant arrives=92}",
                "stale/none: 84 states, 287 transitions, depth 5, exhausted true, sometimes {a stale grant arrives=0}",
                "stale/drops: 102 states, 363 transitions, depth 5, exhausted true, sometimes {a stale grant arrives=0}",
                "stale/duplicates: 87 states, 274 transitions, depth 4, exhausted false, sometimes {a stale grant arrives=20},"
                        + " at most one instance holds the token after [apply(0, Pass[to=1]), duplicate(0 -> 1, Grant[epoch=2]),"
                        + " apply(1, Pass[to=0]), deliver(0 -> 1, Grant[epoch=2]), deliver(1 -> 0, Grant[epoch=3])]",
                "stale/delays: 120 states, 435 transitions, depth 5, exhausted true, sometimes {a stale grant arrives=0}",
                "stale/all: 165 states, 525 transitions, depth 4, exhausted false, sometimes {a stale grant arrives=33},"
                        + " at most one instance holds the token after [apply(0, Pass[to=1]), duplicate(0 -> 1, Grant[epoch=2]),"
                        + " apply(1, Pass[to=0]), deliver(1 -> 0, Grant[epoch=3]), deliver(0 -> 1, Grant[epoch=2])]");
    }
}
