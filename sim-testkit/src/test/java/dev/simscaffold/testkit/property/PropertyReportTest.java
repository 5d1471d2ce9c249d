package dev.simscaffold.testkit.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.check.FailureIdentity;
import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.check.PropertyResult;
import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.harness.SimHarness;
import dev.simscaffold.core.harness.Step;
import dev.simscaffold.core.random.SimRandom;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What a user reads when a property fails: the report once, on standard output; a short message that
 * Surefire can print twice without burying anything; the faults that fired rather than the rates that
 * allowed them; other failures met while shrinking, each with a command that replays exactly it.
 */
class PropertyReportTest {

    record Scenario(List<Integer> inputs, SimRandom random) {
    }

    private static final Gen<Scenario> SCENARIOS = Gen.zip(Gen.lists(Gen.ints(0, 10), 0, 20), Gen.liveRandom(), Scenario::new);

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    @AfterEach
    void clearReplayProperties() {
        System.clearProperty("sim.seed");
        System.clearProperty(ForAll.REPLAY_PROPERTY);
    }

    /** Two bugs in one running sum, with acknowledgements that may be lost and a clock that may jump. */
    static void run(Scenario scenario) {
        SimHarness<Integer, Integer, Integer> harness = SimHarness.<Integer, Integer, Integer>builder((sum, x, now) -> Step.of(sum + x, sum + x))
                .context(new SimContext(scenario.random()))
                .instances(1, 0)
                .faults(FaultConfig.builder().clock(c -> c.jumpRate(0.2).maxJumpTicks(3)).build())
                .expect(Expectation.always("the sum is never exactly 4", view -> view.state(0) == 4 ? List.of("sum is 4") : List.of()))
                .expect(Expectation.always("the sum stays below 30", view ->
                        view.state(0) >= 30 && view.now().ticks() > 0 ? List.of("sum is " + view.state(0) + " at " + view.now()) : List.of()))
                .build();
        scenario.inputs().forEach(x -> harness.apply(0, x));
    }

    private PropertyFailedError failure(long seed) {
        return catchThrowableOfType(PropertyFailedError.class, () -> Properties.forAll(SCENARIOS).seed(seed).printTo(out)
                .check(PropertyReportTest::run));
    }

    private PropertyFailedError failureWithAnotherBugOnTheWay() {
        for (long seed = 1; seed < 100; seed++) {
            PropertyFailedError error = failure(seed);
            if (error.result().shrunk().origin().where().equals("the sum stays below 30") && !error.result().alsoFound().isEmpty()) {
                return error;
            }
        }
        throw new AssertionError("no seed below 100 meets the other bug while shrinking");
    }

    @Test
    void theReportIsPrintedOnceAndTheMessageIsShort() {
        PropertyFailedError error = failure(3);
        String stdout = printed.toString(StandardCharsets.UTF_8);

        assertThat(stdout).contains(error.report());
        assertThat(stdout.indexOf("Shrunk counterexample")).isEqualTo(stdout.lastIndexOf("Shrunk counterexample"));
        assertThat(error.getMessage().lines()).hasSize(3);
        assertThat(error.getMessage()).startsWith("Property PropertyReportTest#theReportIsPrintedOnceAndTheMessageIsShort falsified: invariant \"")
                .contains("-Dsim.seed=" + error.result().failingSeed());
        assertThat(error.getCause()).as("a violation's message would repeat the report").isNull();
        assertThat(error.getStackTrace()[0].getClassName()).isEqualTo(SimHarness.class.getName());
    }

    @Test
    void theFaultsThatFiredAreListedWithTimeAndTarget() {
        PropertyFailedError error = failureWithAnotherBugOnTheWay();
        InvariantViolationError violation = (InvariantViolationError) error.result().shrunk().failure();

        assertThat(violation.time().ticks()).isPositive();
        assertThat(error.report()).containsPattern("Faults that fired up to the failure \\(1 action\\):\n  t=\\d+ CLOCK_JUMP clock \\+\\d\n");
        assertThat(error.report()).containsPattern("Decisions by span \\(choices other than the simplest\\):\n(  list\\.element #\\d+: root \\[.*\\]\n)+"
                + "  harness\\.step #\\d+: clock \\[T(, \\d+)?\\]\n");
    }

    @Test
    void otherFailuresMetWhileShrinkingAreReportedAfterTheMainOneAndReplayExactly() {
        PropertyFailedError error = failureWithAnotherBugOnTheWay();
        String report = error.report();

        assertThat(report.indexOf("invariant violated: the sum stays below 30"))
                .isLessThan(report.indexOf("Also found while shrinking"));
        assertThat(report).contains("1. invariant \"the sum is never exactly 4\"");
        Matcher replay = Pattern.compile("replay: .*-Dsim.seed=(-?\\d+) -Dsim.replay=([A-Za-z0-9_-]+)").matcher(report);
        assertThat(replay.find()).isTrue();

        System.setProperty("sim.seed", replay.group(1));
        System.setProperty(ForAll.REPLAY_PROPERTY, replay.group(2));
        PropertyFailedError replayed = catchThrowableOfType(PropertyFailedError.class, () -> Properties.forAll(SCENARIOS).printTo(out)
                .check(PropertyReportTest::run));
        assertThat(replayed.result().triesRun()).isEqualTo(1);
        assertThat(replayed.result().shrunk().origin().where()).isEqualTo("the sum is never exactly 4");
        assertThat(((Scenario) replayed.result().shrunk().value()).inputs()).containsExactly(4);
    }

    @Test
    void aReplayValueThatIsNotARecordedCaseIsRefusedByName() {
        System.setProperty(ForAll.REPLAY_PROPERTY, "*not a case*");
        assertThatThrownBy(() -> Properties.forAll(SCENARIOS).printTo(out).check(PropertyReportTest::run))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("-Dsim.replay must be a case printed by a failure report");
    }

    @Test
    void everySettingOfTheEngineCanBeSetAndDiscardsAreExplained() {
        PropertyResult<Integer> result = Properties.forAll(Gen.ints(0, 100)).seed(1).maxChoices(1_000).maxDepth(500).maxDiscards(500)
                .failureIdentity(FailureIdentity.TYPE).printTo(out).run(x -> Properties.assume(x % 2 == 0, "even"));

        assertThat(result.discardReasons()).containsOnlyKeys("assumption \"even\" did not hold");
        assertThat(printed.toString(StandardCharsets.UTF_8)).containsPattern("discarded \\d+ test cases: assumption \"even\" did not hold");
        assertThatThrownBy(() -> Properties.forAll(Gen.ints(0, 100)).maxDepth(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxDepth must be > 0, got 0");
        assertThatThrownBy(() -> Properties.forAll(Gen.ints(0, 100)).seed(1).maxDiscards(5).printTo(out).check(x -> Properties.assume(false, "never")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("assumption \"never\"");
    }
}
