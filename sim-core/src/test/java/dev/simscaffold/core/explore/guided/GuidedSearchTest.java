package dev.simscaffold.core.explore.guided;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Measures (not a pass/fail test yet). */
class GuidedSearchTest {

    @Test
    void measure() {
        for (double share : new double[] {0, 0.5}) {
            long[] tries = LongStream.rangeClosed(1, 30).map(base -> {
                GuidedResult r = GuidedSearch.run(GuidedSettings.seeded(base, 400).withMutationShare(share), DuplicateCounter::once);
                return r.failure().map(GuidedFailure::tryNumber).orElse(401);
            }).sorted().toArray();
            System.out.println("share " + share + ": " + java.util.Arrays.toString(tries));
        }
        assertThat(true).isTrue();
    }
}
