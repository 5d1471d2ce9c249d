package dev.simscaffold.testkit.property;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.explore.Strategy;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code ForAll.strategy} reaches the simulations a property builds on its stream, and is printed beside the seed. */
class StrategySettingTest {

    @Test
    void aPropertysStrategyReachesItsSimulationsAndIsPrintedBesideTheSeed() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        List<Strategy> seen = new ArrayList<>();
        Properties.forAll(Gen.liveRandom()).seed(42).tries(3).strategy(Strategy.randomWalk())
                .printTo(new PrintStream(printed, true, StandardCharsets.UTF_8))
                .check(random -> seen.add(new SimContext(random).strategy()));

        assertThat(seen).containsOnly(Strategy.randomWalk()).hasSize(3);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("base seed 42, strategy RandomWalkStrategy[]");
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
