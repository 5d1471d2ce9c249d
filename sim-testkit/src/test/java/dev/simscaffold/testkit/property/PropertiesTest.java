package dev.simscaffold.testkit.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.simscaffold.core.check.Falsified;
import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.check.Passed;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PropertiesTest {

    private static final Gen<List<Integer>> LISTS = Gen.lists(Gen.ints(0, 1000), 0, 30);

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
    private String savedSeed;

    @BeforeEach
    void clearSeedProperty() {
        savedSeed = System.getProperty("sim.seed");
        System.clearProperty("sim.seed");
    }

    @AfterEach
    void restoreSeedProperty() {
        if (savedSeed == null) {
            System.clearProperty("sim.seed");
        } else {
            System.setProperty("sim.seed", savedSeed);
        }
    }

    private static void noElementAtLeast(int limit, List<Integer> list) {
        for (int x : list) {
            if (x >= limit) {
                throw new AssertionError("element " + x + " >= " + limit);
            }
        }
    }

    @Test
    void aFailingPropertyReportsSeedShrunkValueAndReplayCommand() {
        PropertyFailedError error = catchThrowableOfType(PropertyFailedError.class,
                () -> Properties.forAll(LISTS).seed(42).printTo(out).check(list -> noElementAtLeast(100, list)));

        Falsified<?> result = error.result();
        String message = error.report();
        assertThat(message)
                .contains("Property PropertiesTest#aFailingPropertyReportsSeedShrunkValueAndReplayCommand falsified")
                .contains("seed " + result.failingSeed())
                .contains("Shrunk counterexample (" + result.shrinkSteps() + " shrink steps")
                .contains("\n  [100]\n")
                .startsWith("java.lang.AssertionError: element 100 >= 100\n")
                .contains("./mvnw test -pl sim-testkit -am -Dsurefire.failIfNoSpecifiedTests=false"
                        + " -Dtest='PropertiesTest#aFailingPropertyReportsSeedShrunkValueAndReplayCommand' -Dsim.seed=" + result.failingSeed())
                .contains("Original counterexample")
                .contains("\n  " + result.original().value() + "\n")
                .contains("Original failure: java.lang.AssertionError: element ");
        assertThat(error).hasCauseInstanceOf(AssertionError.class);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("base seed 42");
    }

    @Test
    void simSeedReplaysTheFailingCaseOnTheFirstTry() {
        PropertyFailedError found = catchThrowableOfType(PropertyFailedError.class,
                () -> Properties.forAll(LISTS).seed(9).printTo(out).check(list -> noElementAtLeast(990, list)));
        long failingSeed = found.result().failingSeed();
        assertThat(found.result().triesRun()).isGreaterThan(1);

        System.setProperty("sim.seed", Long.toString(failingSeed));
        PropertyFailedError replayed = catchThrowableOfType(PropertyFailedError.class,
                () -> Properties.forAll(LISTS).printTo(out).check(list -> noElementAtLeast(990, list)));

        assertThat(replayed.result().triesRun()).isEqualTo(1);
        assertThat(replayed.result().original().value()).isEqualTo(found.result().original().value());
        assertThat(replayed.result().shrunk().value()).isEqualTo(found.result().shrunk().value());
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("base seed " + failingSeed + " (from -Dsim.seed)");
    }

    @Test
    void simSeedOverridesASeedFixedInTheTest() {
        System.setProperty("sim.seed", "123");

        Passed<List<Integer>> result = Properties.forAll(LISTS).seed(5).tries(3).printTo(out).check(list -> { });

        assertThat(result.seed()).isEqualTo(123);
    }

    @Test
    void aMalformedSimSeedIsNamed() {
        System.setProperty("sim.seed", "abc");

        assertThatThrownBy(() -> Properties.forAll(LISTS).printTo(out).check(list -> { }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sim.seed must be a 64-bit decimal integer, got \"abc\"");
    }

    @Test
    void withoutASeedEachRunPicksAndPrintsOne() {
        Passed<List<Integer>> first = Properties.forAll(LISTS).tries(1).printTo(out).check(list -> { });
        Passed<List<Integer>> second = Properties.forAll(LISTS).tries(1).printTo(out).check(list -> { });

        assertThat(first.seed()).isNotEqualTo(second.seed());
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("base seed " + first.seed(), "base seed " + second.seed());
    }

    @Test
    void aPropertyThatHoldsReportsHowManyTriesRan() {
        Passed<List<Integer>> result = Properties.forAll(LISTS).tries(500).printTo(out).check(list -> noElementAtLeast(1001, list));

        assertThat(result.triesRun()).isEqualTo(500);
    }

    @Test
    void classifyPrintsADistributionTable() {
        Properties.forAll(Gen.ints(0, 9)).seed(1).tries(1000).printTo(out)
                .classify(x -> x < 8 ? "small" : "large")
                .check(x -> { });

        String table = printed.toString(StandardCharsets.UTF_8);
        assertThat(table).contains("classes of PropertiesTest#classifyPrintsADistributionTable (1000 tries)");
        assertThat(table).containsPattern("\n  small  +\\d+  +\\d+\\.\\d%\n  large  +\\d+  +\\d+\\.\\d%");
    }

    @Test
    void theNameDefaultsToTheTestMethodEvenFromAHelper() {
        PropertyFailedError error = catchThrowableOfType(PropertyFailedError.class, this::failFromHelper);

        assertThat(error.getMessage()).contains("-Dtest='PropertiesTest#theNameDefaultsToTheTestMethodEvenFromAHelper' ");
    }

    private void failFromHelper() {
        Properties.forAll(Gen.ints(0, 10)).seed(1).printTo(out).check(x -> {
            throw new IllegalStateException("always");
        });
    }

    @Test
    void anExplicitNameIsUsedInTheReport() {
        PropertyFailedError error = catchThrowableOfType(PropertyFailedError.class, () -> Properties.forAll(Gen.ints(0, 10))
                .named("ints are small").seed(1).printTo(out).check(x -> noElementAtLeast(5, List.of(x))));

        assertThat(error.report()).contains("\nProperty ints are small falsified").contains("\n  5\n");
    }

    @Test
    void badConfigurationFailsNamingTheValue() {
        assertThatThrownBy(() -> Properties.forAll(LISTS).tries(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tries must be > 0, got 0");
        assertThatThrownBy(() -> Properties.forAll(LISTS).maxShrinkAttempts(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxShrinkAttempts must be >= 0, got -1");
        assertThatThrownBy(() -> Properties.forAll(LISTS).shrinkTimeLimit(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("shrinkTimeLimit must be positive, got PT0S");
        assertThatThrownBy(() -> Properties.forAll(Gen.ints(0, 5).filter("above five", x -> x > 5)).printTo(out).check(x -> { }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("filter \"above five\"");
    }

    @Test
    void aShrinkTimeLimitStillReportsAFailure() {
        PropertyFailedError error = catchThrowableOfType(PropertyFailedError.class, () -> Properties.forAll(LISTS)
                .seed(3).shrinkTimeLimit(Duration.ofSeconds(30)).printTo(out).check(list -> noElementAtLeast(100, list)));

        assertThat(error.result().shrunk().value()).isEqualTo(List.of(100));
    }
}
