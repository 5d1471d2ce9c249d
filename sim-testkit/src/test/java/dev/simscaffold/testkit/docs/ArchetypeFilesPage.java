package dev.simscaffold.testkit.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The "files generated" table of an archetype's reference page: the "What was generated" table of the README that
 * archetype generates with its default properties, read from the archetype's snapshot of that module. That README
 * is rendered from the archetype's spec ({@code META-INF/sim-scaffold/archetype.groovy} over the shared one), and
 * the snapshot is what the archetype's IT compares a real generation with, so the page shows what is generated,
 * never a copy kept by hand. A file of the snapshot that the table does not list fails the rendering, naming it.
 */
final class ArchetypeFilesPage {

    private static final String HEADING = "What was generated\n------------------\n\n";
    private static final String MAIN = "src/main/java/";

    private ArchetypeFilesPage() {
    }

    /**
     * The renderer of one archetype's table.
     *
     * @param type the archetype's type, as in {@code archetype-<type>}
     * @return the table, from the repository root
     */
    static java.util.function.Function<Path, String> of(String type) {
        return root -> render(root.resolve("archetypes/archetype-" + type + "/src/test/snapshot/default-properties"));
    }

    static String render(Path snapshot) {
        String readme = read(snapshot.resolve("README.md.snap"));
        int start = readme.indexOf(HEADING);
        if (start < 0) {
            throw new IllegalStateException(snapshot.resolve("README.md.snap") + " has no section 'What was generated'");
        }
        int end = readme.indexOf("\n\n", start + HEADING.length());
        String table = readme.substring(start + HEADING.length(), end + 1);
        List<String> unlisted = generatedFiles(snapshot).stream().filter(file -> !table.contains("| `" + file + "` |")).toList();
        if (!unlisted.isEmpty()) {
            throw new IllegalStateException("the archetype generates " + unlisted + " (" + snapshot
                    + ") but its README's table does not list them: add them to the archetype's spec");
        }
        return table;
    }

    /** The snapshot's files as the table names them: the package's directories shown as {@code ...}. */
    private static List<String> generatedFiles(Path snapshot) {
        try (Stream<Path> files = Files.walk(snapshot)) {
            List<String> paths = files.filter(Files::isRegularFile).map(file -> snapshot.relativize(file).toString().replace('\\', '/'))
                    .map(path -> path.substring(0, path.length() - ".snap".length())).sorted().toList();
            String packageDirectory = paths.stream().filter(path -> path.startsWith(MAIN) && path.endsWith("/package-info.java"))
                    .map(path -> path.substring(MAIN.length(), path.lastIndexOf('/') + 1))
                    .min(Comparator.comparingInt(String::length))
                    .orElseThrow(() -> new IllegalStateException(snapshot + " has no package-info.java under " + MAIN));
            return paths.stream().map(path -> path.replace("java/" + packageDirectory, "java/.../")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
