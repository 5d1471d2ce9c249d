package dev.simscaffold.testkit.determinism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.check.Falsified;
import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.check.PropertyCheck;
import dev.simscaffold.core.check.PropertyResult;
import dev.simscaffold.core.check.ShrinkEnd;
import dev.simscaffold.core.harness.SimHarness;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.trace.Trace;
import dev.simscaffold.core.trace.TraceMode;
import dev.simscaffold.testkit.fixtures.Tally;
import dev.simscaffold.testkit.fixtures.Tally.Add;
import dev.simscaffold.testkit.fixtures.Tally.Reported;
import dev.simscaffold.testkit.fixtures.Tally.Total;
import dev.simscaffold.testkit.property.ForAll;
import dev.simscaffold.testkit.property.Properties;
import dev.simscaffold.testkit.property.PropertyFailedError;
import dev.simscaffold.testkit.report.SimulationReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The cross-JVM check on a leak that a double run in one JVM cannot see: the iteration order of
 * {@code Set.copyOf}, which the JDK salts once per JVM, picks an input at step 5.
 */
class FreshJvmCheckTest {

    private static final List<String> NAMES = names();

    private static List<String> names() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            names.add("n" + i);
        }
        return List.copyOf(names);
    }

    private static Trace run(long seed, TraceMode mode, long leak) {
        SimHarness<Total, Add, Reported> harness = SimHarness.builder(Tally.MACHINE).seed(seed).instances(2, new Total(0)).traceMode(mode).build();
        SimRandom inputs = harness.context().fork("inputs");
        for (int step = 0; step < 20; step++) {
            harness.apply(inputs.nextInt(2), new Add(inputs.between(1, 9) + (step == 5 ? leak : 0)));
            harness.advance(1);
        }
        return harness.trace();
    }

    /** Replays within a JVM; across JVMs only when two salts happen to start the set's iteration at the same name (about 1 in 400). */
    static final class SaltedOrder implements BiFunction<Long, TraceMode, Trace> {
        @Override
        public Trace apply(Long seed, TraceMode mode) {
            String first = Set.copyOf(NAMES).iterator().next();
            return run(seed, mode, Long.parseLong(first.substring(1)));
        }
    }

    static final class Deterministic implements BiFunction<Long, TraceMode, Trace> {
        @Override
        public Trace apply(Long seed, TraceMode mode) {
            return run(seed, mode, 0);
        }
    }

    /** Runs in the JVM that set {@code here}; fails in any other, as a simulation that depends on an earlier test's setup does. */
    static final class FailsElsewhere implements BiFunction<Long, TraceMode, Trace> {
        static volatile boolean here;

        @Override
        public Trace apply(Long seed, TraceMode mode) {
            if (!here) {
                throw new IllegalStateException("planted failure for seed " + seed);
            }
            return run(seed, mode, 0);
        }
    }

    static final class NeedsArgument implements BiFunction<Long, TraceMode, Trace> {
        NeedsArgument(int unused) {
        }

        @Override
        public Trace apply(Long seed, TraceMode mode) {
            return run(seed, mode, 0);
        }
    }

    @Test
    void aPerJvmSaltedOrderPassesTheDoubleRunButFailsInAFreshJvmAtItsFirstDifferingEvent() {
        DeterminismCheck.assertDeterministic(11, (seed, mode) -> new SaltedOrder().apply(seed, mode));

        // Each check starts two fresh JVMs (the fingerprint run, then the full-trace re-run), and each may start
        // Set.copyOf's iteration at the same name as this JVM by chance; the check then says so honestly ("the
        // full traces agree"). Try until one check both differs and locates the divergence.
        AssertionError caught = null;
        for (int attempt = 0; attempt < 8 && (caught == null || !caught.getMessage().contains("first divergence")); attempt++) {
            try {
                DeterminismCheck.assertSameInFreshJvm(11, SaltedOrder.class);
            } catch (AssertionError e) {
                caught = e;
            }
        }
        assertThat(caught).as("eight fresh JVMs all started Set.copyOf's iteration at the same name as this one").isNotNull();
        assertThat(caught.getMessage())
                .contains("not deterministic across JVMs: seed 11")
                .contains("run 1 this JVM, run 2 the fresh one")
                .contains("first divergence at event #")
                .contains("kind STEP, detail Add[amount=")
                .contains("before it, in both runs:");
    }

    @Test
    void aDeterministicSimulationGivesTheSameFingerprintInAFreshJvm() {
        // DOCS:begin docs/guide/07-sweeps-campaigns-and-ci.md
        long fingerprint = DeterminismCheck.assertSameInFreshJvm(5, Deterministic.class);
        // DOCS:end
        assertThat(fingerprint).isEqualTo(run(5, TraceMode.FULL, 0).fingerprint());
        assertThat(DeterminismCheck.assertSameInFreshJvm(5, Deterministic.class, Path.of(System.getProperty("java.home")))).isEqualTo(fingerprint);
    }

    /** The same seed must give the same run on every supported JDK; the check starts the child from one installed beside this one. */
    @Test
    void aSeedGivesTheSameRunOnAnotherJdkInstalledBesideThisOne() throws IOException {
        Optional<Path> other = otherJdk();
        assumeTrue(other.isPresent(), "no JDK of another feature version beside " + System.getProperty("java.home"));
        long fingerprint = DeterminismCheck.assertSameInFreshJvm(5, Deterministic.class, other.get());
        assertThat(fingerprint).isEqualTo(run(5, TraceMode.FULL, 0).fingerprint());
    }

    private static Optional<Path> otherJdk() throws IOException {
        Path home = Path.of(System.getProperty("java.home"));
        String feature = Integer.toString(Runtime.version().feature());
        try (Stream<Path> siblings = Files.list(home.getParent())) {
            return siblings.sorted()
                    .filter(jdk -> Files.isExecutable(jdk.resolve("bin").resolve("java")) && Files.isRegularFile(jdk.resolve("release")))
                    .filter(jdk -> releaseFeature(jdk).map(version -> !version.equals(feature)).orElse(false))
                    .findFirst();
        }
    }

    private static Optional<String> releaseFeature(Path jdk) {
        try {
            return Files.readAllLines(jdk.resolve("release"), StandardCharsets.UTF_8).stream()
                    .filter(line -> line.startsWith("JAVA_VERSION=\""))
                    .map(line -> line.substring("JAVA_VERSION=\"".length()).split("[.\"]")[0])
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * A pin over a per-JVM salted run: whether the pin matches in this JVM (the flaky pass) or not (the flaky
     * failure that reads as a change of logic), the check fails as a determinism failure at the first differing
     * event, never as a changed pin.
     */
    @Test
    void aPinnedRunSaltedPerJvmFailsAsADeterminismFailureWhetherOrNotThePinMatchesHere() {
        Trace here = new SaltedOrder().apply(11L, TraceMode.FULL);
        for (String pin : List.of(here.fingerprintHex(), "0123456789abcdef")) {
            // The first fresh JVM may agree with this one by chance (see above); a few tries make that vanishingly rare.
            AssertionError caught = null;
            for (int attempt = 0; attempt < 4 && (caught == null || !caught.getMessage().contains("first divergence")); attempt++) {
                try {
                    DeterminismCheck.assertPinned(pin, 11, here, SaltedOrder.class);
                } catch (AssertionError e) {
                    caught = e;
                }
            }
            assertThat(caught).as("pin " + pin).isNotNull();
            assertThat(caught.getMessage()).as("pin " + pin)
                    .startsWith("simulation is not deterministic across JVMs: seed 11 gave fingerprint " + here.fingerprintHex() + " in this JVM")
                    .contains("first divergence at event #")
                    .contains("kind STEP, detail Add[amount=")
                    .doesNotContain("pinned run changed");
        }
    }

    @Test
    void aDeterministicRunPassesItsPinAndAnotherPinFailsAsAChangeEveryJvmAgreesOn() {
        Trace here = run(5, TraceMode.FINGERPRINT_ONLY, 0);
        DeterminismCheck.assertPinned(here.fingerprintHex(), 5, here, Deterministic.class);

        assertThatThrownBy(() -> DeterminismCheck.assertPinned("0123456789abcdef", 5, here, Deterministic.class))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("the pinned run changed: seed 5 gives fingerprint " + here.fingerprintHex() + " (" + here.size()
                        + " events) in this JVM and in " + (DeterminismCheck.PIN_CONFIRMATIONS + 1) + " fresh JVMs, not the pinned 0123456789abcdef")
                .hasMessageContaining("If it is on purpose, pin " + here.fingerprintHex());
        assertThatThrownBy(() -> DeterminismCheck.assertPinned("3EA9F2C7", 5, here, Deterministic.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"3EA9F2C7\"");
    }

    /** A property over two tallies whose first input overflows the limit; {@code leak} adds to it. */
    private static PropertyCheck<SimRandom> overflowing(long leak) {
        return random -> {
            SimHarness<Total, Add, Reported> harness = SimHarness.builder(Tally.MACHINE).context(new SimContext(random))
                    .instances(2, new Total(0)).expect(Tally.below(50)).build();
            for (int step = 0; step < 5; step++) {
                harness.apply(random.nextInt(2), new Add(random.between(1, 9) + (step == 0 ? 100 + leak : 0)));
            }
        };
    }

    private static ForAll<SimRandom> quietProperty(long seed) {
        return Properties.forAll(Gen.liveRandom()).seed(seed).printTo(new PrintStream(OutputStream.nullOutputStream()));
    }

    /** The trace of the property's shrunk failure: what the fresh JVM makes again. */
    private static Trace failingProperty(long seed, long leak) {
        PropertyResult<SimRandom> result = quietProperty(seed).run(overflowing(leak));
        if (result instanceof Falsified<SimRandom> failure && failure.shrunk().failure() instanceof InvariantViolationError violation) {
            return violation.trace();
        }
        throw new AssertionError("the property did not fail with a violation: " + result);
    }

    private static Falsified<?> falsified(long seed, long leak) {
        try {
            quietProperty(seed).check(overflowing(leak));
        } catch (PropertyFailedError failed) {
            return failed.result();
        }
        throw new AssertionError("the property passed");
    }

    static final class SaltedProperty implements BiFunction<Long, TraceMode, Trace> {
        @Override
        public Trace apply(Long seed, TraceMode mode) {
            return failingProperty(seed, Long.parseLong(Set.copyOf(NAMES).iterator().next().substring(1)));
        }
    }

    static final class DeterministicProperty implements BiFunction<Long, TraceMode, Trace> {
        @Override
        public Trace apply(Long seed, TraceMode mode) {
            return failingProperty(seed, 0);
        }
    }

    /**
     * A property's pinned failure is replayed in the fresh JVM from its shrunk case: a salted order in the
     * property's run fails as a determinism failure at the first differing event, a deterministic one passes.
     */
    @Test
    void aPropertysPinnedFailureIsReplayedInAFreshJvmFromItsShrunkCase() {
        Falsified<?> deterministic = falsified(8, 0);
        assertThat(deterministic.shrinkEnd()).isEqualTo(ShrinkEnd.CONVERGED);
        String pin = SimulationReport.violationIn(deterministic.shrunk().failure()).orElseThrow().trace().fingerprintHex();
        DeterminismCheck.assertPinned(pin, deterministic, DeterministicProperty.class);

        Falsified<?> salted = falsified(8, Long.parseLong(Set.copyOf(NAMES).iterator().next().substring(1)));
        String saltedPin = SimulationReport.violationIn(salted.shrunk().failure()).orElseThrow().trace().fingerprintHex();
        AssertionError caught = null;
        for (int attempt = 0; attempt < 4 && (caught == null || !caught.getMessage().contains("first divergence")); attempt++) {
            try {
                DeterminismCheck.assertPinned(saltedPin, salted, SaltedProperty.class);
            } catch (AssertionError e) {
                caught = e;
            }
        }
        assertThat(caught).isNotNull();
        assertThat(caught.getMessage()).startsWith("simulation is not deterministic across JVMs: seed " + salted.failingSeed())
                .contains("first divergence at event #0:").contains("kind STEP, detail Add[amount=");
    }

    @Test
    void aSeedThatFailsInTheFreshJvmIsReportedWithTheChildsError() {
        FailsElsewhere.here = true;
        assertThatThrownBy(() -> DeterminismCheck.assertSameInFreshJvm(3, FailsElsewhere.class))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("seed 3 failed in a fresh JVM")
                .hasMessageContaining("IllegalStateException: planted failure for seed 3");
    }

    @Test
    void badInputIsRefusedNamingTheValue() {
        assertThatThrownBy(() -> DeterminismCheck.assertSameInFreshJvm(1, Deterministic.class, Path.of("/no/such/jdk")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/no/such/jdk");
        assertThatThrownBy(() -> DeterminismCheck.assertSameInFreshJvm(1, NeedsArgument.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NeedsArgument").hasMessageContaining("no-argument constructor");
    }
}
