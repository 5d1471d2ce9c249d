package dev.simscaffold.bench;

import dev.simscaffold.core.history.CheckResult;
import dev.simscaffold.core.history.HistoryChecker;
import dev.simscaffold.core.history.KvHistoryFormat;
import dev.simscaffold.core.history.KvModel;
import dev.simscaffold.core.history.KvSemantics;
import dev.simscaffold.core.history.Verdict;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The linearizability checker on Porcupine's 108 test histories, side by side with Porcupine's own times:
 * each history is parsed once (not timed), then checked in rounds on a warmed JVM, verdict only and with
 * the explanation, each check timed in the thread's CPU time; the best round counts. Porcupine's times come
 * from a TSV written by a timing run of its own test code ({@code file, verdict, CheckEvents ns,
 * CheckEventsVerbose ns}; see BENCHMARKS.md for how it was taken). Run with the heap the issue bounds:
 * {@code java -Xmx512m -cp sim-bench/target/benchmarks.jar dev.simscaffold.bench.HistoryPorcupineRun
 * <porcupine data dir> <porcupine times tsv> [rounds]}.
 */
public final class HistoryPorcupineRun {

    private HistoryPorcupineRun() {
    }

    /** One history, ready to check both ways. */
    private record Case(String file, boolean expected, Supplier<CheckResult<?, ?>> verdict, Supplier<CheckResult<?, ?>> explained) {
    }

    /**
     * Times every history and prints the per-history table and the sums.
     *
     * @param args {@code <data dir> <porcupine times tsv> [rounds]}
     * @throws IOException when a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        Path data = Path.of(args[0]);
        Map<String, long[]> porcupine = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)) {
            String[] fields = line.split("\t");
            porcupine.put(fields[0], new long[] {Long.parseLong(fields[2]), Long.parseLong(fields[3])});
        }
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        List<Case> cases = cases(data);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[][] best = new long[cases.size()][2];
        Verdict[] verdicts = new Verdict[cases.size()];
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < cases.size(); i++) {
                long start = threads.getCurrentThreadCpuTime();
                verdicts[i] = cases.get(i).verdict().get().verdict();
                long middle = threads.getCurrentThreadCpuTime();
                cases.get(i).explained().get();
                long end = threads.getCurrentThreadCpuTime();
                if (round == 1 || round > 1 && middle - start < best[i][0]) {
                    best[i][0] = middle - start;
                }
                if (round == 1 || round > 1 && end - middle < best[i][1]) {
                    best[i][1] = end - middle;
                }
            }
        }
        print(cases, porcupine, best, verdicts);
    }

    private static List<Case> cases(Path data) throws IOException {
        List<Case> cases = new ArrayList<>();
        List<String> lines = Files.readAllLines(data.resolve("expected.tsv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split("\t");
            String text = Files.readString(data.resolve(fields[0]), StandardCharsets.UTF_8);
            boolean expected = Boolean.parseBoolean(fields[1]);
            if (fields[0].startsWith("kv/")) {
                var history = KvHistoryFormat.readStrings(text);
                var checker = HistoryChecker.of(KvModel.strings());
                cases.add(new Case(fields[0], expected, () -> checker.verdictOnly().linearizable(history), () -> checker.linearizable(history)));
            } else {
                var history = KvHistoryFormat.read(text);
                var checker = HistoryChecker.of(KvModel.register(KvSemantics.jepsen()));
                cases.add(new Case(fields[0], expected, () -> checker.verdictOnly().linearizable(history), () -> checker.linearizable(history)));
            }
        }
        return cases;
    }

    private static void print(List<Case> cases, Map<String, long[]> porcupine, long[][] best, Verdict[] verdicts) {
        System.out.println("| history | expected | ours | Porcupine ms | ours, verdict ms | ratio | Porcupine verbose ms | ours, explained ms | ratio |");
        System.out.println("|---|---|---|---:|---:|---:|---:|---:|---:|");
        double[] sums = new double[4];
        int agree = 0;
        int over10 = 0;
        for (int i = 0; i < cases.size(); i++) {
            long[] theirs = porcupine.get(cases.get(i).file());
            double p = theirs[0] / 1e6;
            double pv = theirs[1] / 1e6;
            double v = best[i][0] / 1e6;
            double e = best[i][1] / 1e6;
            sums[0] += p;
            sums[1] += v;
            sums[2] += pv;
            sums[3] += e;
            agree += verdicts[i] == (cases.get(i).expected() ? Verdict.OK : Verdict.VIOLATED) ? 1 : 0;
            over10 += p > 50 && Math.max(v, e) > 10 * p ? 1 : 0;
            System.out.printf(Locale.ROOT, "| %s | %s | %s | %.2f | %.2f | %.2f× | %.2f | %.2f | %.2f× |%n", cases.get(i).file(),
                    cases.get(i).expected() ? "OK" : "VIOLATED", verdicts[i], p, v, v / p, pv, e, e / pv);
        }
        System.out.printf(Locale.ROOT, "| **sum of %d** | | %d agree | %.1f | %.1f | %.2f× | %.1f | %.1f | %.2f× |%n", cases.size(), agree, sums[0], sums[1],
                sums[1] / sums[0], sums[2], sums[3], sums[3] / sums[2]);
        System.out.printf(Locale.ROOT, "histories over 50 ms in Porcupine that take us more than 10x: %d; explained vs Porcupine's verdict: %.2f×%n",
                over10, sums[3] / sums[0]);
    }
}
