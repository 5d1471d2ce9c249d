package dev.simscaffold.bench;

import dev.simscaffold.bench.history.KvHistories;
import dev.simscaffold.core.history.CheckResult;
import dev.simscaffold.core.history.History;
import dev.simscaffold.core.history.KvModel;
import dev.simscaffold.core.history.KvOp;
import dev.simscaffold.core.history.HistoryChecker;
import dev.simscaffold.core.history.Model;
import dev.simscaffold.core.history.Operation;
import dev.simscaffold.core.history.RegisterValue;
import dev.simscaffold.core.history.Verdict;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The linearizability checker on a 10,000-operation key-value history (10 keys, 8 concurrent clients,
 * linearizable, so the whole history must be searched). One operation is one complete check.
 * {@code bareLoop} replays the same operations through the model in completion order, once each: the
 * least any checker must do. {@code partitioned} is the checker as shipped (a search per key);
 * {@code unpartitioned} is the same memoised search over the whole store as one state, which is what
 * P-compositionality saves.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HistoryBench {
    static final int OPERATIONS = 10_000;
    static final int KEYS = 10;
    static final int CLIENTS = 8;

    private final History<KvOp, Long> history = KvHistories.linearizable(17, OPERATIONS, KEYS, CLIENTS);
    private final List<Operation<KvOp, Long>> byCompletion = history.operations().stream()
            .sorted(Comparator.comparingInt(Operation::completeIndex)).toList();
    private final Model<RegisterValue, KvOp, Long> kv = KvModel.kv();
    private final Model<List<Long>, KvOp, Long> store = KvHistories.wholeStore(KEYS);

    /**
     * Replays the operations once each through the whole-store model, in completion order.
     *
     * @return how many the model accepted
     */
    @Benchmark
    public long bareLoop() {
        List<Long> state = store.initialState();
        long accepted = 0;
        for (Operation<KvOp, Long> op : byCompletion) {
            Optional<List<Long>> next = store.step(state, op.input(), op.output());
            if (next.isPresent()) {
                state = next.get();
                accepted++;
            }
        }
        return accepted;
    }

    /**
     * Checks the history with the key-value model, one search per key.
     *
     * @return the verdict
     */
    @Benchmark
    public Verdict partitioned() {
        return HistoryChecker.of(kv).linearizable(history).verdict();
    }

    /**
     * Checks the history as one search over the whole store.
     *
     * @return the verdict
     */
    @Benchmark
    public Verdict unpartitioned() {
        CheckResult<KvOp, Long> result = HistoryChecker.of(store).linearizableWithoutPartitions(history);
        return result.verdict();
    }
}
