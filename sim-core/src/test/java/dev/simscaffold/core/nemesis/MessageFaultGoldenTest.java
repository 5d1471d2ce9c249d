package dev.simscaffold.core.nemesis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.trace.TraceMode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Determinism of payload faults: every message fault kind and a kind-triggered crash over random network faults
 * give, per seed, the fingerprint in {@code golden/message-fault-fingerprints.txt}, which the build also checks
 * on JDK 25. Regenerate the file only on purpose, by copying the lines this test prints on failure.
 */
@Tag("golden")
class MessageFaultGoldenTest {

    private static final String GOLDEN = "/golden/message-fault-fingerprints.txt";

    private static final NetworkFaults FAULTS = NetworkFaults.builder().minDelayTicks(1).maxDelayTicks(5).lossRate(0.02)
            .duplicateRate(0.02).partitionRate(0.01).maxPartitionTicks(20).build();

    static String scenario(long seed) {
        SimNetwork<Courier.Msg> network = SimNetwork.<Courier.Msg>nodes(Courier.NODES, (id, random, now) -> new Courier(id, now, Courier.Flaws.NONE))
                .seed(seed).faults(FAULTS).traceMode(TraceMode.FINGERPRINT_ONLY).build();
        List<MessageFault<Courier.Msg>> faults = List.of(MessageFault.corrupt(Courier.Value.class, 0.1, Courier.Value::flipped),
                MessageFault.misdeliver(Courier.Value.class, 0.1), MessageFault.drop(Courier.Ack.class, 0.1),
                MessageFault.delay(Courier.Ack.class, 0.1, 20), MessageFault.duplicate(Courier.Value.class, 0.1));
        Nemesis crashTheAcker = new Nemesis("crash-acker", Trigger.onSend(Courier.Ack.class), Target.lastSender(Courier.Ack.class),
                List.of(Strike.CRASH, Strike.PAUSE), 0.05, 3, 10);
        NemesisRunner<Courier.Msg> runner = NemesisRunner.on(network, List.of(crashTheAcker), faults);
        runner.run(400);
        return "seed=" + seed + " events=" + network.trace().size() + " fingerprint=" + network.trace().fingerprintHex();
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

    private static List<String> golden() throws IOException {
        try (InputStream in = MessageFaultGoldenTest.class.getResourceAsStream(GOLDEN)) {
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
