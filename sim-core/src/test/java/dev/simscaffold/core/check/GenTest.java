package dev.simscaffold.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.random.SimRandom;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GenTest {

    private static <T> List<T> sample(Gen<T> gen, int count) {
        SimRandom random = SimRandom.seeded(2024);
        List<T> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            values.add(gen.draw(random));
        }
        return values;
    }

    private static <T> T simplest(Gen<T> gen) {
        return PropertyRunner.replay(gen, ChoiceSequence.EMPTY, 0);
    }

    @Test
    void integersStayInTheirRangeAndReachBothEnds() {
        assertThat(sample(Gen.ints(-3, 3), 500)).allMatch(x -> x >= -3 && x <= 3).contains(-3, 3);
        assertThat(sample(Gen.longs(Long.MIN_VALUE, Long.MAX_VALUE), 200))
                .anyMatch(x -> x > Long.MAX_VALUE / 2).anyMatch(x -> x < Long.MIN_VALUE / 2).anyMatch(x -> Math.abs(x) < 16);
        assertThat(sample(Gen.longs(Long.MIN_VALUE + 1, Long.MAX_VALUE - 1), 200)).doesNotContain(Long.MIN_VALUE, Long.MAX_VALUE);
        assertThat(sample(Gen.ints(7, 7), 10)).containsOnly(7);
    }

    @Test
    void theSimplestValuesAreTheTargetsAndTheFirstOptions() {
        assertThat(simplest(Gen.ints(-50, 50))).isZero();
        assertThat(simplest(Gen.ints(10, 20))).isEqualTo(10);
        assertThat(simplest(Gen.ints(-20, -10))).isEqualTo(-10);
        assertThat(simplest(Gen.ints(0, 100, 42))).isEqualTo(42);
        assertThat(simplest(Gen.longs(Long.MIN_VALUE, Long.MAX_VALUE, 5))).isEqualTo(5);
        assertThat(simplest(Gen.booleans(0.9))).isFalse();
        assertThat(simplest(Gen.pick("a", "b", "c"))).isEqualTo("a");
        assertThat(simplest(Gen.oneOf(Gen.constant("x"), Gen.constant("y")))).isEqualTo("x");
        assertThat(simplest(Gen.frequency(List.of(Weighted.of(1, Gen.constant("rare")), Weighted.of(9, Gen.constant("common"))))))
                .isEqualTo("rare");
        assertThat(simplest(Gen.lists(Gen.ints(5, 9), 2, 10))).containsExactly(5, 5);
    }

    @Test
    void listsRespectTheirSizeBounds() {
        assertThat(sample(Gen.lists(Gen.booleans(), 2, 4), 300)).allMatch(l -> l.size() >= 2 && l.size() <= 4)
                .anyMatch(l -> l.size() == 2).anyMatch(l -> l.size() == 4);
    }

    @Test
    void frequencyFollowsTheWeights() {
        List<String> values = sample(Gen.frequency(List.of(Weighted.of(1, Gen.constant("rare")), Weighted.of(9, Gen.constant("common")))), 1000);
        long rare = values.stream().filter("rare"::equals).count();

        assertThat(rare).isBetween(50L, 150L);
    }

    @Test
    void combinatorsComposeValues() {
        Gen<String> pairs = Gen.zip(Gen.ints(1, 9), Gen.pick("a", "b"), (n, s) -> s + n);
        Gen<List<Integer>> sized = Gen.ints(1, 5).flatMap(n -> Gen.lists(Gen.constant(n), n, n));

        assertThat(sample(pairs, 50)).allMatch(s -> s.matches("[ab][1-9]"));
        assertThat(sample(sized, 50)).allMatch(l -> l.size() == l.get(0));
        assertThat(sample(Gen.ints(0, 100).filter("even", x -> x % 2 == 0), 50)).allMatch(x -> x % 2 == 0);
        assertThat(sample(Gen.sequence(List.of(Gen.constant(1), Gen.ints(2, 2))), 1)).containsExactly(List.of(1, 2));
        assertThat(sample(Gen.of(random -> random.nextInt(3)), 100)).containsOnly(0, 1, 2);
    }

    @Test
    void impossibleConfigurationsFailNamingTheValues() {
        assertThatThrownBy(() -> Gen.ints(5, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("min must be <= max, got min=5 > max=1");
        assertThatThrownBy(() -> Gen.longs(0, 10, 11)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("target must be in [min, max] = [0, 10], got 11");
        assertThatThrownBy(() -> Gen.lists(Gen.booleans(), 3, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("minSize=3 > maxSize=2");
        assertThatThrownBy(() -> Gen.lists(Gen.booleans(), -1, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("minSize must be >= 0, got -1");
        assertThatThrownBy(() -> Gen.booleans(1.5)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.5");
        assertThatThrownBy(() -> Gen.pick(List.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pick");
        assertThatThrownBy(() -> Weighted.of(0, Gen.constant(1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("weight must be >= 1, got 0");
    }

    @Test
    void aFilterThatRejectsEverythingDiscardsWithItsLabel() {
        Gen<Integer> never = Gen.ints(0, 10).filter("negative", x -> x < 0);

        assertThatThrownBy(() -> never.draw(SimRandom.seeded(1))).isInstanceOf(Discard.class)
                .hasMessageContaining("filter \"negative\" rejected 100 values in a row");
    }
}
