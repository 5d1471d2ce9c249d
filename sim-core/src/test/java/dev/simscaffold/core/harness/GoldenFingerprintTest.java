package dev.simscaffold.core.harness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.fault.EffectFaults;
import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.harness.Ledger.Account;
import dev.simscaffold.core.harness.Ledger.Op;
import dev.simscaffold.core.harness.Ledger.Out;
import dev.simscaffold.core.internal.StableHash;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.trace.TraceMode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Pins the kernel's output to a golden file so that the same seed means the same run on every JDK: the
 * build runs this test on the JDK it was started with and, where Temurin 25 is installed, again on it.
 * After an intended change of algorithm, regenerate with {@code -Dsim.golden.update=true} (that run writes
 * the file and checks nothing) and say so in the commit: every user's recorded seeds change meaning.
 */
@Tag("golden")
class GoldenFingerprintTest {

    private static final String GOLDEN = "golden/kernel-fingerprints.txt";

    @Test
    void kernelFingerprintsMatchTheGoldenFile() throws IOException {
        Map<String, String> actual = new TreeMap<>();
        for (long seed : new long[] {0, 42, -1}) {
            actual.put("random.seed" + seed, hex(randomDigest(seed)));
            actual.put("swarm.seed" + seed, hex(swarmDigest(seed)));
            actual.put("harness.hostile.seed" + seed, hex(harnessFingerprint(seed)));
            actual.put("harness.routed.seed" + seed, hex(routedFingerprint(seed)));
        }
        if (Boolean.getBoolean("sim.golden.update")) {
            write(actual);
            return;
        }
        assertThat(actual)
                .as("fingerprints on Java %s; if an algorithm changed on purpose, rerun with -Dsim.golden.update=true", Runtime.version())
                .isEqualTo(read());
        System.out.println("kernel golden fingerprints verified on Java " + Runtime.version());
    }

    /** Every SimRandom convenience method and forks, folded into one hash. */
    private static long randomDigest(long seed) {
        SimRandom random = SimRandom.seeded(seed);
        StableHash hash = new StableHash();
        for (int i = 0; i < 100; i++) {
            hash.putLong(random.nextLong())
                    .putLong(random.nextInt(1_000))
                    .putLong(Double.doubleToLongBits(random.nextDouble()))
                    .putLong(random.between(-50, 50))
                    .putLong(random.nextLong((1L << 62) + 12345))
                    .putByte(random.chance(0.3) ? 1 : 0);
        }
        for (Integer value : random.shuffle(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9))) {
            hash.putLong(value);
        }
        hash.putLong(random.fork("a").nextLong()).putLong(random.fork("b").nextLong()).putLong(random.fork("a").fork("b").nextLong());
        return hash.value();
    }

    /** Raw bits, not {@code Double.toString}, whose output changed in JDK 19. */
    private static long swarmDigest(long seed) {
        FaultConfig config = FaultConfig.swarm(SimRandom.seeded(seed));
        EffectFaults e = config.effects();
        NetworkFaults n = config.network();
        StableHash hash = new StableHash();
        for (double rate : new double[] {e.dropRate(), e.duplicateRate(), e.delayRate(), config.clock().jumpRate(),
                n.lossRate(), n.duplicateRate(), n.tailDelayRate(), n.partitionRate(), n.crashRate(), n.pauseRate()}) {
            hash.putLong(Double.doubleToLongBits(rate));
        }
        for (long ticks : new long[] {e.minDelayTicks(), e.maxDelayTicks(), config.clock().maxJumpTicks(), n.minDelayTicks(),
                n.maxDelayTicks(), n.maxTailDelayTicks(), n.restartAfterTicks(), n.maxPauseTicks(), n.maxPartitionTicks(),
                n.maxClockDriftPpm()}) {
            hash.putLong(ticks);
        }
        return hash.value();
    }

    private static long harnessFingerprint(long seed) {
        SimHarness<Account, Op, Out> harness = SimHarness.builder(Ledger.CORRECT).seed(seed).instances(3, Ledger.OPEN)
                .faults(FaultConfig.hostile()).traceMode(TraceMode.FINGERPRINT_ONLY)
                .expect(Ledger.neverOverdrawn()).build();
        SimRandom inputs = harness.context().fork("inputs");
        for (int i = 0; i < 500; i++) {
            harness.apply(inputs.nextInt(3), Ledger.randomOp(inputs));
            harness.advance(inputs.between(0, 5));
        }
        return harness.trace().fingerprint();
    }

    /** Three instances messaging each other under hostile effect faults: pins the routing scheduler's draws. */
    private static long routedFingerprint(long seed) {
        return routedFingerprint(new SimContext(seed));
    }

    /** The same run on a given context, whose strategy decides between routed messages and inputs. */
    static long routedFingerprint(SimContext context) {
        SimHarness<Relay.Node, Relay.In, Relay.Out> harness = SimHarness.builder(Relay.MACHINE).context(context)
                .initialStates(Relay.nodes(3)).router(Relay.ROUTER).faults(FaultConfig.hostile())
                .traceMode(TraceMode.FINGERPRINT_ONLY).build();
        SimRandom inputs = harness.context().fork("inputs");
        for (int i = 0; i < 300; i++) {
            harness.apply(inputs.nextInt(3), new Relay.Send(inputs.nextInt(3), "t" + i));
            harness.advance(inputs.between(0, 5));
        }
        harness.advance(100);
        return harness.trace().fingerprint();
    }

    private static String hex(long value) {
        return String.format("%016x", value);
    }

    static Map<String, String> read() throws IOException {
        Map<String, String> golden = new TreeMap<>();
        try (InputStream in = GoldenFingerprintTest.class.getClassLoader().getResourceAsStream(GOLDEN)) {
            assertThat(in).as("golden file %s on the test classpath", GOLDEN).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.split("=", 2);
                    golden.put(parts[0].trim(), parts[1].trim());
                }
            }
        }
        return golden;
    }

    private static void write(Map<String, String> values) throws IOException {
        StringBuilder text = new StringBuilder("# Kernel fingerprints pinned by GoldenFingerprintTest; identical on every JDK.\n");
        values.forEach((name, value) -> text.append(name).append(" = ").append(value).append('\n'));
        Files.writeString(Path.of("src/test/resources", GOLDEN), text, StandardCharsets.UTF_8);
    }
}
