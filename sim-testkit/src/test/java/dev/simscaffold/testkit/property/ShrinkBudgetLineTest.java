package dev.simscaffold.testkit.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.check.PropertySettings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The report says whether a budget ended the shrink (#28 item 2): the attempt limit, the wall-time stop
 * hook, or neither, in its head, next to the shrunk counterexample.
 */
class ShrinkBudgetLineTest {

    private static final Gen<List<Integer>> LISTS = Gen.lists(Gen.ints(0, 1_000), 0, 50);

    private final PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

    private static void noneAbove(List<Integer> list) {
        if (list.stream().anyMatch(x -> x >= 100)) {
            throw new AssertionError("an element >= 100 in " + list);
        }
    }

    private String head(ForAll<List<Integer>> property) {
        PropertyFailedError error = catchThrowableOfType(PropertyFailedError.class, () -> property.printTo(quiet).check(ShrinkBudgetLineTest::noneAbove));
        return String.join("\n", error.report().lines().limit(40).toList());
    }

    @Test
    void aShrinkThatEndsOnItsOwnSaysItFinishedWithinItsBudget() {
        assertThat(head(Properties.forAll(LISTS).seed(5)))
                .containsPattern("\nShrink finished within its budget \\(\\d+ of " + PropertySettings.DEFAULT_MAX_SHRINK_ATTEMPTS + " attempts\\): no smaller case it tried fails the same way\n");
    }

    @Test
    void theAttemptBudgetSaysItEndedTheShrink() {
        assertThat(head(Properties.forAll(LISTS).seed(5).maxShrinkAttempts(3)))
                .contains("\nShrink stopped by its attempt budget (3 of 3 attempts): it may not be minimal; maxShrinkAttempts(..) raises the budget\n");
        assertThat(head(Properties.forAll(LISTS).seed(5).maxShrinkAttempts(0))).contains("\nShrink: not shrunk (maxShrinkAttempts(0))\n");
    }

    @Test
    void theTimeLimitSaysItEndedTheShrink() {
        assertThat(head(Properties.forAll(LISTS).seed(5).shrinkTimeLimit(Duration.ofNanos(1))))
                .containsPattern("\nShrink stopped by its time limit \\(shrinkTimeLimit PT0.000000001S, after \\d+ attempts\\): it may not be minimal");
    }
}
