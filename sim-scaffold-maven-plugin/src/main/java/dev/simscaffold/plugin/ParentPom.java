package dev.simscaffold.plugin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The pom.xml of the project {@code add} runs in. It is read as ISO-8859-1, one character per byte, so
 * that the one inserted line is the only change to its bytes whatever its declared encoding.
 */
final class ParentPom {

    private final Path file;
    private final byte[] original;

    private ParentPom(Path file, byte[] original) {
        this.file = file;
        this.original = original;
    }

    /**
     * Reads the pom.xml of {@code workingDirectory}.
     *
     * @throws IllegalArgumentException when there is none
     */
    static ParentPom in(Path workingDirectory) {
        Path file = workingDirectory.resolve("pom.xml");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("sim-scaffold:add runs in the directory of a project with <packaging>pom</packaging>, and "
                    + workingDirectory + " has no pom.xml; use sim-scaffold:new for a standalone project");
        }
        try {
            return new ParentPom(file, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    Path file() {
        return file;
    }

    /** The pom as one character per byte. */
    String text() {
        return new String(original, StandardCharsets.ISO_8859_1);
    }

    /**
     * Writes {@code text} (one character per byte, as {@link #text()} gave it).
     *
     * @throws UncheckedIOException after putting the original bytes back
     */
    void write(String text) {
        try {
            Files.write(file, text.getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            restore();
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private void restore() {
        try {
            Files.write(file, original);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restore " + file + ": " + e.getMessage(), e);
        }
    }
}
