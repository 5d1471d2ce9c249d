package dev.simscaffold.core.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Statistical sanity and contract tests. The chi-square bounds are the 0.1% critical values; with fixed
 * seeds the outcome is deterministic, so these tests can never flake, but a biased generator or a
 * modulo-biased {@code nextInt} fails them.
 */
class SimRandomTest {

    private static final double CHI_SQUARE_9_DOF_P001 = 27.877;
    private static final double CHI_SQUARE_5_DOF_P001 = 20.515;
    private static final double CHI_SQUARE_99_DOF_P001 = 148.230;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 1_000_003})
    void nextIntIsUniformOverItsBuckets(long seed) {
        SimRandom random = SimRandom.seeded(seed);
        long[] counts = new long[10];
        int draws = 100_000;
        for (int i = 0; i < draws; i++) {
            counts[random.nextInt(10)]++;
        }
        assertThat(chiSquare(counts, draws)).isLessThan(CHI_SQUARE_9_DOF_P001);
    }

    /** A bound just above 2^62 makes modulo reduction visibly biased: values below 2^62 would be twice as likely. */
    @Test
    void largeBoundsHaveNoModuloBias() {
        SimRandom random = SimRandom.seeded(11);
        long bound = (1L << 62) + (1L << 61);
        long[] counts = new long[3];
        int draws = 60_000;
        for (int i = 0; i < draws; i++) {
            long value = random.nextLong(bound);
            assertThat(value).isBetween(0L, bound - 1);
            counts[(int) (value / (1L << 61))]++;
        }
        double chi = chiSquare(counts, draws);
        assertThat(chi).as("chi-square over thirds of the range").isLessThan(13.816);
    }

    @ParameterizedTest
    @ValueSource(longs = {5, 6, 7})
    void nextDoubleIsUniformOnTheUnitInterval(long seed) {
        SimRandom random = SimRandom.seeded(seed);
        long[] counts = new long[100];
        int draws = 200_000;
        for (int i = 0; i < draws; i++) {
            double value = random.nextDouble();
            assertThat(value).isGreaterThanOrEqualTo(0.0).isLessThan(1.0);
            counts[(int) (value * 100)]++;
        }
        assertThat(chiSquare(counts, draws)).isLessThan(CHI_SQUARE_99_DOF_P001);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.01, 0.25, 0.5, 0.9})
    void chanceMatchesItsProbabilityWithinFiveSigma(double p) {
        SimRandom random = SimRandom.seeded(99);
        int draws = 100_000;
        int hits = 0;
        for (int i = 0; i < draws; i++) {
            hits += random.chance(p) ? 1 : 0;
        }
        double sigma = Math.sqrt(draws * p * (1 - p));
        assertThat((double) hits).isCloseTo(draws * p, Offset.offset(5 * sigma));
    }

    @Test
    void chanceAtTheEdgesIsCertain() {
        SimRandom random = SimRandom.seeded(3);
        for (int i = 0; i < 1_000; i++) {
            assertThat(random.chance(0.0)).isFalse();
            assertThat(random.chance(1.0)).isTrue();
        }
    }

    /** A fault that is off must not move its stream: the next draw is the one a stream that never asked would make. */
    @Test
    void aZeroRateOccursNeverAndDrawsNothing() {
        SimRandom asked = SimRandom.seeded(21);
        SimRandom untouched = SimRandom.seeded(21);

        for (int i = 0; i < 100; i++) {
            assertThat(asked.occurs(0.0)).isFalse();
        }
        assertThat(asked.nextLong()).isEqualTo(untouched.nextLong());
        assertThat(asked.occurs(1.0)).isTrue();
        assertThat(asked.nextLong()).isNotEqualTo(untouched.nextLong());
        assertThatThrownBy(() -> asked.occurs(-0.1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("probability must be in [0, 1], got -0.1");
    }

    @Test
    void shuffleProducesEveryPermutationEquallyOften() {
        SimRandom random = SimRandom.seeded(17);
        TreeMap<String, Long> counts = new TreeMap<>();
        int draws = 60_000;
        for (int i = 0; i < draws; i++) {
            counts.merge(random.shuffle(List.of("a", "b", "c")).toString(), 1L, Long::sum);
        }
        assertThat(counts).hasSize(6);
        long[] buckets = counts.values().stream().mapToLong(Long::longValue).toArray();
        assertThat(chiSquare(buckets, draws)).isLessThan(CHI_SQUARE_5_DOF_P001);
    }

    @Test
    void shuffleLeavesItsArgumentAlone() {
        List<Integer> original = new ArrayList<>(List.of(1, 2, 3, 4, 5));
        List<Integer> shuffled = SimRandom.seeded(1).shuffle(original);
        assertThat(original).containsExactly(1, 2, 3, 4, 5);
        assertThat(shuffled).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
        assertThatThrownBy(() -> shuffled.add(6)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void pickDrawsEveryOptionAndRejectsAnEmptyList() {
        SimRandom random = SimRandom.seeded(5);
        TreeMap<String, Integer> seen = new TreeMap<>();
        for (int i = 0; i < 300; i++) {
            seen.merge(random.pick(List.of("x", "y", "z")), 1, Integer::sum);
        }
        assertThat(seen).containsOnlyKeys("x", "y", "z");
        assertThatThrownBy(() -> random.pick(List.of())).hasMessageContaining("empty");
    }

    @Test
    void betweenCoversItsClosedRangeIncludingExtremes() {
        SimRandom random = SimRandom.seeded(8);
        boolean sawMin = false;
        boolean sawMax = false;
        for (int i = 0; i < 2_000; i++) {
            long value = random.between(-3, 3);
            assertThat(value).isBetween(-3L, 3L);
            sawMin |= value == -3;
            sawMax |= value == 3;
        }
        assertThat(sawMin).isTrue();
        assertThat(sawMax).isTrue();
        assertThat(random.between(7, 7)).isEqualTo(7);
        long wide = random.between(Long.MIN_VALUE + 5, Long.MAX_VALUE - 5);
        assertThat(wide).isBetween(Long.MIN_VALUE + 5, Long.MAX_VALUE - 5);
        random.between(Long.MIN_VALUE, Long.MAX_VALUE);
    }

    @Test
    void invalidArgumentsAreRejectedNamingTheValue() {
        SimRandom random = SimRandom.seeded(1);
        assertThatThrownBy(() -> random.nextInt(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 0");
        assertThatThrownBy(() -> random.nextLong(-4)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-4");
        assertThatThrownBy(() -> random.between(5, 4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("min=5").hasMessageContaining("max=4");
        assertThatThrownBy(() -> random.chance(1.5)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.5");
        assertThatThrownBy(() -> random.chance(-0.1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-0.1");
        assertThatThrownBy(() -> random.chance(Double.NaN)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
    }

    @Test
    void sameSeedSameStream() {
        SimRandom a = SimRandom.seeded(123);
        SimRandom b = SimRandom.seeded(123);
        for (int i = 0; i < 1_000; i++) {
            assertThat(a.nextLong()).isEqualTo(b.nextLong());
        }
    }

    @Test
    void forkingDrawsNothingFromTheParent() {
        SimRandom untouched = SimRandom.seeded(77);
        SimRandom forked = SimRandom.seeded(77);
        forked.fork("inputs").nextLong();
        forked.fork("faults").nextLong();
        for (int i = 0; i < 100; i++) {
            assertThat(forked.nextLong()).isEqualTo(untouched.nextLong());
        }
    }

    @Test
    void aForkDependsOnlyOnTheParentSeedAndThePurpose() {
        SimRandom parent = SimRandom.seeded(77);
        long first = parent.fork("node-1").nextLong();
        parent.nextLong();
        parent.fork("node-2").nextLong();
        assertThat(parent.fork("node-1").nextLong()).isEqualTo(first);
        assertThat(SimRandom.seeded(78).fork("node-1").nextLong()).isNotEqualTo(first);
    }

    /** Sibling forks must look independent: their paired outputs show no linear correlation. */
    @Test
    void siblingForksAreUncorrelated() {
        SimRandom parent = SimRandom.seeded(2024);
        SimRandom a = parent.fork("a");
        SimRandom b = parent.fork("b");
        SimRandom nested = parent.fork("a").fork("a");
        int n = 50_000;
        double[] xs = new double[n];
        double[] ys = new double[n];
        double[] zs = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = a.nextDouble();
            ys[i] = b.nextDouble();
            zs[i] = nested.nextDouble();
        }
        double bound = 5 / Math.sqrt(n);
        assertThat(Math.abs(correlation(xs, ys))).isLessThan(bound);
        assertThat(Math.abs(correlation(xs, zs))).isLessThan(bound);
    }

    private static double chiSquare(long[] counts, long draws) {
        double expected = (double) draws / counts.length;
        double sum = 0;
        for (long count : counts) {
            double diff = count - expected;
            sum += diff * diff / expected;
        }
        return sum;
    }

    private static double correlation(double[] xs, double[] ys) {
        double mx = 0;
        double my = 0;
        for (int i = 0; i < xs.length; i++) {
            mx += xs[i];
            my += ys[i];
        }
        mx /= xs.length;
        my /= ys.length;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < xs.length; i++) {
            sxy += (xs[i] - mx) * (ys[i] - my);
            sxx += (xs[i] - mx) * (xs[i] - mx);
            syy += (ys[i] - my) * (ys[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
