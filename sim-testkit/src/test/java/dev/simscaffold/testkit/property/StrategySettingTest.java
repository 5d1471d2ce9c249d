package dev.simscaffold.testkit.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.explore.Strategy;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code ForAll.strategy} reaches the simulations a property builds on its stream, and is printed beside the
 * seed and in the replay command; {@code -Dsim.strategy} sets it from the command line.
 */
class StrategySettingTest {

    @AfterEach
    void clearProperties() {
        System.clearProperty("sim.seed");
        System.clearProperty("sim.strategy");
    }

    /** Records the strategy a try's simulation sees, and fails the tries whose first draw is even. */
    private static void failOnEven(SimContext context, List<Strategy> seen) {
        seen.add(context.strategy());
        if (context.random().nextLong(2) == 0) {
            throw new AssertionError("even");
        }
    }

    @Test
    void theReplayCommandNamesTheStrategyAndReplaysWithIt() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        List<Strategy> seen = new ArrayList<>();
        PropertyFailedError found = catchThrowableOfType(PropertyFailedError.class, () -> Properties.forAll(Gen.liveRandom())
                .seed(42).strategy(Strategy.pct(3)).printTo(out).check(random -> failOnEven(new SimContext(random), seen)));
        long failingSeed = found.result().failingSeed();

        assertThat(found.report()).contains("-Dsim.seed=" + failingSeed + " -Dsim.strategy=pct:3");
        assertThat(found.getMessage()).contains("-Dsim.seed=" + failingSeed + " -Dsim.strategy=pct:3");

        System.setProperty("sim.seed", Long.toString(failingSeed));
        System.setProperty("sim.strategy", "pct:3");
        seen.clear();
        PropertyFailedError replayed = catchThrowableOfType(PropertyFailedError.class, () -> Properties.forAll(Gen.liveRandom())
                .printTo(out).check(random -> failOnEven(new SimContext(random), seen)));

        assertThat(replayed.result().triesRun()).isEqualTo(1);
        assertThat(seen).first().isEqualTo(Strategy.pct(3));
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("strategy pct:3 (from -Dsim.strategy)");
    }

    @Test
    void anUnknownSimStrategyIsRefusedNamingIt() {
        System.setProperty("sim.strategy", "pct:zero");

        assertThatThrownBy(() -> Properties.forAll(Gen.liveRandom()).tries(1).printTo(System.out).check(random -> { }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-Dsim.strategy=pct:zero").hasMessageContaining("'zero'");
    }

    @Test
    void aPropertysStrategyReachesItsSimulationsAndIsPrintedBesideTheSeed() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        List<Strategy> seen = new ArrayList<>();
        Properties.forAll(Gen.liveRandom()).seed(42).tries(3).strategy(Strategy.randomWalk())
                .printTo(new PrintStream(printed, true, StandardCharsets.UTF_8))
                .check(random -> seen.add(new SimContext(random).strategy()));

        assertThat(seen).containsOnly(Strategy.randomWalk()).hasSize(3);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("base seed 42, strategy random-walk");
    }

    @Test
    void theDefaultStrategyIsUniformAndNotPrinted() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        List<Strategy> seen = new ArrayList<>();
        Properties.forAll(Gen.liveRandom()).seed(42).tries(1)
                .printTo(new PrintStream(printed, true, StandardCharsets.UTF_8))
                .check(random -> seen.add(new SimContext(random).strategy()));

        assertThat(seen).containsExactly(Strategy.uniform());
        assertThat(printed.toString(StandardCharsets.UTF_8)).doesNotContain("strategy");
    }
}
