package dev.simscaffold.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Integer generators find the bugs that live at special values, which uniform draws from a wide range
 * never hit: two equal values, two nearly equal ones, the ends of the range and zero. Each property is
 * run from 100 base seeds and must be falsified within 200 tries from at least 95 of them; the shrunk
 * counterexample is the simplest one.
 */
class BiasedIntegersTest {

    private static final Gen<List<Integer>> PAIRS = Gen.lists(Gen.ints(1, Integer.MAX_VALUE), 2, 2);

    @Test
    void twoEqualValuesAreFound() {
        assertFoundFromMostSeeds(PAIRS, pair -> pair.get(0).equals(pair.get(1)));
        assertThat(shrunk(PAIRS, pair -> pair.get(0).equals(pair.get(1)))).containsExactly(1, 1);
    }

    @Test
    void twoNearlyEqualValuesAreFound() {
        Predicate<List<Integer>> near = pair -> Math.abs((long) pair.get(0) - pair.get(1)) < 10;
        assertFoundFromMostSeeds(PAIRS, near);
    }

    @Test
    void theTopOfTheRangeIsFound() {
        Gen<Integer> ints = Gen.ints(1, Integer.MAX_VALUE);
        assertFoundFromMostSeeds(ints, x -> x == Integer.MAX_VALUE);
        assertFoundFromMostSeeds(Gen.longs(Long.MIN_VALUE, Long.MAX_VALUE), x -> x == Long.MIN_VALUE);
    }

    @Test
    void zeroAndItsNeighboursAreFound() {
        Gen<Integer> ints = Gen.ints(Integer.MIN_VALUE, Integer.MAX_VALUE);
        assertFoundFromMostSeeds(ints, x -> x == 0);
        assertFoundFromMostSeeds(ints, x -> x == -1);
    }

    @Test
    void everyValueOfASmallRangeIsDrawnAndTheTargetIsStillTheSimplest() {
        assertThat(shrunk(Gen.ints(-1000, 1000), x -> x <= -700)).isEqualTo(-700);
        assertThat(shrunk(Gen.ints(0, 1000), x -> x >= 100)).isEqualTo(100);
        assertThat(shrunk(Gen.ints(0, 1000, 500), x -> x < 200)).isEqualTo(199);
    }

    private static <T> void assertFoundFromMostSeeds(Gen<T> gen, Predicate<T> bug) {
        int found = 0;
        for (long seed = 1; seed <= 100; seed++) {
            PropertyResult<T> result = PropertyRunner.check(gen, PropertySettings.seeded(seed).withMaxShrinkAttempts(0), value -> {
                if (bug.test(value)) {
                    throw new AssertionError("bug at " + value);
                }
            });
            if (result instanceof Falsified<T>) {
                found++;
            }
        }
        assertThat(found).as("base seeds of 100 whose 200 tries found the bug").isGreaterThanOrEqualTo(95);
    }

    private static <T> T shrunk(Gen<T> gen, Predicate<T> bug) {
        PropertyResult<T> result = PropertyRunner.check(gen, PropertySettings.seeded(7), value -> {
            if (bug.test(value)) {
                throw new AssertionError("bug at " + value);
            }
        });
        assertThat(result).isInstanceOf(Falsified.class);
        return ((Falsified<T>) result).shrunk().value();
    }
}
