package dev.simscaffold.testkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's commands are run, not copied: "Run all tests" is the command {@code .ci/run} executes (checked
 * here), and "A 60-second start" is executed verbatim, step by step, by the plugin's {@code readme-start} IT
 * (sim-scaffold-maven-plugin/src/it/readme-start), which also checks the test count and the sample report; the same IT
 * then runs the gossip and pipeline lines of "Which type for which system" and follows each generated module's README
 * "Watch a planted bug fail" (readme-walk.groovy).
 */
class ReadmeCommandsTest {

    private static final Path ROOT = Path.of("..");
    private static final Pattern RUN_ALL = Pattern.compile("(?s)\\*\\*Run all tests\\*\\*.*?```sh\\n([^\\n]+)\\n```");

    @Test
    void runAllTestsIsExactlyWhatCiRuns() throws IOException {
        Matcher readme = RUN_ALL.matcher(Files.readString(ROOT.resolve("README.md")));
        assertThat(readme.find()).as("README.md has a **Run all tests** block with one command").isTrue();
        List<String> ci = Files.readAllLines(ROOT.resolve(".ci/run")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#") && line.startsWith("./mvnw")).toList();

        assertThat(ci).as(".ci/run's Maven commands").containsExactly(readme.group(1));
    }

    @Test
    void theSixtySecondStartIsExecutedByThePluginIt() throws IOException {
        String it = Files.readString(ROOT.resolve("sim-scaffold-maven-plugin/src/it/readme-start/verify.groovy"));

        assertThat(it).contains("'## A 60-second start'", "readme-count.groovy", "**Try gossip or pipeline the same way**", "readme-walk.groovy");
    }
}
