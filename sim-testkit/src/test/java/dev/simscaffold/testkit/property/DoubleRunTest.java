package dev.simscaffold.testkit.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.check.Passed;
import dev.simscaffold.core.harness.SimHarness;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.core.trace.EventKind;
import dev.simscaffold.testkit.fixtures.Tally;
import dev.simscaffold.testkit.fixtures.Tally.Add;
import dev.simscaffold.testkit.fixtures.Tally.Reported;
import dev.simscaffold.testkit.fixtures.Tally.Total;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The double run of passing tries ({@code checkDeterminism(n)}, {@code -Dsim.checkDeterminism=N}): a planted
 * leak that never fails its property is found at its first differing event; a deterministic property passes
 * it silently, with the same verdict as without it; a bad interval is refused by value.
 */
class DoubleRunTest {

    private record Scenario(List<Long> amounts, SimRandom random) {
    }

    private static final Gen<Scenario> SCENARIOS = Gen.zip(Gen.lists(Gen.longs(1, 20), 0, 10), Gen.liveRandom(), Scenario::new);

    /** The planted leak: a static counter a node reads into what it records, as one that numbers its runs would. */
    private static final AtomicInteger RUNS = new AtomicInteger();

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    @AfterEach
    void clearProperty() {
        System.clearProperty(DoubleRun.PROPERTY);
    }

    /** Thirty tries of a property over {@link #run} simulations. */
    private ForAll<Scenario> totals() {
        return Properties.forAll(SCENARIOS).seed(11).tries(30).printTo(out);
    }

    /** A simulation whose property always holds (totals stay below 1000), noting {@code note()} first. */
    private static void run(Scenario scenario, Supplier<String> note) {
        SimHarness<Total, Add, Reported> harness = SimHarness.builder(Tally.MACHINE).context(new SimContext(scenario.random()))
                .instances(1, new Total(0)).expect(Tally.below(1000)).build();
        harness.trace().record(LogicalTime.ZERO, EventKind.NOTE, "node-0", "", note.get());
        scenario.amounts().forEach(amount -> harness.apply(0, new Add(amount)));
    }

    @Test
    void aLeakThatPassesItsPropertyIsFoundAtItsFirstDifferingEvent() {
        Supplier<String> leak = () -> "run " + RUNS.incrementAndGet();
        assertThat(totals().check(scenario -> run(scenario, leak)).triesRun()).as("without the double run the leak passes").isEqualTo(30);

        AssertionError error = catchThrowableOfType(AssertionError.class,
                () -> totals().checkDeterminism(3).check(scenario -> run(scenario, leak)));

        assertThat(error).hasMessageStartingWith("Property DoubleRunTest#aLeakThatPassesItsPropertyIsFoundAtItsFirstDifferingEvent is nondeterministic"
                + " (checkDeterminism 3: one try in 3 run twice, base seed 11): try 3 ran twice with different results: simulation 1 of 1 gave fingerprint ");
        assertThat(error.getMessage()).contains("\nrun again to locate it (run 1 the second run, run 2 a third, simulation 1): first divergence at event #0:")
                .containsPattern("run 1: event #0 at t=0(ns)?, actor node-0, kind NOTE, detail run \\d+\n  run 2: event #0 at t=0(ns)?, actor node-0, kind NOTE, detail run \\d+");
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("[sim-testkit] " + error.getMessage());
    }

    @Test
    void theSystemPropertyTurnsItOnForEveryPropertyAndWinsOverTheSetting() {
        Supplier<String> leak = () -> "run " + RUNS.incrementAndGet();
        System.setProperty(DoubleRun.PROPERTY, "10");

        assertThatThrownBy(() -> totals().check(scenario -> run(scenario, leak))).isInstanceOf(AssertionError.class)
                .hasMessageContaining("is nondeterministic (checkDeterminism 10: one try in 10 run twice, base seed 11): try 10 ran twice");
        assertThatThrownBy(() -> totals().checkDeterminism(1).check(scenario -> run(scenario, leak)))
                .hasMessageContaining("(checkDeterminism 10: ").hasMessageContaining("try 10 ran twice");
    }

    @Test
    void aTryThatPassesOnceAndFailsOnItsSecondRunIsFound() {
        AtomicInteger calls = new AtomicInteger();

        AssertionError error = catchThrowableOfType(AssertionError.class, () -> Properties.forAll(Gen.ints(0, 100)).seed(5).tries(10).printTo(out)
                .checkDeterminism(5).check(value -> {
                    if (calls.incrementAndGet() > 10) {
                        throw new IllegalStateException("call " + calls.get());
                    }
                }));

        assertThat(error).hasMessageEndingWith("try 5 ran twice with different results: the first run passed, the second threw IllegalStateException: call 11"
                + "\n(the try ran no traced simulation, so there is no event to name)");
    }

    @Test
    void aDeterministicPropertyPassesTheDoubleRunWithTheSameVerdict() {
        Supplier<String> clean = () -> "run";

        Passed<Scenario> without = totals().check(scenario -> run(scenario, clean));
        Passed<Scenario> with = totals().checkDeterminism(1).check(scenario -> run(scenario, clean));

        assertThat(with).isEqualTo(without);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains(": 30 tries run twice, each the same both times (checkDeterminism 1)")
                .doesNotContain("nondeterministic");
    }

    @Test
    void aFailingDeterministicPropertyReportsTheSameFailureWithTheDoubleRunOn() {
        PropertyFailedError without = catchThrowableOfType(PropertyFailedError.class, () -> Properties.forAll(Gen.ints(0, 1000)).seed(5).printTo(out)
                .check(value -> assertThat(value).isLessThan(700)));
        PropertyFailedError with = catchThrowableOfType(PropertyFailedError.class, () -> Properties.forAll(Gen.ints(0, 1000)).seed(5).printTo(out)
                .checkDeterminism(1).check(value -> assertThat(value).isLessThan(700)));

        assertThat(with.result().failingSeed()).isEqualTo(without.result().failingSeed());
        assertThat(with.result().shrunk().value()).isEqualTo(without.result().shrunk().value()).isEqualTo(700);
        assertThat(with.getMessage()).isEqualTo(without.getMessage()).contains("\n  replay: ");
    }

    @Test
    void aBadIntervalIsRefusedNamingIt() {
        ForAll<Integer> property = Properties.forAll(Gen.ints(0, 10)).printTo(out);

        assertThatThrownBy(() -> property.checkDeterminism(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("checkDeterminism must be >= 1 (run every N-th passing try twice), got 0");
        assertThatThrownBy(() -> property.checkDeterminism(-4)).hasMessageContaining("got -4");
        System.setProperty(DoubleRun.PROPERTY, "0");
        assertThatThrownBy(() -> property.check(value -> { })).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("-Dsim.checkDeterminism must be >= 1 (run every N-th passing try twice), got 0");
        System.setProperty(DoubleRun.PROPERTY, "often");
        assertThatThrownBy(() -> property.check(value -> { })).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("-Dsim.checkDeterminism must be a whole number >= 1 (run every N-th passing try twice), got \"often\"");
    }
}
