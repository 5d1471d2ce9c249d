package dev.simscaffold.plugin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removal of the directories the plugin itself created, when a generation is undone. */
final class Directories {

    private Directories() {
    }

    /** Deletes {@code directory} and everything below it, files before the directories holding them. */
    static void deleteTree(Path directory) {
        try (Stream<Path> tree = Files.walk(directory)) {
            for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove " + directory + ": " + e.getMessage(), e);
        }
    }
}
