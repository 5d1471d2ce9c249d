package dev.simscaffold.testkit.planted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.harness.HarnessView;
import dev.simscaffold.core.harness.SimHarness;
import dev.simscaffold.core.net.NetworkView;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.testkit.fixtures.RumorNode;
import dev.simscaffold.testkit.fixtures.Tally;
import dev.simscaffold.testkit.fixtures.Tally.Add;
import dev.simscaffold.testkit.fixtures.Tally.Reported;
import dev.simscaffold.testkit.fixtures.Tally.Total;
import dev.simscaffold.testkit.property.PropertyFailedError;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

class PlantedBugTest {

    private static final String BELOW_TEN = Tally.below(10).name();

    /** Adds four times the seed: seeds 1 and 2 stay below ten, seed 3 is the first to break it, at step 1. */
    private static final LongConsumer BREAKS_FROM_SEED_THREE = seed -> Tally.harness(seed, FaultConfig.none(), 10).apply(0, new Add(4 * seed));

    @Test
    void theFirstViolatingSeedIsFoundAndReplayed() {
        // DOCS:begin docs/guide/07-sweeps-campaigns-and-ci.md
        InvariantViolationError caught = PlantedBug.searching(20, BREAKS_FROM_SEED_THREE).assertCaughtBy(BELOW_TEN);
        // DOCS:end

        assertThat(caught.seed()).isEqualTo(3);
        assertThat(caught.step()).isEqualTo(1);
        assertThat(caught.violations()).containsExactly("total 12");
    }

    @Test
    void theIntendedCheckMayBeGivenAsTheExpectationItself() {
        InvariantViolationError caught = PlantedBug.searching(20, BREAKS_FROM_SEED_THREE).assertCaughtBy(Tally.below(10));

        assertThat(caught.invariant()).isEqualTo(BELOW_TEN);
        assertThat(caught.seed()).isEqualTo(3);
    }

    /** Node 0 never gossips past a partition, so "everyone knows alpha" misses every deadline. */
    private static final Expectation<NetworkView<RumorNode.Rumors>> EVERYONE_KNOWS_ALPHA = Expectation.eventually("every node knows alpha",
            nodes -> nodes.byId(RumorNode.class).entrySet().stream()
                    .filter(node -> !node.getValue().known().contains("alpha")).map(node -> node.getKey() + " does not").toList());

    @Test
    void anEventuallyExpectationIsLookedForUnderTheNameAwaitLivenessGivesIt() {
        InvariantViolationError caught = PlantedBug.searching(3, seed -> {
            SimNetwork<RumorNode.Rumors> net = SimNetwork.nodes(2, (id, random, now) -> new RumorNode(id, 2)).seed(seed).build();
            net.invoke(NodeId.of(0), RumorNode.class, "hear alpha", node -> node.hear("alpha"));
            net.partition(List.of(NodeId.of(0)), List.of(NodeId.of(1)));
            net.awaitLiveness(EVERYONE_KNOWS_ALPHA, 20);
        }).assertCaughtBy(EVERYONE_KNOWS_ALPHA);

        assertThat(caught.invariant()).isEqualTo("liveness: every node knows alpha");
        assertThat(caught.seed()).isEqualTo(1);
    }

    @Test
    void aSometimesExpectationCatchesNothingAndIsRefused() {
        Expectation<HarnessView<Total>> reached = Expectation.sometimes("a total reaches 12", view -> view.state(0).value() == 12);

        assertThatThrownBy(() -> PlantedBug.searching(20, BREAKS_FROM_SEED_THREE).assertCaughtBy(reached))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sometimes \"a total reaches 12\"");
    }

    @Test
    void aBugCaughtByAnotherInvariantFailsNamingBoth() {
        assertThatThrownBy(() -> PlantedBug.searching(20, BREAKS_FROM_SEED_THREE).assertCaughtBy("totals stay even"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("seed 3 exposed the planted bug, but through \"totals stay below 10\", not the intended \"totals stay even\"");
    }

    @Test
    void aBugNoSeedExposesFails() {
        assertCaughtBelowTenFails(2, BREAKS_FROM_SEED_THREE).hasMessageStartingWith("no seed in 1..2 exposed the planted bug");
    }

    /** A run that fails only the first time it meets a seed cannot be debugged from its report. */
    @Test
    void aFailureThatDoesNotReplayFails() {
        AtomicInteger runs = new AtomicInteger();
        LongConsumer flaky = seed -> Tally.harness(seed, FaultConfig.none(), 10).apply(0, new Add(runs.incrementAndGet() == 1 ? 10 : 1));

        assertCaughtBelowTenFails(5, flaky).hasMessage("seed 1 exposed the planted bug once, but ran clean when replayed: the run is not deterministic");
    }

    @Test
    void aReplayAtAnotherStepFails() {
        AtomicInteger runs = new AtomicInteger();
        LongConsumer drifting = seed -> {
            SimHarness<Total, Add, Reported> harness = Tally.harness(seed, FaultConfig.none(), 10);
            if (runs.incrementAndGet() > 1) {
                harness.apply(1, new Add(1));
            }
            harness.apply(0, new Add(10));
        };

        assertCaughtBelowTenFails(5, drifting).hasMessageStartingWith("seed 1 did not replay its failure: step 1 became step 2");
    }

    @Test
    void aSweepReportsTheBugWithTheReplayCommandOfTheCallingTestAndATraceFile() {
        String report = PlantedBug.searching(20, BREAKS_FROM_SEED_THREE).assertSweepReports("planted-tally", BELOW_TEN);

        assertThat(report).startsWith("sweep planted-tally: 1 of 3 seeds failed")
                .contains("-Dtest='PlantedBugTest#aSweepReportsTheBugWithTheReplayCommandOfTheCallingTestAndATraceFile' -Dsim.seed=3")
                .contains("full trace: " + Path.of("target", "sim-traces",
                        "PlantedBugTest.aSweepReportsTheBugWithTheReplayCommandOfTheCallingTestAndATraceFile.seed_3.txt"));
    }

    @Test
    void aSweepThatPassesFails() {
        assertThatThrownBy(() -> PlantedBug.searching(2, BREAKS_FROM_SEED_THREE).assertSweepReports("planted-tally-clean", BELOW_TEN))
                .isInstanceOf(AssertionError.class)
                .hasMessage("sweep planted-tally-clean over seeds 1..2 passed despite the planted bug");
    }

    @Test
    void aShrinkingPropertyCatchesTheBugAndNamesItsSeed() {
        PropertyFailedError failure = PlantedBug.assertPropertyCatches(BELOW_TEN, random -> {
            SimHarness<Total, Add, Reported> harness = SimHarness.builder(Tally.MACHINE)
                    .context(new SimContext(random)).instances(1, new Total(0)).expect(Tally.below(10)).build();
            for (int i = 0; i < 5; i++) {
                harness.apply(0, new Add(random.nextLong(6)));
            }
        });

        assertThat(failure.result().seed()).isEqualTo(PlantedBug.PROPERTY_SEED);
        assertThat(failure.getMessage()).contains("aShrinkingPropertyCatchesTheBugAndNamesItsSeed");
    }

    @Test
    void aPropertyThatCatchesAnotherFailureOrNothingFails() {
        assertThatThrownBy(() -> PlantedBug.assertPropertyCatches(BELOW_TEN, random -> {
            throw new IllegalStateException("not an invariant");
        })).isInstanceOf(AssertionError.class).hasMessageContaining("not the intended invariant \"totals stay below 10\"");
        assertThatThrownBy(() -> PlantedBug.assertPropertyCatches(BELOW_TEN, random -> random.nextLong(6)))
                .isInstanceOf(AssertionError.class)
                .hasMessage("the property passed despite the planted bug, which \"totals stay below 10\" should catch");
    }

    @Test
    void anEmptySearchIsRefused() {
        assertThatThrownBy(() -> PlantedBug.searching(0, BREAKS_FROM_SEED_THREE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a planted bug needs at least one seed to search, got seeds=0");
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> assertCaughtBelowTenFails(int seeds, LongConsumer run) {
        return assertThatThrownBy(() -> PlantedBug.searching(seeds, run).assertCaughtBy(BELOW_TEN)).isInstanceOf(AssertionError.class);
    }
}
