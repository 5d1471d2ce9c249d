package dev.simscaffold.core.net;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.explore.Strategy;
import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.trace.TraceMode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Determinism: the same seed gives the same trace fingerprint, in this JVM and against the golden file
 * {@code golden/network-fingerprints.txt}, which the build also checks on JDK 25. A change that alters
 * these fingerprints changes what every existing seed means: regenerate the file only on purpose, by
 * copying the lines this test prints on failure.
 */
@Tag("golden")
class NetworkFingerprintTest {

    private static final String GOLDEN = "/golden/network-fingerprints.txt";

    /** A hostile 5-node gossip run with a random schedule, clock drift and writes; returns its golden line. */
    static String scenario(long seed) {
        return scenario(seed, Strategy.uniform());
    }

    /** The same run, deciding among enabled events with {@code strategy}. */
    static String scenario(long seed, Strategy strategy) {
        SimContext context = new SimContext(seed, strategy);
        List<NodeId> ids = List.of(NodeId.of(0), NodeId.of(1), NodeId.of(2), NodeId.of(3), NodeId.of(4));
        SimNetwork<Sync> net = SimNetwork.durableNodes(5, GossipNode.factory(5, 10, GossipNode.Bug.NONE)).context(context)
                .faults(FaultConfig.hostile())
                .schedule(FaultSchedule.random(context.fork("schedule"), ids, 1_500, 6).recoverAllAt(1_500))
                .expect(GossipChecks.versionsNeverGoBackwards())
                .traceMode(TraceMode.FINGERPRINT_ONLY)
                .build();
        for (int i = 0; i < 30; i++) {
            NodeId writer = ids.get(i % 5);
            if (net.isUp(writer)) {
                String key = "k" + (i % 4);
                String value = "v" + i;
                net.invoke(writer, GossipNode.class, "put " + key + "=" + value, node -> node.put(key, value));
            }
            net.run(50);
        }
        net.quiesce();
        net.awaitLiveness(GossipChecks.allLiveNodesAgree(), 1_000);
        return "seed=" + seed + " events=" + net.trace().size() + " fingerprint=" + net.trace().fingerprintHex();
    }

    @Test
    void sameSeedSameFingerprint() {
        assertThat(scenario(11)).isEqualTo(scenario(11));
        assertThat(scenario(11)).isNotEqualTo(scenario(12));
    }

    @Test
    void fingerprintsMatchTheGoldenFile() throws IOException {
        List<String> expected = golden();
        List<String> actual = new ArrayList<>();
        for (long seed = 1; seed <= expected.size(); seed++) {
            actual.add(scenario(seed));
        }
        assertThat(expected).hasSizeGreaterThanOrEqualTo(5);
        assertThat(actual)
                .as("fingerprints changed on Java %s; if intended, replace the lines of %s with:%n%s",
                        System.getProperty("java.version"), GOLDEN, String.join(System.lineSeparator(), actual))
                .isEqualTo(expected);
    }

    static List<String> golden() throws IOException {
        try (InputStream in = NetworkFingerprintTest.class.getResourceAsStream(GOLDEN)) {
            assertThat(in).as("missing test resource " + GOLDEN).isNotNull();
            List<String> lines = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.strip());
                }
            }
            return lines;
        }
    }
}
