package dev.simscaffold.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.fault.FaultConfig;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Known bugs shrink to their known minimal counterexamples, whatever the seed: the shrinker edits
 * choices only, so these tests pin that editing choices is enough to reach the textbook answers.
 */
class ShrinkingTest {

    private static <T> Falsified<T> falsify(Gen<T> gen, long seed, PropertyCheck<? super T> check) {
        PropertyResult<T> result = PropertyRunner.check(gen, PropertySettings.seeded(seed), check);
        assertThat(result).isInstanceOf(Falsified.class);
        return (Falsified<T>) result;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 1234567})
    void aListWithAnElementOfAtLeast100ShrinksToExactlyOneHundredAlone(long seed) {
        Falsified<List<Integer>> failure = falsify(Gen.lists(Gen.ints(0, 1000), 0, 50), seed, list -> {
            for (int x : list) {
                if (x >= 100) {
                    throw new AssertionError("element " + x + " >= 100");
                }
            }
        });

        assertThat(failure.shrunk().value()).containsExactly(100);
        assertThat(failure.original().value()).anyMatch(x -> x >= 100);
        assertThat(failure.shrinkSteps()).isPositive();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 1234567})
    void anIntSumThatOverflowsShrinksToTheBoundary(long seed) {
        Gen<int[]> pairs = Gen.zip(Gen.ints(Integer.MIN_VALUE, Integer.MAX_VALUE),
                Gen.ints(Integer.MIN_VALUE, Integer.MAX_VALUE), (a, b) -> new int[] {a, b});
        Falsified<int[]> failure = falsify(pairs, seed, pair -> {
            long exact = (long) pair[0] + pair[1];
            if (exact != pair[0] + pair[1]) {
                throw new ArithmeticException("overflow: " + pair[0] + " + " + pair[1]);
            }
        });

        int[] shrunk = failure.shrunk().value();
        assertThat(shrunk).containsExactly(1, Integer.MAX_VALUE);
    }

    @Test
    void aSwarmFaultConfigShrinksToTheOneFaultKindThatMatters() {
        Falsified<FaultConfig> failure = falsify(Gen.faultConfigs(), 5, config -> {
            if (config.effects().dropRate() > 0) {
                throw new AssertionError("drops enabled: " + config);
            }
        });

        FaultConfig shrunk = failure.shrunk().value();
        assertThat(shrunk.effects().dropRate()).isPositive();
        FaultConfig withoutDrops = shrunk.toBuilder().effects(e -> e.dropRate(0)).build();
        assertThat(withoutDrops).isEqualTo(FaultConfig.builder().network(n -> n.minDelayTicks(0).maxDelayTicks(0).maxPartitionTicks(1)).build());
        assertThat(failure.shrunk().choices().nonSimplest()).isLessThan(failure.original().choices().nonSimplest());
    }

    @Test
    void aGeneratorThatThrowsIsReportedAsTheFailure() {
        Gen<Integer> broken = Gen.ints(0, 100).map(x -> {
            if (x > 50) {
                throw new IllegalStateException("generator broke on " + x);
            }
            return x;
        });

        Falsified<Integer> failure = falsify(broken, 1, x -> { });

        assertThat(failure.shrunk().value()).isNull();
        assertThat(failure.shrunk().failure()).hasMessage("generator broke on 51");
    }
}
