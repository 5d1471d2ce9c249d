package dev.simscaffold.testkit.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.fault.StorageFaults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fails when a generated reference page is stale: every block of {@link ReferencePages#BLOCKS} must equal what its
 * renderer makes of the code now. Run with {@code -Ddocs.update=true} to rewrite the stale blocks (like
 * {@code -Dsnapshot.update=true}); the hand-written prose around them is left as it is.
 */
class ReferencePagesTest {

    private static final Path ROOT = Path.of("..");

    @Test
    void everyGeneratedBlockMatchesTheCodeItIsGeneratedFrom() throws IOException {
        Map<String, Map<String, String>> renderings = new TreeMap<>();
        for (ReferencePages.Block block : ReferencePages.BLOCKS) {
            renderings.computeIfAbsent(block.page(), page -> new LinkedHashMap<>()).put(block.name(), block.render().apply(ROOT));
        }
        boolean update = Boolean.getBoolean(ReferencePages.UPDATE_PROPERTY);
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> page : renderings.entrySet()) {
            Path file = ROOT.resolve(page.getKey());
            String text = Files.readString(file);
            if (update) {
                for (Map.Entry<String, String> block : page.getValue().entrySet()) {
                    if (GeneratedBlocks.content(text, block.getKey()) != null) {
                        text = GeneratedBlocks.replace(text, block.getKey(), block.getValue());
                    }
                }
                Files.writeString(file, text);
            }
            problems.addAll(ReferencePages.stale(page.getKey(), text, page.getValue()));
        }
        assertThat(problems).as("stale generated reference pages").isEmpty();
    }

    @Test
    void noPageOutsideTheRegistryHasAGeneratedBlock() throws IOException {
        List<String> pages = ReferencePages.BLOCKS.stream().map(ReferencePages.Block::page).distinct().toList();
        List<String> strays = new ArrayList<>();
        try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
            for (Path file : docs.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                String page = ROOT.relativize(file).toString().replace('\\', '/');
                if (!pages.contains(page) && !GeneratedBlocks.names(Files.readString(file)).isEmpty()) {
                    strays.add(page);
                }
            }
        }
        assertThat(strays).as("pages with generated blocks that no renderer writes").isEmpty();
    }

    @Test
    void aStalePageIsReportedWithItsNameAndTheCommandThatRefreshesIt() {
        String rendering = "| `lossRate` | double | 0 |\n";
        String current = "# Faults\n\nProse.\n\n<!-- generated:begin fields -->\n" + rendering + "<!-- generated:end -->\n\nMore prose.\n";
        String stale = current.replace("| 0 |", "| 0.1 |");
        String unmarked = "# Faults\n\n" + rendering;
        String unknownBlock = current + "<!-- generated:begin retired -->\nold\n<!-- generated:end -->\n";

        assertThat(ReferencePages.stale("docs/reference/faults.md", current, Map.of("fields", rendering))).isEmpty();
        assertThat(ReferencePages.stale("docs/reference/faults.md", stale, Map.of("fields", rendering))).singleElement().asString()
                .contains("docs/reference/faults.md", "'fields' is stale", "line 1", "| 0.1 |", "-Ddocs.update=true", "-Dtest=ReferencePagesTest");
        assertThat(ReferencePages.stale("docs/reference/faults.md", unmarked, Map.of("fields", rendering))).singleElement().asString()
                .contains("has no block <!-- generated:begin fields -->");
        assertThat(ReferencePages.stale("docs/reference/faults.md", unknownBlock, Map.of("fields", rendering))).singleElement().asString()
                .contains("'retired' that no renderer");
        assertThat(GeneratedBlocks.replace(stale, "fields", rendering)).isEqualTo(current);
    }

    @Test
    void anArchetypesTableIsItsGeneratedReadmesAndAFileItDoesNotListFailsNamingIt(@TempDir Path snapshot) throws IOException {
        String table = "| file | what |\n| --- | --- |\n| `pom.xml` | the build |\n| `README.md` | this file |\n"
                + "| `src/main/java/.../package-info.java` | the module |\n| `src/main/java/.../runtime/Main.java` | one node |\n";
        write(snapshot.resolve("README.md.snap"), "x\n=\n\nWhat was generated\n------------------\n\n" + table + "\nPackage: `com.example`.\n");
        write(snapshot.resolve("pom.xml.snap"), "");
        write(snapshot.resolve("src/main/java/com/example/package-info.java.snap"), "");
        write(snapshot.resolve("src/main/java/com/example/runtime/Main.java.snap"), "");

        assertThat(ArchetypeFilesPage.render(snapshot)).isEqualTo(table);

        write(snapshot.resolve("src/test/java/com/example/MainTest.java.snap"), "");
        assertThatThrownBy(() -> ArchetypeFilesPage.render(snapshot)).hasMessageContaining("[src/test/java/.../MainTest.java]")
                .hasMessageContaining("add them to the archetype's spec");
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void theFaultRulesAreTheChecksTheRecordsMake() {
        Map<String, Set<String>> network = FaultFieldsPage.rules(NetworkFaults.class, "network");
        Map<String, Set<String>> storage = FaultFieldsPage.rules(StorageFaults.class, "storage");

        assertThat(network.get("lossRate")).containsExactly("must be in [0, 1]");
        assertThat(network.get("minDelayTicks")).containsExactly("must be >= 0", "must be <= maxDelayTicks");
        assertThat(network.get("maxPartitionTicks")).contains("must be >= 1 when partitionRate > 0");
        assertThat(network.get("maxClockDriftPpm")).contains("must be <= " + NetworkFaults.MAX_CLOCK_DRIFT_PPM);
        assertThat(storage.get("atlasFaultyDisks")).singleElement().asString().startsWith("must be >= 1 with an atlas");
    }

    @Test
    void javadocBecomesMarkdownOnOneLine() {
        JavadocText doc = JavadocText.ofSource("""
                /**
                 * A layer.
                 *
                 * <p>Second {@link dev.x.Other#run(int, long) paragraph} about {@code a {b}} and {@link #field()}.
                 *
                 * @param rate probability, in [0, 1], see {@link Other}
                 * @param ticks how long, {@code >= 1}
                 */
                public record Layer(double rate, long ticks) {
                    /** Off. */
                    public static final Layer NONE = null;
                }
                """);

        assertThat(doc.typeDescription("Layer")).isEqualTo("A layer. Second paragraph about `a {b}` and `field()`.");
        assertThat(doc.typeParams("Layer")).containsExactly(
                Map.entry("rate", "probability, in [0, 1], see `Other`"), Map.entry("ticks", "how long, `>= 1`"));
        assertThat(doc.memberDescription("public static final Layer NONE")).isEqualTo("Off.");
        assertThat(doc.typeSummary("Layer")).isEqualTo("A layer.");
        assertThat(JavadocText.ofSource("/**\n * Makes one.\n *\n * @param <V> the view\n * @param name its name\n */\n"
                + "public static <V> Layer make(String name) {\n").memberParamNames("public static [^;{=]*\\bmake\\(")).containsExactly("<V>", "name");
    }

    @Test
    void strategyFormsComeFromTheParserAndEachPlaceholderNeedsAnExample() {
        assertThat(StrategiesPage.forms()).contains("uniform", "pct:DEPTH", "portfolio:A,B,...");
        assertThat(StrategiesPage.example("hold:TICKS:INNER")).isEqualTo("hold:30:pct:3");
        assertThatThrownBy(() -> StrategiesPage.example("fair:WIDTH")).hasMessageContaining("placeholder WIDTH")
                .hasMessageContaining("StrategiesPage.EXAMPLES");
    }
}
