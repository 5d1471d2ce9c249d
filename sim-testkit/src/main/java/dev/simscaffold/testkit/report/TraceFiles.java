package dev.simscaffold.testkit.report;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.trace.MermaidDiagram;
import dev.simscaffold.core.trace.Timeline;
import dev.simscaffold.core.trace.TraceEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The full trace of a failed simulation, written next to the build output so it outlives the console:
 * {@code target/sim-traces/<Class.method>.seed_<seed>.txt} holds the whole verdict, the replay command, the
 * shrunk case and its choice sequence (for a property), every fault that fired and the whole timeline,
 * {@code <Class.method>.seed_<seed>.md} a Mermaid sequence diagram of the events that led to the
 * failure, which GitHub renders inline (attach it to an issue or a CI artifact). The seed follows
 * {@code seed_} exactly as {@code -Dsim.seed} takes it, sign included, so {@code seed_-6703…} cannot be
 * misread as a separator and a positive seed. A model checker's counterexample has no seed of its own: its
 * files are {@code <Class.method>.path_<fingerprint>}, and they hold its path ({@code -Dsim.path}) and moves.
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
     * The file name both trace files of a model checker's counterexample share: the test as in
     * {@link #baseName}, then {@code .path_} and the run's trace fingerprint (its path is too long for a name).
     *
     * @param testName the test, as {@code Class#method}
     * @param fingerprintHex the counterexample's trace fingerprint
     * @return for example {@code MembershipModelCheckTest.aMerge.path_1f2e3d4c5b6a7988}
     */
    public static String pathBaseName(String testName, String fingerprintHex) {
        return testName.replaceAll("[^A-Za-z0-9._$-]", ".") + ".path_" + fingerprintHex;
    }

    /**
     * Writes both files for a failing run.
     *
     * @param testName the test, as {@code Class#method}
     * @param run the failing run, whose trace is written
     * @param replayCommand the command that replays the failure
     * @param property what a property adds (the whole shrunk counterexample and its choice sequence), if any
     * @param path what a model checker's counterexample adds (its path and moves), if it is one
     * @param window where the report looks
     * @param faults the faults that fired up to there
     * @return the files written
     * @throws UncheckedIOException if the files cannot be written
     */
    static TraceFiles write(String testName, FailedRun run, String replayCommand, Optional<PropertyCase> property,
            Optional<PathCase> path, EventWindow window, FaultDigest faults) {
        String base = path.isEmpty() ? baseName(testName, run.seed())
                : pathBaseName(testName, run.trace().map(trace -> trace.fingerprintHex()).orElse("untraced"));
        TraceFiles files = new TraceFiles(DIRECTORY.resolve(base + ".txt"), DIRECTORY.resolve(base + ".md"));
        try {
            Files.createDirectories(DIRECTORY);
            Files.writeString(files.text(), text(testName, run, replayCommand, property, path, faults), StandardCharsets.UTF_8);
            Files.writeString(files.diagram(), markdown(testName, run, replayCommand, path, window), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write trace files under " + DIRECTORY.toAbsolutePath(), e);
        }
        return files;
    }

    private static String text(String testName, FailedRun run, String replayCommand, Optional<PropertyCase> property,
            Optional<PathCase> path, FaultDigest faults) {
        List<String> verdict = SimulationReport.verdict(run.failure());
        StringBuilder text = new StringBuilder().append(testName).append(": ").append(verdict.get(0)).append('\n');
        verdict.stream().skip(1).forEach(line -> text.append(line).append('\n'));
        text.append(SimulationReport.caseName(run, path));
        SimulationReport.violationIn(run.failure()).ifPresent(v -> text.append(", step ").append(v.step()).append(", ").append(v.time()));
        property.ifPresent(p -> text.append(" (strategy ").append(p.strategy()).append(')'));
        text.append('\n').append("replay: ").append(replayCommand).append('\n');
        if (!run.rerun().isEmpty()) {
            text.append("trace: ").append(run.rerun()).append('\n');
        }
        run.trace().ifPresent(trace -> text.append("trace fingerprint ").append(trace.fingerprintHex()).append(" (").append(trace.size()).append(" events)\n"));
        property.ifPresent(p -> {
            text.append('\n').append(p.heading()).append('\n').append("shrunk counterexample:\n");
            p.value().forEach(line -> text.append(line).append('\n'));
            text.append("choices: ").append(p.choices()).append('\n');
        });
        path.ifPresent(p -> {
            text.append('\n').append(p.heading()).append('\n');
            p.moves().forEach(line -> text.append(line).append('\n'));
        });
        if (run.trace().isEmpty()) {
            return text.append("\nno trace: no simulation ran in this case, or its re-run did not reproduce it\n").toString();
        }
        text.append('\n');
        faults.render(run.failure() instanceof HistoryFailure ? "up to the first operation that cannot be placed" : "up to the failure",
                Integer.MAX_VALUE).forEach(line -> text.append(line).append('\n'));
        List<String> states = NodeStates.render(run.trace().get(), run.failure() instanceof HistoryFailure ? "at the end of the run" : "at the failing step");
        if (!states.isEmpty()) {
            text.append('\n');
            states.forEach(line -> text.append(line).append('\n'));
        }
        if (run.complete()) {
            text.append("\ntimeline:\n").append(Timeline.render(run.events()));
        } else {
            text.append("\ntimeline (FINGERPRINT_ONLY trace: only the last events were kept; use TraceMode.FULL for all):\n")
                    .append(Timeline.render(run.events()));
        }
        return text.toString();
    }

    private static String markdown(String testName, FailedRun run, String replayCommand, Optional<PathCase> path, EventWindow window) {
        List<String> verdict = SimulationReport.verdict(run.failure());
        StringBuilder md = new StringBuilder().append("# ").append(testName).append(": ")
                .append(verdict.get(0).replaceFirst("^invariant violated: ", "")).append("\n\n");
        if (verdict.size() > 1) {
            md.append("```\n");
            verdict.stream().skip(1).limit(SimulationReport.VERDICT_LINES).forEach(v -> md.append(v).append('\n'));
            md.append("```\n");
        }
        if (replayCommand.equals(SimulationReport.NO_REPLAY)) {
            md.append("\nSeed `").append(run.seed()).append("`: ").append(SimulationReport.DOES_NOT_REPLAY).append(", ").append(replayCommand).append(".\n\n");
        } else {
            md.append("\n").append(path.isPresent() ? "Path `" + path.get().path() : "Seed `" + run.seed())
                    .append("`. Replay:\n\n```sh\n").append(replayCommand).append("\n```\n\n");
        }
        List<TraceEvent> events = run.events();
        if (events.isEmpty()) {
            return md.append("No simulation trace.\n").toString();
        }
        List<TraceEvent> shown = events.subList(Math.max(0, window.to() - MermaidDiagram.DEFAULT_MAX_EVENTS), window.to());
        return md.append("The events up to where the report looks (").append(window.title().replaceFirst(":$", "")).append("):\n\n")
                .append(MermaidDiagram.markdown(shown)).toString();
    }
}
