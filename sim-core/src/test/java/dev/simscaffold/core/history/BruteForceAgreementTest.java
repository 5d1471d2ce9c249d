package dev.simscaffold.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.random.SimRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The memoised, partitioned search (and the sequential-consistency search) agrees with the brute-force definition on thousands of small random
 * histories: up to four clients, up to seven operations, reads, writes and compare-and-sets on two keys,
 * with random concurrency and random ok, fail and info outcomes. Read outputs are drawn near the values
 * written, so both verdicts are common.
 */
class BruteForceAgreementTest {
    private static final int HISTORIES = 4_000;

    @Test
    void theCheckerAgreesWithBruteForceOnRandomSmallHistories() {
        SimRandom random = SimRandom.seeded(17);
        int linearizable = 0;
        int withInfo = 0;
        int sequentialOnly = 0;
        for (int i = 0; i < HISTORIES; i++) {
            History<KvOp, Long> history = randomHistory(random);
            boolean expected = BruteForceChecker.linearizable(KvModel.register(), history);
            CheckResult<KvOp, Long> register = HistoryChecker.of(KvModel.register()).linearizable(history);
            assertThat(register.verdict()).as("register, history %d:%n%s", i, history.toText())
                    .isEqualTo(expected ? Verdict.OK : Verdict.VIOLATED);
            boolean perKey = KvModelKeys.keys(history).stream()
                    .allMatch(key -> BruteForceChecker.linearizable(KvModel.register(), KvModelKeys.only(history, key)));
            assertThat(HistoryChecker.of(KvModel.kv()).linearizable(history).verdict()).as("kv, history %d:%n%s", i, history.toText())
                    .isEqualTo(perKey ? Verdict.OK : Verdict.VIOLATED);
            if (register instanceof Inconsistent<KvOp, Long> bad) {
                assertThat(BruteForceChecker.linearizable(KvModel.register(), bad.minimal())).as("minimal of history %d", i).isFalse();
                assertThat(BruteForceChecker.linearizable(KvModel.register(), bad.longestPrefix())).as("prefix of history %d", i).isTrue();
            }
            boolean sequential = BruteForceChecker.sequentiallyConsistent(KvModel.register(), history);
            assertThat(HistoryChecker.of(KvModel.register()).sequentiallyConsistent(history).verdict())
                    .as("sequential consistency, history %d:%n%s", i, history.toText()).isEqualTo(sequential ? Verdict.OK : Verdict.VIOLATED);
            assertThat(sequential || !expected).as("linearizable implies sequentially consistent").isTrue();
            sequentialOnly += sequential && !expected ? 1 : 0;
            linearizable += expected ? 1 : 0;
            withInfo += history.count(OpOutcome.INFO) > 0 ? 1 : 0;
        }
        assertThat(linearizable).as("linearizable histories").isBetween(HISTORIES / 5, HISTORIES * 4 / 5);
        assertThat(sequentialOnly).as("sequentially consistent, not linearizable").isGreaterThan(HISTORIES / 50);
        assertThat(withInfo).as("histories with indeterminate operations").isGreaterThan(HISTORIES / 5);
    }

    private static History<KvOp, Long> randomHistory(SimRandom random) {
        HistoryBuilder<KvOp, Long> builder = History.builder();
        int clients = 1 + random.nextInt(4);
        int operations = 1 + random.nextInt(7);
        Map<String, KvOp> open = new LinkedHashMap<>();
        int invoked = 0;
        while (invoked < operations || !open.isEmpty()) {
            String client = "c" + random.nextInt(clients);
            if (open.containsKey(client)) {
                completeRandomly(builder, client, open.remove(client), random);
            } else if (invoked < operations) {
                KvOp op = randomOp(random);
                builder.invoke(client, op);
                open.put(client, op);
                invoked++;
            } else {
                String first = open.keySet().iterator().next();
                completeRandomly(builder, first, open.remove(first), random);
            }
        }
        return builder.build();
    }

    private static KvOp randomOp(SimRandom random) {
        String key = random.chance(0.7) ? "x" : "y";
        int kind = random.nextInt(10);
        if (kind < 5) {
            return KvOp.read(key);
        }
        return kind < 9 ? KvOp.write(key, random.nextInt(3)) : KvOp.cas(key, random.nextInt(2), random.nextInt(3));
    }

    private static void completeRandomly(HistoryBuilder<KvOp, Long> builder, String client, KvOp op, SimRandom random) {
        int outcome = random.nextInt(10);
        if (outcome == 0) {
            builder.fail(client);
        } else if (outcome == 1) {
            builder.info(client);
        } else if (op instanceof KvOp.Read) {
            builder.ok(client, (long) random.nextInt(3));
        } else {
            builder.ok(client, op instanceof KvOp.Cas && random.chance(0.3) ? (long) random.nextInt(3) : null);
        }
    }
}
