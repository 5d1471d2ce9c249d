package dev.simscaffold.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.history.Verdict;
import java.util.Collection;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Keeps the benchmarks compiling and working: each benchmark class runs through JMH in this JVM (no fork),
 * with no warm-up and one measurement iteration of a few milliseconds. The scores mean nothing here and
 * are never asserted on; only that every benchmark ran and the ratio table renders.
 */
class BenchSmokeTest {

    private static Collection<RunResult> runOnce(Class<?> benchmarks) throws RunnerException {
        Options options = new OptionsBuilder().include("^" + benchmarks.getName().replace(".", "\\.") + "\\.")
                .forks(0).warmupIterations(0).measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(20)).timeUnit(TimeUnit.NANOSECONDS)
                .shouldFailOnError(true).verbosity(org.openjdk.jmh.runner.options.VerboseMode.SILENT).build();
        return new Runner(options).run();
    }

    private static void assertRanWithBaseline(Collection<RunResult> results) {
        assertThat(results).extracting(r -> r.getParams().getBenchmark().replaceAll(".*\\.", ""))
                .contains(BenchMain.BASELINE).hasSizeGreaterThanOrEqualTo(2);
        assertThat(results).allSatisfy(r -> assertThat(r.getPrimaryResult().getScore()).isPositive());
        assertThat(BenchMain.table(results)).contains("bareLoop").contains("1.00×");
    }

    @Test
    void networkBenchRuns() throws RunnerException {
        assertRanWithBaseline(runOnce(NetworkBench.class));
    }

    @Test
    void exhaustiveBenchRuns() throws RunnerException {
        assertRanWithBaseline(runOnce(ExhaustiveBench.class));
        ExhaustiveBench bench = new ExhaustiveBench();
        assertThat(bench.exhaustiveSearch()).as("both searches explore the same worlds").isEqualTo(bench.bareLoop());
    }

    @Test
    void harnessBenchRuns() throws RunnerException {
        assertRanWithBaseline(runOnce(HarnessBench.class));
    }

    @Test
    void faultyNetworkBenchRuns() throws RunnerException {
        assertRanWithBaseline(runOnce(FaultyNetworkBench.class));
    }

    @Test
    void routedExhaustiveBenchRuns() throws RunnerException {
        assertRanWithBaseline(runOnce(RoutedExhaustiveBench.class));
        for (String faults : new String[] {"none", "lossy"}) {
            RoutedExhaustiveBench bench = new RoutedExhaustiveBench();
            bench.faults = faults;
            assertThat(bench.exhaustiveSearch()).as("both searches explore the same worlds with faults=%s", faults)
                    .isEqualTo(bench.bareLoop()).isGreaterThan(100);
        }
    }

    @Test
    void propertyBenchRuns() throws RunnerException {
        assertRanWithBaseline(runOnce(PropertyBench.class));
        assertThat(new PropertyBench().shrink()).as("the planted bug shrinks to three increments").isEqualTo(3);
    }

    @Test
    void timeCompressionBenchRuns() throws RunnerException {
        assertRanWithBaseline(runOnce(TimeCompressionBench.class));
    }

    @Test
    void historyBenchRuns() throws RunnerException {
        assertRanWithBaseline(runOnce(HistoryBench.class));
        HistoryBench bench = new HistoryBench();
        assertThat(bench.bareLoop()).as("the generated history replays in completion order").isEqualTo(HistoryBench.OPERATIONS);
        assertThat(bench.partitioned()).isEqualTo(Verdict.OK);
        assertThat(bench.unpartitioned()).isEqualTo(Verdict.OK);
    }
}
