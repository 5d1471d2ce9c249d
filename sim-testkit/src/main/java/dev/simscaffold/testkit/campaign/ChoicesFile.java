package dev.simscaffold.testkit.campaign;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.check.ChoiceSequence;
import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.check.PropertyRunner;
import dev.simscaffold.core.check.PropertySettings;
import dev.simscaffold.testkit.replay.SimProperty;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One guided try as a file that {@code -Dsim.choices=<file>} replays: the seed its stream reported and its whole
 * choice sequence, as {@link ChoiceSequence#encoded()} writes it. A mutant is no seed of the campaign (its draws are a
 * kept try's, edited), so a seed cannot name it; its sequence can, and a file keeps the command short where a Raft
 * try's thousands of draws would not fit a readable command line, and travels with the shard's other results.
 *
 * <pre>
 * sim-scaffold choices 1
 * seed -4021139287512358842
 * choices AQMAAhQ...
 * </pre>
 *
 * @param seed the seed the try's stream reported ({@code SimRandom.seed()}; its forks derive from it)
 * @param choices the encoded choice sequence
 */
@Api(Api.Status.EXPERIMENTAL)
public record ChoicesFile(long seed, String choices) {

    /** The first line of every choices file. */
    public static final String HEADER = "sim-scaffold choices 1";

    /** The system property that names a choices file to replay, read by a guided shard and set by its replay command. */
    public static final String PROPERTY = SimProperty.CHOICES.key();

    /**
     * Validates the components.
     *
     * @param seed the {@code seed} component
     * @param choices the {@code choices} component, not blank
     */
    public ChoicesFile {
        if (choices == null || choices.isBlank()) {
            throw new IllegalArgumentException("a choices file needs the encoded choices of a try, got " + (choices == null ? "null" : "\"" + choices + "\""));
        }
    }

    /**
     * Writes the file, creating its directory.
     *
     * @param file where
     * @return the file
     */
    public Path write(Path file) {
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.writeString(file, HEADER + "\nseed " + seed + "\nchoices " + choices + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the choices file " + file.toAbsolutePath(), e);
        }
        return file;
    }

    /**
     * Reads a file written by {@link #write}.
     *
     * @param file the file
     * @return its seed and choices
     * @throws IllegalArgumentException naming the file when it is missing, unreadable or not a choices file
     */
    public static ChoicesFile read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
        } catch (IOException e) {
            throw new IllegalArgumentException(PROPERTY + ": cannot read the choices file " + file.toAbsolutePath() + " (" + e + ")", e);
        }
        if (lines.size() != 3 || !lines.get(0).equals(HEADER) || !lines.get(1).startsWith("seed ") || !lines.get(2).startsWith("choices ")) {
            throw new IllegalArgumentException(PROPERTY + ": " + file.toAbsolutePath() + " is not a choices file (\"" + HEADER
                    + "\", then \"seed S\", then \"choices C\")");
        }
        long seed;
        try {
            seed = Long.parseLong(lines.get(1).substring("seed ".length()).strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PROPERTY + ": " + file.toAbsolutePath() + ": the seed is not a whole number, got \"" + lines.get(1) + "\"", e);
        }
        String choices = lines.get(2).substring("choices ".length()).strip();
        try {
            PropertyRunner.recheck(Gen.of(random -> random), PropertySettings.seeded(seed), choices, random -> {
            });
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PROPERTY + ": " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        return new ChoicesFile(seed, choices);
    }
}
