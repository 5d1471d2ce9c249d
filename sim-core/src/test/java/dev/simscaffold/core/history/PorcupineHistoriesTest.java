package dev.simscaffold.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every history of Porcupine's test data (102 Jepsen etcd logs, 6 key-value logs), read with our readers and
 * checked through the public API, gets the verdict Porcupine's own tests expect ({@code expected.tsv}). The
 * data is MIT-licensed and lives outside the project, in {@code ../shared/data/porcupine} beside the
 * repository; where it is absent the tests are skipped with a message.
 */
class PorcupineHistoriesTest {
    /** From the module directory, where Maven runs the tests: the repository's parent holds {@code shared}. */
    private static final Path DATA = Path.of("..", "..", "shared", "data", "porcupine");

    private record Expected(String file, boolean linearizable, String model) {
    }

    private static List<Expected> expected() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(DATA.resolve("expected.tsv")),
                "Porcupine's test histories are not at " + DATA.toAbsolutePath().normalize() + ": skipped");
        List<Expected> all = new ArrayList<>();
        List<String> lines = Files.readAllLines(DATA.resolve("expected.tsv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split("\t");
            all.add(new Expected(fields[0], Boolean.parseBoolean(fields[1]), fields[2]));
        }
        return all;
    }

    private static CheckResult<?, ?> check(Expected history) throws IOException {
        String text = Files.readString(DATA.resolve(history.file()), StandardCharsets.UTF_8);
        if (history.file().startsWith("kv/")) {
            return HistoryChecker.of(KvModel.strings()).verdictOnly().linearizable(KvHistoryFormat.readStrings(text));
        }
        return HistoryChecker.of(KvModel.register(KvSemantics.jepsen())).verdictOnly().linearizable(KvHistoryFormat.read(text));
    }

    @TestFactory
    Stream<DynamicTest> everyHistoryGetsTheVerdictPorcupineExpects() throws IOException {
        List<Expected> all = expected();
        assertThat(all).hasSize(108);
        return all.stream().map(history -> DynamicTest.dynamicTest(history.file(), () -> {
            CheckResult<?, ?> result = check(history);
            assertThat(result.verdict()).as("%s (%s): %s", history.file(), history.model(), result.describe())
                    .isEqualTo(history.linearizable() ? Verdict.OK : Verdict.VIOLATED);
        }));
    }

    /**
     * Every violated etcd history is explained by a real-time order it breaks (a stale read with the writes
     * that make it stale, or a read of a value written only later), not by a lone read of a value that was in
     * fact written; the explanation fits its default budget.
     */
    @Test
    void everyViolatedEtcdHistoryIsExplainedByTheRealTimeOrderItBreaks() throws IOException {
        int explained = 0;
        for (Expected history : expected()) {
            if (history.linearizable() || !history.file().startsWith("jepsen/")) {
                continue;
            }
            String text = Files.readString(DATA.resolve(history.file()), StandardCharsets.UTF_8);
            Inconsistent<?, ?> bad = (Inconsistent<?, ?>) HistoryChecker.of(KvModel.register(KvSemantics.jepsen()))
                    .linearizable(KvHistoryFormat.read(text));
            assertThat(bad.explanation().notComputed()).as(history.file()).isEmpty();
            assertThat(bad.explanation().causes()).as("%s:%n%s", history.file(), bad.describe())
                    .anySatisfy(cause -> assertThat(cause).startsWith("real-time order violated: "));
            explained++;
        }
        assertThat(explained).as("the violated etcd histories").isEqualTo(79);
    }

    @Test
    void theEmptyEtcdLogIsRefusedNotReadAsAnEmptyHistory() throws IOException {
        expected();
        String text = Files.readString(DATA.resolve("jepsen/etcd_095.log"), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> KvHistoryFormat.read(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no history events");
    }

    @Test
    void fiftyClientsBadIsViolatedWithAnExplanationThatNamesItsCause() throws IOException {
        expected();
        String text = Files.readString(DATA.resolve("kv/c50-bad.txt"), StandardCharsets.UTF_8);
        CheckResult<StringKvOp, String> result = HistoryChecker.of(KvModel.strings()).linearizable(KvHistoryFormat.readStrings(text));
        assertThat(result).isInstanceOfSatisfying(Inconsistent.class, bad -> {
            assertThat(bad.explanation().minimal()).isPresent();
            assertThat(bad.explanation().causes()).isNotEmpty();
        });
    }
}
