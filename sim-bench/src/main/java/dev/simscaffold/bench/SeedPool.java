package dev.simscaffold.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongPredicate;

/**
 * Runs independent seeds on every core for the benchmark runners (never in sim-core: a run itself stays
 * single-threaded; only separate seeds run side by side). Each worker takes every k-th seed, so the split
 * is fixed, and the count is the same whatever the number of cores. CPU time is the workers' thread CPU
 * time, summed.
 */
final class SeedPool implements AutoCloseable {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final int workers;
    private final ExecutorService executor;

    SeedPool() {
        this(Integer.getInteger("sim.bench.threads", Runtime.getRuntime().availableProcessors()));
    }

    SeedPool(int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("a seed pool needs at least one worker, got " + workers);
        }
        this.workers = workers;
        this.executor = Executors.newFixedThreadPool(workers);
    }

    /** How many seeds of a range hit, and the CPU time their runs took. */
    record Count(int hits, long cpuNanos) {
    }

    /**
     * Counts the seeds in {@code [first, last]} for which {@code hit} holds.
     *
     * @param first the first seed
     * @param last the last seed, inclusive
     * @param hit the run of one seed
     * @return the count and CPU time
     */
    Count count(long first, long last, LongPredicate hit) {
        List<Future<Count>> parts = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            long start = first + w;
            parts.add(executor.submit(() -> {
                long cpu = THREADS.getCurrentThreadCpuTime();
                int hits = 0;
                for (long seed = start; seed <= last; seed += workers) {
                    if (hit.test(seed)) {
                        hits++;
                    }
                }
                return new Count(hits, THREADS.getCurrentThreadCpuTime() - cpu);
            }));
        }
        int hits = 0;
        long cpu = 0;
        for (Future<Count> part : parts) {
            try {
                Count count = part.get();
                hits += count.hits();
                cpu += count.cpuNanos();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while counting seeds", interrupted);
            } catch (ExecutionException failed) {
                throw new IllegalStateException("a seed's run threw", failed.getCause());
            }
        }
        return new Count(hits, cpu);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
