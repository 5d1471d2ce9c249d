package dev.simscaffold.core.net;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.explore.Strategy;
import dev.simscaffold.core.explore.ThroughTheSeam;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The uniform strategy's chooser, asked at every event through the exploration seam (enabled events
 * computed under their windows, the pick removed from anywhere in the queue), makes exactly the golden
 * runs of {@link NetworkFingerprintTest}, whose default path is a plain heap pop.
 */
@Tag("golden")
class UniformThroughTheSeamTest {

    @Test
    void everyNetworkGoldenRunIsUnchangedThroughTheSeam() throws IOException {
        List<String> expected = NetworkFingerprintTest.golden();
        List<String> actual = new ArrayList<>();
        for (long seed = 1; seed <= expected.size(); seed++) {
            actual.add(NetworkFingerprintTest.scenario(seed, new ThroughTheSeam(Strategy.uniform())));
        }
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void aRandomWalkChangesTheGoldenRuns() {
        assertThat(NetworkFingerprintTest.scenario(1, Strategy.randomWalk())).isNotEqualTo(NetworkFingerprintTest.scenario(1));
    }
}
