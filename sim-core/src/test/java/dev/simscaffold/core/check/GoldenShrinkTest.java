package dev.simscaffold.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Pins, for fixed seeds, what the engine finds and how it shrinks: tries, failing seed, choice counts,
 * shrink steps and the shrunk value. The same file must match on every JDK (the build also runs this
 * on JDK 25), so a seed printed by a failure means the same case everywhere. After an intended change
 * to generation or shrinking, regenerate with {@code -Dgolden.write=true} and review the diff.
 */
@Tag("golden")
class GoldenShrinkTest {

    private static final String RESOURCE = "/golden/property-shrink.txt";

    @Test
    void shrinkResultsForFixedSeedsMatchTheGoldenFile() throws IOException {
        String actual = render();
        if (Boolean.getBoolean("golden.write")) {
            Files.writeString(Path.of("src/test/resources" + RESOURCE), actual, StandardCharsets.UTF_8);
        }
        String expected;
        try (InputStream in = GoldenShrinkTest.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as("golden file " + RESOURCE).isNotNull();
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(expected);
    }

    private static String render() {
        List<String> lines = new ArrayList<>();
        lines.add(describe("list-no-element-at-least-100", PropertyRunner.check(
                Gen.lists(Gen.ints(0, 1000), 0, 50), PropertySettings.seeded(20260101), list -> {
                    if (list.stream().anyMatch(x -> x >= 100)) {
                        throw new AssertionError(list);
                    }
                }), String::valueOf));
        lines.add(describe("int-sum-overflow", PropertyRunner.check(
                Gen.zip(Gen.ints(Integer.MIN_VALUE, Integer.MAX_VALUE), Gen.ints(Integer.MIN_VALUE, Integer.MAX_VALUE),
                        (a, b) -> new int[] {a, b}),
                PropertySettings.seeded(20260102), pair -> {
                    if ((long) pair[0] + pair[1] != pair[0] + pair[1]) {
                        throw new ArithmeticException("overflow");
                    }
                }), Arrays::toString));
        lines.add(describe("harness-lost-ack", PropertyRunner.check(HarnessShrinkingTest.SCENARIOS, PropertySettings.seeded(20260103),
                scenario -> HarnessShrinkingTest.run(scenario, new ArrayList<>())), scenario -> scenario.commands().toString()));
        lines.add(describe("two-invariants-stay-apart", PropertyRunner.check(FailureIdentityTest.SCENARIOS, PropertySettings.seeded(20260104),
                FailureIdentityTest::run), scenario -> scenario.inputs().toString()));
        PropertyResult<Integer> runaway = PropertyRunner.check(Gen.of(GeneratorRobustnessTest::tree),
                PropertySettings.seeded(20260105).withMaxDepth(300), size -> { });
        lines.add("runaway-generator passed=" + (runaway instanceof Passed) + " triesRun=" + runaway.triesRun()
                + " discards=" + runaway.discardReasons());
        return String.join("\n", lines) + "\n";
    }

    private static <T> String describe(String name, PropertyResult<T> result, Function<T, String> show) {
        assertThat(result).as(name).isInstanceOf(Falsified.class);
        Falsified<T> failure = (Falsified<T>) result;
        return name
                + " seed=" + failure.seed()
                + " failingSeed=" + failure.failingSeed()
                + " triesRun=" + failure.triesRun()
                + " originalChoices=" + failure.original().choices().size()
                + " shrunkChoices=" + failure.shrunk().choices().size()
                + " shrinkSteps=" + failure.shrinkSteps()
                + " shrinkAttempts=" + failure.shrinkAttempts()
                + " shrinkEnd=" + failure.shrinkEnd()
                + " shrunk=" + show.apply(failure.shrunk().value())
                + " choices={" + failure.shrunk().choices() + "}"
                + " spans=" + failure.shrunk().spanCounts()
                + " alsoFound=" + failure.alsoFound().stream().map(other -> other.origin() + " " + show.apply(other.value())).toList();
    }
}
