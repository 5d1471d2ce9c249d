package dev.simscaffold.testkit.docs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The reference pages whose facts are generated from the code that defines them, and the renderer of each
 * generated block. A page keeps its hand-written prose around a delimited block ({@link GeneratedBlocks});
 * {@code ReferencePagesTest} fails when a block differs from its rendering and rewrites it with
 * {@value #UPDATE_PROPERTY}{@code =true}. Renderers read the code at test time (reflection over the types, their
 * Javadoc from the source), so a change to a record, an enum or a parser regenerates the page, never a copy.
 */
final class ReferencePages {

    /** The system property that rewrites stale blocks instead of failing. */
    static final String UPDATE_PROPERTY = "docs.update";

    /** The command that refreshes every generated block, printed by a failure. */
    static final String REFRESH = "./mvnw -B -o -pl sim-core,sim-corpus,sim-testkit -am test -P '!cross-jdk' -Dtest=ReferencePagesTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -D" + UPDATE_PROPERTY + "=true";

    /** One generated block: the page (from the repository root) that holds it, its name, and its renderer. */
    record Block(String page, String name, Function<Path, String> render) {
    }

    /** Every generated block, in page order. */
    static final List<Block> BLOCKS = List.of(
            new Block("docs/reference/faults.md", "fault-fields", FaultFieldsPage::render),
            new Block("docs/reference/trace.md", "event-kinds", TraceKindsPage::eventKinds),
            new Block("docs/reference/trace.md", "trace-modes", TraceKindsPage::traceModes),
            new Block("docs/reference/expectations.md", "expectation-kinds", ExpectationKindsPage::render),
            new Block("docs/reference/strategies.md", "strategy-forms", StrategiesPage::render),
            new Block("docs/reference/system-properties.md", "sim-properties", SystemPropertiesPage::render),
            new Block("docs/reference/archetype-coordination.md", "files", ArchetypeFilesPage.of("coordination")),
            new Block("docs/reference/archetype-gossip.md", "files", ArchetypeFilesPage.of("gossip")),
            new Block("docs/reference/archetype-pipeline.md", "files", ArchetypeFilesPage.of("pipeline")));

    private ReferencePages() {
    }

    /**
     * One message per block of {@code page} that differs from its rendering or is missing, naming the page, the block
     * and the command that refreshes it.
     *
     * @param page the page's path from the repository root
     * @param text the page's text
     * @param renderings the rendering of each block the page must hold, by name
     * @return the problems, empty when the page is current
     */
    static List<String> stale(String page, String text, Map<String, String> renderings) {
        List<String> problems = new ArrayList<>();
        renderings.forEach((name, rendering) -> {
            String content = GeneratedBlocks.content(text, name);
            if (content == null) {
                problems.add(page + " has no block " + GeneratedBlocks.begin(name) + " ... " + GeneratedBlocks.END
                        + " (each marker on a line of its own); add the two markers where it belongs and run: " + REFRESH);
            } else if (!content.equals(rendering)) {
                problems.add(page + ": the generated block '" + name + "' is stale (" + firstDifference(content, rendering)
                        + "); refresh it with: " + REFRESH);
            }
        });
        for (String name : GeneratedBlocks.names(text)) {
            if (!renderings.containsKey(name)) {
                problems.add(page + " has a block '" + name + "' that no renderer of ReferencePages produces");
            }
        }
        return problems;
    }

    /** Where two texts first differ, as the line number and the two lines. */
    private static String firstDifference(String page, String rendering) {
        List<String> have = page.lines().toList();
        List<String> want = rendering.lines().toList();
        for (int i = 0; i < Math.max(have.size(), want.size()); i++) {
            String a = i < have.size() ? have.get(i) : "<end>";
            String b = i < want.size() ? want.get(i) : "<end>";
            if (!a.equals(b)) {
                return "line " + (i + 1) + " of the block is '" + a + "', the code gives '" + b + "'";
            }
        }
        return "they differ only in their line ends";
    }
}
