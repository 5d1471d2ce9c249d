package dev.simscaffold.core.harness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.explore.Strategy;
import dev.simscaffold.core.explore.ThroughTheSeam;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The harness's routing decision (the oldest ready routed message, or the next input?) goes through the
 * same seam as the network's: asked through it, the uniform chooser makes the golden routed runs of
 * {@link GoldenFingerprintTest}, and another strategy, taken from the context, makes other runs that
 * replay from their seed.
 */
@Tag("golden")
class RoutingThroughTheSeamTest {

    @Test
    void everyRoutedGoldenRunIsUnchangedThroughTheSeam() throws IOException {
        Map<String, String> golden = GoldenFingerprintTest.read();
        for (long seed : new long[] {0, 42, -1}) {
            long fingerprint = GoldenFingerprintTest.routedFingerprint(new SimContext(seed, new ThroughTheSeam(Strategy.uniform())));
            assertThat(String.format("%016x", fingerprint)).as("seed %d", seed).isEqualTo(golden.get("harness.routed.seed" + seed));
        }
    }

    @Test
    void aRandomWalkRoutesOtherwiseAndReplaysFromItsSeed() {
        long walk = GoldenFingerprintTest.routedFingerprint(new SimContext(42, Strategy.randomWalk()));
        assertThat(walk)
                .isEqualTo(GoldenFingerprintTest.routedFingerprint(new SimContext(42, Strategy.randomWalk())))
                .isNotEqualTo(GoldenFingerprintTest.routedFingerprint(new SimContext(42)));
    }
}
