package dev.simscaffold.core.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.fault.EffectFaults;
import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.harness.Relay.In;
import dev.simscaffold.core.harness.Relay.Node;
import dev.simscaffold.core.harness.Relay.Out;
import dev.simscaffold.core.harness.Relay.Send;
import dev.simscaffold.core.random.SimRandom;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The harness world's rules serve both explorers: every state a random {@link SimHarness} run settles in is
 * one that {@link HarnessModel#successors} enumerates, and both reject a bad router or step alike.
 */
class HarnessModelTest {

    private static final List<WorldInput<In>> INPUTS = List.of(
            new WorldInput.Apply<>(0, new Send(1, "a")), new WorldInput.Apply<>(1, new Send(2, "b")));
    private static final FaultConfig LOSSY = FaultConfig.builder().effects(e -> e.dropRate(0.3).duplicateRate(0.3)).build();

    /** The states of every world with nothing in flight that the model reaches within {@code depth} moves. */
    private static Set<List<Node>> settled(HarnessModel<Node, In, Out> model, int depth) {
        Set<HarnessWorld<Node, In>> seen = new LinkedHashSet<>();
        List<HarnessWorld<Node, In>> level = List.of(HarnessWorld.initial(Relay.nodes(3)));
        seen.addAll(level);
        for (int d = 0; d < depth; d++) {
            List<HarnessWorld<Node, In>> next = new ArrayList<>();
            for (HarnessWorld<Node, In> world : level) {
                for (HarnessModel.Successor<Node, In> edge : model.successors(world, INPUTS, false)) {
                    if (seen.add(edge.next())) {
                        next.add(edge.next());
                    }
                }
            }
            level = next;
        }
        Set<List<Node>> settled = new LinkedHashSet<>();
        for (HarnessWorld<Node, In> world : seen) {
            if (world.inFlight().isEmpty()) {
                settled.add(world.states());
            }
        }
        return settled;
    }

    /**
     * Random runs of three inputs, the scheduler interleaving deliveries, then {@code advance(0)}: the
     * states each run settles in, which take at most 3 inputs and 6 deliveries (every message duplicated).
     */
    private static List<List<Node>> randomRuns(FaultConfig faults, int runs) {
        List<List<Node>> ends = new ArrayList<>();
        for (long seed = 1; seed <= runs; seed++) {
            SimHarness<Node, In, Out> harness = SimHarness.builder(Relay.MACHINE).seed(seed).initialStates(Relay.nodes(3))
                    .faults(faults).router(Relay.ROUTER).build();
            SimRandom inputs = harness.context().fork("inputs");
            for (int i = 0; i < 3; i++) {
                WorldInput.Apply<In> apply = (WorldInput.Apply<In>) INPUTS.get(inputs.nextInt(INPUTS.size()));
                harness.apply(apply.instance(), apply.input());
            }
            harness.advance(0);
            ends.add(harness.states());
        }
        return ends;
    }

    @Test
    void everyStateARandomRunSettlesInIsOneTheModelEnumerates() {
        Set<List<Node>> enumerated = settled(HarnessModel.of(Relay.MACHINE, Relay.ROUTER, 3, LOSSY.effects()), 9);
        List<List<Node>> ends = randomRuns(LOSSY, 200);

        assertThat(enumerated).containsAll(ends);
        assertThat(new LinkedHashSet<>(ends)).as("the runs reach many different states, losses and duplicates among them")
                .hasSizeGreaterThan(10)
                .anySatisfy(states -> assertThat(states.get(1).log()).containsSubsequence("recv a@0", "recv a@0"));
    }

    /** Planted divergence: a model that knows no faults misses the states the lossy harness reaches. */
    @Test
    void aModelWithoutTheHarnessFaultsMissesStatesTheRandomRunsReach() {
        Set<List<Node>> enumerated = settled(HarnessModel.of(Relay.MACHINE, Relay.ROUTER, 3, EffectFaults.NONE), 9);
        List<List<Node>> ends = randomRuns(LOSSY, 200);

        assertThat(ends).anySatisfy(states -> assertThat(enumerated).doesNotContain(states));
    }

    @Test
    void withoutDelaysOnlyTheOldestLetterMayArriveAndTimeWaitsForIt() {
        HarnessModel<Node, In, Out> model = HarnessModel.of(Relay.MACHINE, Relay.ROUTER, 3, EffectFaults.NONE);
        List<WorldInput<In>> inputs = List.of(INPUTS.get(0), INPUTS.get(1), new WorldInput.Advance<>(1));
        HarnessWorld<Node, In> twoInFlight = model.successors(
                model.successors(HarnessWorld.initial(Relay.nodes(3)), inputs, false).get(0).next(), inputs, false).get(1).next();

        List<HarnessModel.Successor<Node, In>> edges = model.successors(twoInFlight, inputs, false);

        assertThat(twoInFlight.inFlight()).hasSize(2);
        assertThat(edges).extracting(HarnessModel.Successor::input).containsExactly(0, 1, -1);
        assertThat(edges.get(2).letter()).isEqualTo(twoInFlight.inFlight().get(0));
        assertThat(edges.get(2).fate()).isEqualTo(EffectFate.DELIVERED);
    }

    @Test
    void bothExplorersRejectARouterThatNamesAnUnknownInstance() {
        EffectRouter<Out, In> astray = (from, effect) -> Optional.of(new Addressed<>(7, new Relay.Receive(from, "x")));
        SimHarness<Node, In, Out> harness = SimHarness.builder(Relay.MACHINE).seed(1).initialStates(Relay.nodes(3)).router(astray).build();
        HarnessModel<Node, In, Out> model = HarnessModel.of(Relay.MACHINE, astray, 3, EffectFaults.NONE);

        assertThatThrownBy(() -> harness.apply(0, new Send(1, "a"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("to instance 7, but there are instances [0, 3)");
        assertThatThrownBy(() -> model.successors(HarnessWorld.initial(Relay.nodes(3)), INPUTS, false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("to instance 7, but there are instances [0, 3)");
    }

    @Test
    void aModelWithoutInstancesIsRefusedNamingTheCount() {
        assertThatThrownBy(() -> HarnessModel.of(Relay.MACHINE, Relay.ROUTER, 0, EffectFaults.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 0");
    }
}
