package dev.simscaffold.testkit.report;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.trace.MermaidDiagram;
import dev.simscaffold.core.trace.Timeline;
import dev.simscaffold.core.trace.Trace;
import dev.simscaffold.core.trace.TraceMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The full trace of a failed simulation, written next to the build output so it outlives the console:
 * {@code target/sim-traces/<Class.method>.seed_<seed>.txt} holds the header and the whole timeline,
 * {@code <Class.method>.seed_<seed>.md} a Mermaid sequence diagram of the events that led to the
 * failure, which GitHub renders inline (attach it to an issue or a CI artifact). The seed follows
 * {@code seed_} exactly as {@code -Dsim.seed} takes it, sign included, so {@code seed_-6703…} cannot be
 * misread as a separator and a positive seed.
 *
 * @param text the plain-text timeline file
 * @param diagram the Markdown file with the Mermaid sequence diagram
 */
@Api(Api.Status.EXPERIMENTAL)
public record TraceFiles(Path text, Path diagram) {

    /** Where trace files go, relative to the module directory (the working directory of Surefire's tests). */
    public static final Path DIRECTORY = Path.of("target", "sim-traces");

    /**
     * Validates the components.
     *
     * @param text the {@code text} component
     * @param diagram the {@code diagram} component
     */
    public TraceFiles {
        if (text == null || diagram == null) {
            throw new NullPointerException("both trace files must be given");
        }
    }

    /**
     * The file name both trace files share, without extension: the test with every character outside
     * {@code [A-Za-z0-9._$-]} (such as {@code #}) replaced by {@code .}, then {@code .seed_} and the seed.
     *
     * @param testName the test, as {@code Class#method}
     * @param seed the failing seed
     * @return for example {@code LeaseTableProperties.invariantsHoldWithoutFaults.seed_-6703534882574009558}
     */
    public static String baseName(String testName, long seed) {
        return testName.replaceAll("[^A-Za-z0-9._$-]", ".") + ".seed_" + seed;
    }

    /**
     * Writes both files for a violation.
     *
     * @param testName the test, as {@code Class#method}
     * @param violation the violation, whose trace is written
     * @param replayCommand the command that replays the failure
     * @return the files written
     * @throws UncheckedIOException if the files cannot be written
     */
    public static TraceFiles write(String testName, InvariantViolationError violation, String replayCommand) {
        String base = baseName(testName, violation.seed());
        TraceFiles files = new TraceFiles(DIRECTORY.resolve(base + ".txt"), DIRECTORY.resolve(base + ".md"));
        try {
            Files.createDirectories(DIRECTORY);
            Files.writeString(files.text(), text(testName, violation, replayCommand), StandardCharsets.UTF_8);
            Files.writeString(files.diagram(), markdown(testName, violation, replayCommand), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write trace files under " + DIRECTORY.toAbsolutePath(), e);
        }
        return files;
    }

    private static String text(String testName, InvariantViolationError violation, String replayCommand) {
        Trace trace = violation.trace();
        StringBuilder text = new StringBuilder()
                .append(testName).append(": invariant violated: ").append(violation.invariant()).append('\n');
        violation.violations().forEach(v -> text.append("  ").append(v).append('\n'));
        text.append("seed ").append(violation.seed()).append(", step ").append(violation.step()).append(", ").append(violation.time()).append('\n')
                .append("replay: ").append(replayCommand).append('\n')
                .append("trace fingerprint ").append(trace.fingerprintHex()).append(" (").append(trace.size()).append(" events)\n\n");
        if (trace.mode() == TraceMode.FULL) {
            text.append("timeline:\n").append(trace.timeline());
        } else {
            text.append("timeline (FINGERPRINT_ONLY trace: only the last events were kept; use TraceMode.FULL for all):\n")
                    .append(Timeline.render(trace.tail(Integer.MAX_VALUE)));
        }
        return text.toString();
    }

    private static String markdown(String testName, InvariantViolationError violation, String replayCommand) {
        StringBuilder md = new StringBuilder()
                .append("# ").append(testName).append(": ").append(violation.invariant()).append("\n\n");
        violation.violations().forEach(v -> md.append("- ").append(v).append('\n'));
        md.append("\nSeed `").append(violation.seed()).append("`, step ").append(violation.step()).append(", ").append(violation.time())
                .append(". Replay:\n\n```sh\n").append(replayCommand).append("\n```\n\n")
                .append("The last events before the violation:\n\n")
                .append(MermaidDiagram.markdown(violation.trace().tail(MermaidDiagram.DEFAULT_MAX_EVENTS)));
        return md.toString();
    }
}
