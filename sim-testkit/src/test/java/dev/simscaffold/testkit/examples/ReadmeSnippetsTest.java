package dev.simscaffold.testkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the code in README.md and {@code docs/} true: every block between {@code // DOCS:begin <file>} and
 * {@code // DOCS:end} in any module's test sources must appear verbatim (less its indentation in the source) in
 * the file the marker names, a path from the repository root; the tests around the block keep it compiling and
 * passing. A block inside a Markdown list item may carry the item's indentation on each of its lines, the same
 * on every line. A marker naming no file, a file outside README.md, CONTRIBUTING.md and {@code docs/}, a file that
 * does not exist, a begin without an end, or the old {@code // README:begin} form fails, naming the source and
 * line.
 *
 * <p>The reverse holds too: every fenced {@code java} block of README.md, CONTRIBUTING.md and {@code docs/} must be
 * covered, each of its non-blank lines, by marked snippets naming its page, so no example in the docs goes unchecked.
 * {@link #UNCHECKED} lists the blocks exempt, each with its reason, by page and first line; an entry that no longer
 * matches an uncovered block fails too, so the list only shrinks.
 */
class ReadmeSnippetsTest {

    private static final String BEGIN = "// DOCS:begin";
    private static final String END = "// DOCS:end";
    private static final String OLD_BEGIN = "// README:begin";
    private static final Path ROOT = Path.of("..");

    /** Fenced java blocks no test holds, as {@code page: first line}, with the reason. */
    static final Map<String, String> UNCHECKED = Map.of();

    /** A marked block: where it is in the test sources, the docs file it names, and its text. */
    record Snippet(String source, int line, String docsFile, String text) {
    }

    @Test
    void everyMarkedSnippetAppearsVerbatimInTheFileItNames() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Snippet> snippets = snippets(problems);
        assertThat(snippets).as("marked snippets found in test sources").hasSizeGreaterThanOrEqualTo(20);
        problems.addAll(missing(snippets, file -> read(ROOT.resolve(file))));
        assertThat(problems).as("snippets that are not where their markers say").isEmpty();
    }

    @Test
    void aSnippetEditedAwayFromItsFileIsReported() {
        Snippet snippet = new Snippet("Example.java", 7, "docs/guide/01-first-simulation.md", "int x = 1;\nint y = 2;\n");
        String kept = "# Title\n\n```java\nint x = 1;\nint y = 2;\n```\n";
        String edited = "# Title\n\n```java\nint x = 1;\nint y = 3;\n```\n";
        String inAListItem = "- step\n\n  ```java\n  int x = 1;\n  int y = 2;\n  ```\n";
        String unevenlyIndented = "- step\n\n  ```java\n  int x = 1;\n    int y = 2;\n  ```\n";

        assertThat(missing(List.of(snippet), file -> kept)).isEmpty();
        assertThat(missing(List.of(snippet), file -> inAListItem)).isEmpty();
        assertThat(missing(List.of(snippet), file -> edited)).singleElement().asString()
                .contains("Example.java:7", "docs/guide/01-first-simulation.md", "int y = 2;");
        assertThat(missing(List.of(snippet), file -> unevenlyIndented)).hasSize(1);
        assertThat(missing(List.of(new Snippet("Example.java", 7, "docs/nowhere.md", "int x = 1;\n")), file -> null))
                .singleElement().asString().contains("docs/nowhere.md does not exist");
        assertThat(missing(List.of(new Snippet("Example.java", 7, "pom.xml", "int x = 1;\n")), file -> kept))
                .singleElement().asString().contains("names pom.xml");
    }

    @Test
    void markersWithoutAFileOrAnEndAreReported() {
        List<String> problems = new ArrayList<>();
        snippetsIn("A.java", List.of("    // DOCS:begin", "    int x;", "    // DOCS:end"), problems);
        snippetsIn("B.java", List.of("    // DOCS:begin README.md", "    int x;"), problems);
        snippetsIn("C.java", List.of("    // README:begin", "    int x;", "    // README:end"), problems);
        assertThat(problems).satisfiesExactly(
                a -> assertThat(a).contains("A.java:1", "names no file"),
                b -> assertThat(b).contains("B.java:1", "no // DOCS:end"),
                c -> assertThat(c).contains("C.java:1", "// DOCS:begin <file>"));
    }

    @Test
    void everyJavaBlockOfTheDocsIsHeldByMarkedSnippets() throws IOException {
        List<Snippet> snippets = snippets(new ArrayList<>());
        SortedMap<String, String> pages = DocPages.read(ROOT);
        List<String> uncovered = new ArrayList<>();
        pages.forEach((page, text) -> uncovered.addAll(uncovered(page, text, snippets)));
        List<String> unexplained = uncovered.stream().filter(block -> !UNCHECKED.containsKey(block)).toList();
        List<String> stale = UNCHECKED.keySet().stream().filter(block -> !uncovered.contains(block)).toList();
        assertThat(unexplained).as("java blocks of the docs that no // DOCS:begin snippet holds (write the test that holds it)").isEmpty();
        assertThat(stale).as("UNCHECKED entries whose block is now covered or gone (remove them)").isEmpty();
    }

    @Test
    void aJavaBlockNoSnippetCoversIsReported() {
        String page = "# T\n\n```java\nint x = 1;\n\nint y = 2;\n```\n\n- item\n\n  ```java\n  int z = 3;\n  ```\n\n```\nnot java\n```\n";
        Snippet x = new Snippet("A.java", 1, "docs/t.md", "int x = 1;\n");
        Snippet y = new Snippet("A.java", 5, "docs/t.md", "int y = 2;\n");
        Snippet z = new Snippet("A.java", 9, "docs/t.md", "int z = 3;\n");
        Snippet elsewhere = new Snippet("A.java", 9, "docs/other.md", "int z = 3;\n");

        assertThat(uncovered("docs/t.md", page, List.of(x, y, z))).isEmpty();
        assertThat(uncovered("docs/t.md", page, List.of(x, z))).containsExactly("docs/t.md: int x = 1;");
        assertThat(uncovered("docs/t.md", page, List.of(x, y, elsewhere))).containsExactly("docs/t.md: int z = 3;");
    }

    /**
     * The fenced java blocks of a page that marked snippets naming it do not cover, each as {@code page: first line};
     * a block is covered when each of its non-blank lines lies inside a place where one of them appears.
     */
    static List<String> uncovered(String page, String text, List<Snippet> snippets) {
        boolean[] covered = new boolean[text.length()];
        for (Snippet snippet : snippets) {
            if (!snippet.docsFile().equals(page)) {
                continue;
            }
            for (int indent = 0; indent <= 8; indent++) {
                String prefix = " ".repeat(indent);
                String indented = snippet.text().lines().map(line -> line.isEmpty() ? line : prefix + line)
                        .collect(Collectors.joining("\n", "", "\n"));
                for (int at = text.indexOf(indented); at >= 0; at = text.indexOf(indented, at + 1)) {
                    Arrays.fill(covered, at, at + indented.length(), true);
                }
            }
        }
        List<String> uncovered = new ArrayList<>();
        List<String> lines = text.lines().toList();
        int offset = 0;
        String first = null;
        boolean inJava = false;
        boolean allCovered = true;
        for (String line : lines) {
            String trimmed = line.strip();
            if (!inJava && trimmed.equals("```java")) {
                inJava = true;
                first = null;
                allCovered = true;
            } else if (inJava && trimmed.startsWith("```")) {
                inJava = false;
                if (!allCovered) {
                    uncovered.add(page + ": " + first);
                }
            } else if (inJava && !trimmed.isEmpty()) {
                first = first == null ? trimmed : first;
                for (int i = offset + line.indexOf(trimmed); i < offset + line.length(); i++) {
                    allCovered &= covered[i];
                }
            }
            offset += line.length() + 1;
        }
        return uncovered;
    }

    /** One message per snippet not found verbatim in the file it names; {@code read} returns null for no file. */
    static List<String> missing(List<Snippet> snippets, Function<String, String> read) {
        List<String> problems = new ArrayList<>();
        for (Snippet snippet : snippets) {
            String where = snippet.source() + ":" + snippet.line();
            if (!snippet.docsFile().equals("README.md") && !snippet.docsFile().equals("CONTRIBUTING.md")
                    && !snippet.docsFile().startsWith("docs/")) {
                problems.add(where + " names " + snippet.docsFile() + "; a snippet belongs in README.md, CONTRIBUTING.md or docs/");
                continue;
            }
            String text = read.apply(snippet.docsFile());
            if (text == null) {
                problems.add(where + ": " + snippet.docsFile() + " does not exist");
            } else if (!appearsIn(snippet.text(), text)) {
                problems.add(where + ": " + snippet.docsFile() + " does not contain this snippet verbatim:\n" + snippet.text());
            }
        }
        return problems;
    }

    /** Verbatim, or with one indentation on every non-empty line, as a code block inside a list item has. */
    private static boolean appearsIn(String snippet, String text) {
        for (int indent = 0; indent <= 8; indent++) {
            String prefix = " ".repeat(indent);
            String indented = snippet.lines().map(line -> line.isEmpty() ? line : prefix + line)
                    .collect(Collectors.joining("\n", "", "\n"));
            if (text.contains(indented)) {
                return true;
            }
        }
        return false;
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Snippet> snippets(List<String> problems) throws IOException {
        List<Snippet> snippets = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java") && p.toString().contains("src/test/java"))
                    .filter(p -> !p.toString().contains("target")).sorted().toList()) {
                snippets.addAll(snippetsIn(ROOT.relativize(file).toString(), Files.readAllLines(file), problems));
            }
        }
        return snippets;
    }

    static List<Snippet> snippetsIn(String source, List<String> lines, List<String> problems) {
        List<Snippet> snippets = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.startsWith(OLD_BEGIN)) {
                problems.add(source + ":" + (i + 1) + " uses " + OLD_BEGIN + "; mark the block with // DOCS:begin <file> instead");
                continue;
            }
            if (!line.startsWith(BEGIN)) {
                continue;
            }
            String docsFile = line.substring(BEGIN.length()).trim();
            int indent = lines.get(i).indexOf(BEGIN);
            int end = i + 1;
            while (end < lines.size() && !lines.get(end).trim().equals(END)) {
                end++;
            }
            if (docsFile.isEmpty()) {
                problems.add(source + ":" + (i + 1) + ": the marker names no file (// DOCS:begin <file>)");
            } else if (end == lines.size()) {
                problems.add(source + ":" + (i + 1) + ": no " + END + " after this marker");
            } else {
                snippets.add(new Snippet(source, i + 1, docsFile, lines.subList(i + 1, end).stream()
                        .map(text -> text.length() >= indent ? text.substring(indent) : text.strip())
                        .collect(Collectors.joining("\n", "", "\n"))));
            }
            i = end;
        }
        return snippets;
    }
}
