package dev.simscaffold.core.harness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.explore.Strategy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * PCT, POS and the portfolio decide a harness's routed effects too (the oldest ready routed message, or the
 * next input?): on the golden routed run of {@link GoldenFingerprintTest} each makes other runs than the
 * default, which replay from seed and strategy.
 */
class StrategiesRoutingTest {

    @ParameterizedTest
    @ValueSource(strings = {"pct:1", "pct:3", "pos", "portfolio:pct:3,pos"})
    void aStrategyRoutesOtherwiseAndReplaysFromSeedAndStrategy(String name) {
        for (long seed : new long[] {0, 42, -1}) {
            long run = GoldenFingerprintTest.routedFingerprint(new SimContext(seed, Strategy.parse(name)));
            assertThat(run).as("seed %d", seed)
                    .isEqualTo(GoldenFingerprintTest.routedFingerprint(new SimContext(seed, Strategy.parse(name))))
                    .isNotEqualTo(GoldenFingerprintTest.routedFingerprint(new SimContext(seed)));
        }
    }
}
