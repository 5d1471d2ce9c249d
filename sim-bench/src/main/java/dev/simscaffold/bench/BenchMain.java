package dev.simscaffold.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs the benchmarks with JMH's own command line (every JMH option works: {@code -f}, {@code -wi},
 * {@code -i}, {@code -w}, {@code -r}, {@code -prof gc}, a name regex...) and then prints, and writes as
 * Markdown, a table of every benchmark with its ratio to the {@code bareLoop} baseline of the same class.
 * {@code --table FILE} (first argument) chooses the file; the default is {@code bench-results.md}.
 */
public final class BenchMain {

    /** The method name of each class's baseline. */
    static final String BASELINE = "bareLoop";

    private BenchMain() {
    }

    /**
     * Runs JMH and writes the table.
     *
     * @param args {@code [--table FILE]} then JMH's own options
     * @throws CommandLineOptionException if JMH rejects an option
     * @throws RunnerException if a benchmark fails
     * @throws IOException if the table cannot be written
     */
    public static void main(String[] args) throws CommandLineOptionException, RunnerException, IOException {
        Path table = Path.of("bench-results.md");
        String[] jmhArgs = args;
        if (args.length >= 2 && args[0].equals("--table")) {
            table = Path.of(args[1]);
            jmhArgs = Arrays.copyOfRange(args, 2, args.length);
        }
        CommandLineOptions options = new CommandLineOptions(jmhArgs);
        if (options.shouldHelp() || options.shouldList() || options.shouldListProfilers()
                || options.shouldListResultFormats() || options.shouldListWithParams()) {
            org.openjdk.jmh.Main.main(jmhArgs);
            return;
        }
        Collection<RunResult> results = new Runner(options).run();
        String markdown = table(results);
        System.out.println();
        System.out.print(markdown);
        Path parent = table.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(table, markdown, StandardCharsets.UTF_8);
        System.out.println("Table written to " + table.toAbsolutePath());
    }

    /**
     * Renders the results as a Markdown table: per class, the baseline first, each with its ratio to the
     * baseline and, when {@code -prof gc} ran, bytes allocated per operation.
     *
     * @param results what JMH returned
     * @return the table
     */
    static String table(Collection<RunResult> results) {
        Map<String, List<RunResult>> byClass = new TreeMap<>();
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark();
            String owner = name.substring(0, name.lastIndexOf('.')) + params(result);
            byClass.computeIfAbsent(owner, k -> new ArrayList<>()).add(result);
        }
        StringBuilder out = new StringBuilder();
        out.append("| Benchmark | Score | Error (99.9%) | Unit | Ratio to bare | Alloc B/op |\n");
        out.append("|---|---:|---:|---|---:|---:|\n");
        for (Map.Entry<String, List<RunResult>> entry : byClass.entrySet()) {
            List<RunResult> group = entry.getValue();
            Double baseline = null;
            for (RunResult result : group) {
                if (method(result).equals(BASELINE)) {
                    baseline = result.getPrimaryResult().getScore();
                }
            }
            group.sort((a, b) -> Boolean.compare(!method(a).equals(BASELINE), !method(b).equals(BASELINE)));
            String owner = group.get(0).getParams().getBenchmark();
            String simple = owner.substring(0, owner.lastIndexOf('.'));
            simple = simple.substring(simple.lastIndexOf('.') + 1);
            for (RunResult result : group) {
                Result<?> primary = result.getPrimaryResult();
                String ratio = baseline == null || baseline == 0 ? "n/a"
                        : String.format(Locale.ROOT, "%.2f×", primary.getScore() / baseline);
                Result<?> alloc = result.getSecondaryResults().get("gc.alloc.rate.norm");
                String bytes = alloc == null ? "" : String.format(Locale.ROOT, "%.1f", alloc.getScore());
                out.append(String.format(Locale.ROOT, "| %s.%s%s | %.1f | %.1f | %s | %s | %s |%n", simple, method(result),
                        params(result), primary.getScore(), primary.getScoreError(), primary.getScoreUnit(), ratio, bytes));
            }
        }
        return out.toString();
    }

    /** The benchmark's parameters as {@code " (a=1, b=2)"}, or empty; a baseline pairs only with equal ones. */
    private static String params(RunResult result) {
        List<String> pairs = new ArrayList<>();
        for (String key : result.getParams().getParamsKeys()) {
            pairs.add(key + "=" + result.getParams().getParam(key));
        }
        return pairs.isEmpty() ? "" : " (" + String.join(", ", pairs) + ")";
    }

    private static String method(RunResult result) {
        String name = result.getParams().getBenchmark();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    /**
     * Prints the table to a stream; for tests.
     *
     * @param results what JMH returned
     * @param stream where to print
     */
    static void print(Collection<RunResult> results, PrintStream stream) {
        stream.print(table(results));
    }
}
