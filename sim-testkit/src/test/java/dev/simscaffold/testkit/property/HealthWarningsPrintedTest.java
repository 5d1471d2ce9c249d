package dev.simscaffold.testkit.property;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.check.Gen;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * #26 item 6: a property whose generator mostly discards passes, and says so in its log; one that keeps most
 * of what it generates prints no health line.
 */
class HealthWarningsPrintedTest {

    private static String printed(int keepAbove) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Properties.forAll(Gen.ints(0, 100)).named("mostly-discards").seed(1).tries(40).printTo(out)
                .check(x -> Properties.assume(x > keepAbove, "x > " + keepAbove));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aPassingPropertyWhoseGeneratorMostlyDiscardsPrintsAHealthWarning() {
        assertThat(printed(80)).containsPattern("\\[sim-testkit\\] mostly-discards: health: the generator discarded \\d+ test cases for 40 it produced");
    }

    @Test
    void aPropertyThatKeepsMostOfItsCasesPrintsNone() {
        assertThat(printed(-1)).doesNotContain("health:");
    }
}
