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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A random run of {@link SimHarness} takes, at every move, one of the successors {@link HarnessModel} lists for
 * the world it is in (the edges the exhaustive search enumerates): each input's step, each letter's arrival
 * with its fate, each tick of time. Checked over many seeds under every effect fault, and shown to fail when
 * the model a run is held to leaves out a fate the harness draws.
 */
class RandomRunsFollowTheModelTest {

    private static final int INSTANCES = 3;
    private static final int SEEDS = 150;
    private static final int MOVES = 40;

    /** Every send between two different nodes, and one tick: the alphabet both explorers share. */
    private static List<WorldInput<In>> alphabet() {
        List<WorldInput<In>> inputs = new ArrayList<>();
        for (int from = 0; from < INSTANCES; from++) {
            for (int to = 0; to < INSTANCES; to++) {
                if (from != to) {
                    inputs.add(new WorldInput.Apply<>(from, new Send(to, "t")));
                }
            }
        }
        inputs.add(new WorldInput.Advance<>(1));
        return inputs;
    }

    /** How often runs took each fate of a letter; fails naming the first move the model does not list. */
    private static Map<EffectFate, Integer> followedEdges(EffectFaults harnessFaults, EffectFaults modelFaults) {
        List<WorldInput<In>> inputs = alphabet();
        HarnessModel<Node, In, Out> model = HarnessModel.of(Relay.MACHINE, Relay.ROUTER, INSTANCES, modelFaults);
        Map<EffectFate, Integer> fates = new EnumMap<>(EffectFate.class);
        for (long seed = 1; seed <= SEEDS; seed++) {
            List<HarnessWorld<Node, In>> worlds = new ArrayList<>();
            SimHarness<Node, In, Out> harness = SimHarness.builder(Relay.MACHINE).seed(seed).initialStates(Relay.nodes(INSTANCES))
                    .router(Relay.ROUTER).faults(FaultConfig.builder().effects(e -> e.dropRate(harnessFaults.dropRate())
                            .duplicateRate(harnessFaults.duplicateRate()).delayRate(harnessFaults.delayRate())
                            .minDelayTicks(harnessFaults.minDelayTicks()).maxDelayTicks(harnessFaults.maxDelayTicks())).build())
                    .observeWorlds(worlds::add).build();
            worlds.add(harness.world());
            SimRandom test = harness.context().fork("inputs");
            while (worlds.size() <= MOVES) {
                WorldInput<In> input = inputs.get(test.nextInt(inputs.size()));
                if (input instanceof WorldInput.Apply<In> apply) {
                    harness.apply(apply.instance(), apply.input());
                } else {
                    harness.advance(((WorldInput.Advance<In>) input).ticks());
                }
            }
            long run = seed;
            for (int i = 1; i < worlds.size(); i++) {
                HarnessWorld<Node, In> before = worlds.get(i - 1);
                HarnessWorld<Node, In> after = worlds.get(i);
                HarnessModel.Successor<Node, In> edge = model.successors(before, inputs, false).stream()
                        .filter(successor -> successor.next().equals(after)).findFirst()
                        .orElseThrow(() -> new AssertionError("seed " + run + ", move " + after + " from " + before
                                + " is none of the model's successors"));
                if (edge.fate() != null) {
                    fates.merge(edge.fate(), 1, Integer::sum);
                }
            }
        }
        return fates;
    }

    @Test
    void everyMoveOfARandomRunIsASuccessorOfItsWorld() {
        EffectFaults faults = new EffectFaults(0.2, 0.2, 0, 0, 0);
        Map<EffectFate, Integer> fates = followedEdges(faults, faults);

        assertThat(fates).as("runs took every fate the model lists").containsOnlyKeys(EffectFate.DELIVERED,
                EffectFate.DUPLICATED, EffectFate.DROPPED);
        assertThat(fates.values()).allSatisfy(count -> assertThat(count).isGreaterThan(50));
    }

    /** With delays any letter may arrive next and time may pass with letters in flight; a run still takes listed edges. */
    @Test
    void withDelaysEveryMoveIsStillASuccessor() {
        EffectFaults faults = new EffectFaults(0.2, 0.2, 0.5, 1, 2);
        Map<EffectFate, Integer> fates = followedEdges(faults, faults);

        assertThat(fates).containsOnlyKeys(EffectFate.DELIVERED, EffectFate.DUPLICATED, EffectFate.DROPPED);
    }

    /** The check can fail: held to a model without loss, a harness that loses letters takes an edge it does not list. */
    @Test
    void aRunHeldToAModelWithoutItsFaultsIsCaught() {
        assertThatThrownBy(() -> followedEdges(new EffectFaults(0.2, 0, 0, 0, 0), EffectFaults.NONE))
                .isInstanceOf(AssertionError.class).hasMessageContaining("is none of the model's successors");
    }

    /** The harness itself refuses a step its model does not list, instead of drifting from it. */
    @Test
    void theModelRefusesAnArrivalItDoesNotList() {
        HarnessModel<Node, In, Out> model = HarnessModel.of(Relay.MACHINE, Relay.ROUTER, INSTANCES, EffectFaults.NONE);

        assertThatThrownBy(() -> model.requireSuccessor(0, 2, EffectFate.DROPPED))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("letter 0 of 2 in flight is DROPPED");
        assertThatThrownBy(() -> model.requireSuccessor(1, 2, EffectFate.DELIVERED))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("it lets 1 arrive");
    }
}
