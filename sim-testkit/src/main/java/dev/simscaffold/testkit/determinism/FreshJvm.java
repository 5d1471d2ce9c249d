package dev.simscaffold.testkit.determinism;

import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.core.trace.EventKind;
import dev.simscaffold.core.trace.Trace;
import dev.simscaffold.core.trace.TraceEvent;
import dev.simscaffold.core.trace.TraceMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Runs one seed of a simulation class in a child {@code java} process with this JVM's class path: a fresh
 * JVM, with its own salt for {@code Set.of}/{@code Map.of} iteration, its own identity hashes and no static
 * state left by earlier tests, optionally on another JDK. What a double run inside one JVM cannot see.
 */
final class FreshJvm {

    /** How long a child run may take before it is killed and reported. */
    static final long TIMEOUT_MINUTES = 10;

    private final Path javaHome;
    /** System properties the child starts with, as {@code -Dname=value} options, such as a property's replayed case. */
    private final List<String> systemProperties;

    FreshJvm(Path javaHome) {
        this(javaHome, List.of());
    }

    FreshJvm(Path javaHome, List<String> systemProperties) {
        Path java = javaHome.resolve("bin").resolve("java");
        if (!Files.isExecutable(java)) {
            throw new IllegalArgumentException("no java executable at " + java + " (javaHome " + javaHome + ")");
        }
        this.javaHome = javaHome;
        this.systemProperties = List.copyOf(systemProperties);
    }

    Path javaHome() {
        return javaHome;
    }

    /** The result of a child run: the fingerprint and event count, and the events when it ran in full-trace mode. */
    record Result(long fingerprint, long size, Trace trace) {
    }

    Result run(String simulationClass, long seed, TraceMode mode) {
        Path result = null;
        Path errors = null;
        try {
            result = Files.createTempFile("sim-fresh-jvm-", ".txt");
            errors = Files.createTempFile("sim-fresh-jvm-", ".err");
            List<String> command = new ArrayList<>(List.of(javaHome.resolve("bin").resolve("java").toString(), "-XX:+UseSerialGC",
                    "-XX:TieredStopAtLevel=1"));
            command.addAll(systemProperties);
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), FreshJvmMain.class.getName(), simulationClass,
                    Long.toString(seed), mode.name(), result.toString()));
            Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(errors.toFile()).start();
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("seed " + seed + " did not finish within " + TIMEOUT_MINUTES + " minutes in a fresh JVM (" + javaHome + ")");
            }
            if (process.exitValue() != 0) {
                throw new AssertionError("seed " + seed + " failed in a fresh JVM (" + javaHome + ", exit " + process.exitValue() + "):\n"
                        + Files.readString(errors, StandardCharsets.UTF_8).strip());
            }
            return parse(Files.readAllLines(result, StandardCharsets.UTF_8), mode);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run seed " + seed + " in a fresh JVM (" + javaHome + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while seed " + seed + " ran in a fresh JVM", e);
        } finally {
            delete(result);
            delete(errors);
        }
    }

    private static void delete(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file, e);
        }
    }

    static String header(Trace trace) {
        return trace.fingerprintHex() + " " + trace.size();
    }

    private static Result parse(List<String> lines, TraceMode mode) {
        if (lines.isEmpty()) {
            throw new IllegalStateException("the fresh JVM wrote no result");
        }
        String[] header = lines.get(0).split(" ");
        long fingerprint = Long.parseUnsignedLong(header[0], 16);
        long size = Long.parseLong(header[1]);
        if (mode != TraceMode.FULL) {
            return new Result(fingerprint, size, null);
        }
        Trace trace = Trace.full();
        for (String line : lines.subList(1, lines.size())) {
            List<String> fields = decode(line);
            trace.record(LogicalTime.of(Long.parseLong(fields.get(0))), EventKind.valueOf(fields.get(1)), fields.get(2), fields.get(3), fields.get(4));
        }
        return new Result(fingerprint, size, trace);
    }

    /** One event as tab-separated fields (time, kind, actor, peer, detail), with backslash, tab and line breaks escaped. */
    static String encode(TraceEvent event) {
        return String.join("\t", Long.toString(event.time().ticks()), event.kind().name(), escape(event.actor()), escape(event.peer()),
                escape(event.detail()));
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static List<String> decode(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(++i);
                field.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        if (fields.size() != 5) {
            throw new IllegalStateException(String.format(Locale.ROOT, "a fresh JVM's event line has %d fields, not 5: %s", fields.size(), line));
        }
        return fields;
    }
}
