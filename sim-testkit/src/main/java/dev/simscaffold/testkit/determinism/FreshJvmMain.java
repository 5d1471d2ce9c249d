package dev.simscaffold.testkit.determinism;

import dev.simscaffold.core.trace.Trace;
import dev.simscaffold.core.trace.TraceEvent;
import dev.simscaffold.core.trace.TraceMode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiFunction;

/**
 * The child side of {@link FreshJvm}: runs one seed of a simulation class in this (fresh) JVM and writes
 * the fingerprint, the event count and, in full-trace mode, every event to a file the parent reads. A file,
 * not standard output, so that whatever the simulation prints cannot be mistaken for the result.
 */
final class FreshJvmMain {

    private FreshJvmMain() {
    }

    /**
     * Runs {@code <class> <seed> <FULL|FINGERPRINT_ONLY> <result file>}.
     *
     * @param args the simulation class, the seed, the trace mode and where to write the result
     * @throws Exception whatever the simulation throws, so the parent reports it with the child's stack
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            throw new IllegalArgumentException("expected <simulation class> <seed> <trace mode> <result file>, got " + args.length + " arguments");
        }
        Constructor<?> constructor = Class.forName(args[0]).getDeclaredConstructor();
        constructor.setAccessible(true);
        @SuppressWarnings("unchecked")
        BiFunction<Long, TraceMode, Trace> simulation = (BiFunction<Long, TraceMode, Trace>) constructor.newInstance();
        Trace trace = simulation.apply(Long.parseLong(args[1]), TraceMode.valueOf(args[2]));
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[3]), StandardCharsets.UTF_8)) {
            out.write(FreshJvm.header(trace));
            out.newLine();
            if (trace.mode() == TraceMode.FULL) {
                for (TraceEvent event : trace.events()) {
                    out.write(FreshJvm.encode(event));
                    out.newLine();
                }
            }
        } catch (IOException e) {
            throw new IOException("cannot write the fresh JVM's result to " + args[3], e);
        }
    }
}
