package dev.simscaffold.testkit.exhaustive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.fault.EffectFaults;
import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.harness.HarnessModel;
import dev.simscaffold.core.harness.HarnessWorld;
import dev.simscaffold.core.harness.SimHarness;
import dev.simscaffold.core.harness.WorldInput;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.trace.TraceMode;
import dev.simscaffold.testkit.fixtures.Token;
import dev.simscaffold.testkit.fixtures.Token.Handoff;
import dev.simscaffold.testkit.fixtures.Token.Holder;
import dev.simscaffold.testkit.fixtures.Token.Input;
import dev.simscaffold.testkit.fixtures.Token.Pass;
import dev.simscaffold.testkit.scenario.Action;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The harness's two explorers agree on what can happen: the worlds random {@link SimHarness} runs reach within
 * a number of moves are among the worlds {@link ExhaustiveSearch} enumerates to that depth and, for a small
 * model, over enough seeds, are exactly those worlds. Both sets are {@link HarnessModel}'s; the search's count
 * is checked against a plain breadth-first closure of {@link HarnessModel#successors}, so the set compared is
 * the one the search explores.
 */
class RandomRunsAndSearchAgreeTest {

    private static final int INSTANCES = 3;
    private static final int DEPTH = 5;
    private static final int SEEDS = 10_000;

    /** Every pass of the token between two different instances; no time, so the state space stays small. */
    private static List<Action<Input>> alphabet() {
        List<Action<Input>> actions = new ArrayList<>();
        for (int from = 0; from < INSTANCES; from++) {
            for (int to = 0; to < INSTANCES; to++) {
                if (from != to) {
                    actions.add(Action.apply(from, new Pass(to)));
                }
            }
        }
        return actions;
    }

    private static List<WorldInput<Input>> inputs() {
        return alphabet().stream().<WorldInput<Input>>map(action -> {
            Action.Apply<Input> apply = (Action.Apply<Input>) action;
            return new WorldInput.Apply<>(apply.instance(), apply.input());
        }).toList();
    }

    /** Every world within {@code DEPTH} moves of the start, by the model's successors. */
    private static Set<HarnessWorld<Holder, Input>> enumerated(EffectFaults faults) {
        HarnessModel<Holder, Input, Handoff> model = HarnessModel.of(Token.CORRECT, Token.ROUTER, INSTANCES, faults);
        Set<HarnessWorld<Holder, Input>> seen = new HashSet<>();
        List<HarnessWorld<Holder, Input>> level = List.of(HarnessWorld.initial(Token.start(INSTANCES)));
        seen.addAll(level);
        for (int depth = 0; depth < DEPTH; depth++) {
            List<HarnessWorld<Holder, Input>> next = new ArrayList<>();
            for (HarnessWorld<Holder, Input> world : level) {
                for (HarnessModel.Successor<Holder, Input> edge : model.successors(world, inputs(), false)) {
                    if (seen.add(edge.next())) {
                        next.add(edge.next());
                    }
                }
            }
            level = next;
        }
        long searched = ExhaustiveSearch.builder(Token.CORRECT).initialStates(Token.start(INSTANCES)).alphabet(alphabet())
                .router(Token.ROUTER).faults(faults).expect(Token.AT_MOST_ONE_HOLDER).depth(DEPTH).build().run().assertHolds()
                .statesExplored();
        assertThat(seen).as("the worlds ExhaustiveSearch explores to depth %d", DEPTH).hasSize((int) searched);
        return seen;
    }

    /** Every world random runs pass through within their first {@code DEPTH} moves, over {@code SEEDS} seeds. */
    private static Set<HarnessWorld<Holder, Input>> sampled(EffectFaults faults) {
        List<Action<Input>> actions = alphabet();
        Set<HarnessWorld<Holder, Input>> reached = new HashSet<>();
        for (long seed = 1; seed <= SEEDS; seed++) {
            List<HarnessWorld<Holder, Input>> worlds = new ArrayList<>();
            SimHarness<Holder, Input, Handoff> harness = SimHarness.builder(Token.CORRECT).seed(seed)
                    .initialStates(Token.start(INSTANCES)).router(Token.ROUTER).faults(config(faults))
                    .traceMode(TraceMode.FINGERPRINT_ONLY).observeWorlds(worlds::add).build();
            worlds.add(harness.world());
            SimRandom test = harness.context().fork("inputs");
            while (worlds.size() <= DEPTH) {
                Action.Apply<Input> apply = (Action.Apply<Input>) actions.get(test.nextInt(actions.size()));
                harness.apply(apply.instance(), apply.input());
            }
            reached.addAll(worlds.subList(0, DEPTH + 1));
        }
        return reached;
    }

    private static FaultConfig config(EffectFaults faults) {
        return FaultConfig.builder().effects(e -> e.dropRate(faults.dropRate()).duplicateRate(faults.duplicateRate())
                .delayRate(faults.delayRate()).minDelayTicks(faults.minDelayTicks()).maxDelayTicks(faults.maxDelayTicks())).build();
    }

    /** The sampled worlds are the enumerated ones; on failure names only the worlds one side lacks. */
    private static void assertSame(Set<HarnessWorld<Holder, Input>> sampled, Set<HarnessWorld<Holder, Input>> enumerated) {
        Set<HarnessWorld<Holder, Input>> unlisted = new HashSet<>(sampled);
        unlisted.removeAll(enumerated);
        Set<HarnessWorld<Holder, Input>> unreached = new HashSet<>(enumerated);
        unreached.removeAll(sampled);
        assertThat(unlisted).as("worlds random runs reached that the search does not enumerate").isEmpty();
        assertThat(unreached).as("of %d enumerated worlds, random runs over %d seeds never reached", enumerated.size(), SEEDS)
                .isEmpty();
    }

    @Test
    void withoutFaultsRandomRunsReachExactlyTheWorldsTheSearchEnumerates() {
        Set<HarnessWorld<Holder, Input>> enumerated = enumerated(EffectFaults.NONE);

        assertSame(sampled(EffectFaults.NONE), enumerated);
    }

    /** Losses are the fate where the two once disagreed: a letter lost when sent left a world the model never lists. */
    @Test
    void withLossesRandomRunsReachExactlyTheWorldsTheSearchEnumerates() {
        EffectFaults drops = new EffectFaults(0.3, 0, 0, 0, 0);
        Set<HarnessWorld<Holder, Input>> enumerated = enumerated(drops);

        assertThat(enumerated.size()).as("losses add worlds").isGreaterThan(enumerated(EffectFaults.NONE).size());
        assertSame(sampled(drops), enumerated);
    }

    /**
     * Under every fault random runs stay inside what the search enumerates. Not all of it: the model may
     * duplicate a copy again, the harness draws one copy per duplicated effect, and a delayed letter waits for
     * time, which this alphabet never passes.
     */
    @Test
    void underEveryFaultRandomRunsReachOnlyWorldsTheSearchEnumerates() {
        EffectFaults everyFate = new EffectFaults(0.2, 0.2, 0.2, 1, 1);
        Set<HarnessWorld<Holder, Input>> enumerated = enumerated(everyFate);
        Set<HarnessWorld<Holder, Input>> sampled = sampled(everyFate);

        assertThat(enumerated).containsAll(sampled);
        assertThat(sampled).hasSizeGreaterThan(enumerated.size() / 4);
    }
}
