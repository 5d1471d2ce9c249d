package dev.simscaffold.bench;

import dev.simscaffold.core.history.History;
import dev.simscaffold.core.history.ListAppendChecker;
import dev.simscaffold.core.history.ListAppendResult;
import dev.simscaffold.core.history.Txn;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * The Elle-style checker on a one-million-transaction list-append history ({@link TxnHistories}'s shape),
 * timed in the thread's CPU time as {@link CpuRatioRun} does, since the machine is shared: the history is
 * generated first (not timed), then checked in rounds; the best round after the first third gives
 * transactions per CPU-second. The peak heap is read from the memory pools, so run it with the heap bound
 * to prove: {@code java -Xmx2g -cp sim-bench/target/benchmarks.jar dev.simscaffold.bench.ElleScaleRun
 * [transactions] [rounds]}.
 */
public final class ElleScaleRun {

    private ElleScaleRun() {
    }

    /**
     * Generates, checks and prints one Markdown table row.
     *
     * @param args {@code [transactions] [rounds] [stale rate]}, default 1,000,000, 4 and 0 (a serializable
     *        store; above 0, {@link TxnHistories#sloppy})
     */
    public static void main(String[] args) {
        int transactions = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        double stale = args.length > 2 ? Double.parseDouble(args[2]) : 0;
        History<Txn, Txn> history = stale > 0 ? TxnHistories.sloppy(29, transactions, stale) : TxnHistories.serializable(29, transactions);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double best = Double.MAX_VALUE;
        ListAppendResult result = null;
        for (int round = 0; round < rounds; round++) {
            long start = threads.getCurrentThreadCpuTime();
            result = ListAppendChecker.create().check(history);
            double seconds = (threads.getCurrentThreadCpuTime() - start) / 1e9;
            if (round >= rounds / 3) {
                best = Math.min(best, seconds);
            }
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println("| transactions | stale rate | keys | ops/txn | appends/key | clients | verdict | anomaly types | best CPU s | txn/CPU-s | peak heap MiB | max heap MiB |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---|---|---:|---:|---:|---:|");
        System.out.printf(Locale.ROOT, "| %,d | %s | %d active | %d | %d | %d | %s | %s | %.2f | %,.0f | %,d | %,d |%n", transactions, stale,
                TxnHistories.ACTIVE_KEYS, TxnHistories.OPS_PER_TXN, TxnHistories.APPENDS_PER_KEY, TxnHistories.CLIENTS, result.verdict(),
                result.types(), best, transactions / best, peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
        result.incomplete().forEach(System.out::println);
    }
}
