package dev.simscaffold.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Exponential probing finds the largest n a monotone predicate holds for, in logarithmically many calls. */
class FindIntegerTest {

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 31, 32, 33, 1000, 2_000_000_000L})
    void findsTheLargestNThatHolds(long largest) {
        List<Long> asked = new ArrayList<>();
        long found = FindInteger.largest(Long.MAX_VALUE / 4, n -> {
            asked.add(n);
            return n <= largest;
        });

        assertThat(found).isEqualTo(largest);
        assertThat(asked).doesNotContain(0L).hasSizeLessThanOrEqualTo(8 + 2 * (64 - Long.numberOfLeadingZeros(largest + 1)));
    }

    @Test
    void neverAsksPastTheMaximum() {
        List<Long> asked = new ArrayList<>();

        long found = FindInteger.largest(37, n -> asked.add(n));

        assertThat(found).isEqualTo(37);
        assertThat(asked).allMatch(n -> n >= 1 && n <= 37);
        assertThat(FindInteger.largest(0, n -> true)).isZero();
        assertThat(FindInteger.largest(3, n -> true)).isEqualTo(3);
    }
}
