package dev.simscaffold.testkit.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The pages the documentation tests read — README.md, CONTRIBUTING.md and every Markdown file below {@code docs/} —
 * by their path from the repository root, in a fixed order, so that each test reports its findings in the same
 * order on every machine.
 */
final class DocPages {

    private DocPages() {
    }

    /** Every documentation page below {@code root}, by its path from {@code root} with forward slashes. */
    static SortedMap<String, String> read(Path root) throws IOException {
        SortedMap<String, String> pages = new TreeMap<>();
        for (String page : List.of("README.md", "CONTRIBUTING.md")) {
            pages.put(page, Files.readString(root.resolve(page)));
        }
        try (Stream<Path> docs = Files.walk(root.resolve("docs"))) {
            for (Path file : docs.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                pages.put(root.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }
        return pages;
    }
}
