package dev.simscaffold.testkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's code true: every block between {@code // README:begin} and {@code // README:end} in any
 * module's test sources must appear in README.md verbatim (less its indentation), and the tests around it
 * keep it compiling and passing.
 */
class ReadmeSnippetsTest {

    private static final String BEGIN = "// README:begin";
    private static final String END = "// README:end";
    private static final Path ROOT = Path.of("..");

    @Test
    void everyMarkedSnippetAppearsInTheReadmeVerbatim() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        List<String> snippets = snippets();
        assertThat(snippets).as("README snippets found in test sources").hasSizeGreaterThanOrEqualTo(2);
        for (String snippet : snippets) {
            assertThat(readme).as("README.md must contain this snippet verbatim").contains(snippet);
        }
    }

    private static List<String> snippets() throws IOException {
        List<String> snippets = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java") && p.toString().contains("src/test/java"))
                    .filter(p -> !p.toString().contains("target")).sorted().toList()) {
                snippets.addAll(snippetsIn(Files.readAllLines(file)));
            }
        }
        return snippets;
    }

    private static List<String> snippetsIn(List<String> lines) {
        List<String> snippets = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).trim().equals(BEGIN)) {
                int indent = lines.get(i).indexOf(BEGIN);
                int end = i + 1;
                while (!lines.get(end).trim().equals(END)) {
                    end++;
                }
                snippets.add(lines.subList(i + 1, end).stream()
                        .map(line -> line.length() >= indent ? line.substring(indent) : line.strip())
                        .collect(Collectors.joining("\n", "", "\n")));
                i = end;
            }
        }
        return snippets;
    }
}
