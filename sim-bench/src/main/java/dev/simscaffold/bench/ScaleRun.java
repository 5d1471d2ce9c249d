package dev.simscaffold.bench;

import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.trace.TraceMode;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The scale runs of issue 16, outside the test phase and outside JMH (each is one long run, where JMH's
 * iterations would only repeat it). Wall-clock time is read here, in the benchmark, never in sim-core.
 * <ul>
 *   <li>{@code scale [nodes] [events]}: 1,000 token nodes, 10 M events, fingerprint-only; prints events/s
 *       and the peak heap. Run it under {@code -Xmx512m} to show the run fits.</li>
 *   <li>{@code growth}: CPU ns/event for 10³ to 10⁷ events at 10 and 1,000 nodes (200 and 20,000 messages in
 *       flight), a fresh network per cell, to show time grows as O(E log Q).</li>
 *   <li>{@code bytes}: retained heap per message in flight (20,000 in flight against none) and per event
 *       kept by a {@code FULL} trace.</li>
 * </ul>
 */
public final class ScaleRun {

    private static final long SEED = 42;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ScaleRun() {
    }

    /**
     * Runs one scale run.
     *
     * @param args {@code scale [nodes] [events]}, {@code growth} or {@code bytes}
     */
    public static void main(String[] args) {
        String mode = args.length == 0 ? "" : args[0];
        switch (mode) {
            case "scale" -> scale(args.length > 1 ? Integer.parseInt(args[1]) : 1_000, args.length > 2 ? Long.parseLong(args[2]) : 10_000_000);
            case "growth" -> growth();
            case "bytes" -> bytes();
            default -> throw new IllegalArgumentException("unknown scale run '" + mode + "': use scale [nodes] [events], growth or bytes");
        }
    }

    static SimNetwork<TokenNode.Token> tokenNetwork(int nodes, int tokensPerNode, TraceMode mode) {
        return TokenNode.network(SEED, nodes, tokensPerNode, TokenNode.DELAYS, mode);
    }

    /**
     * Processes {@code events} events; returns the thread's CPU time in ns, which on a shared machine
     * excludes the time the thread waited for a core (wall time is printed beside it where it matters).
     */
    static long time(SimNetwork<?> network, long events) {
        long start = THREADS.getCurrentThreadCpuTime();
        for (long i = 0; i < events; i++) {
            network.step();
        }
        return THREADS.getCurrentThreadCpuTime() - start;
    }

    private static void scale(int nodes, long events) {
        resetPeaks();
        SimNetwork<TokenNode.Token> network = tokenNetwork(nodes, TokenNode.TOKENS, TraceMode.FINGERPRINT_ONLY);
        long wall = System.nanoTime();
        long nanos = time(network, events);
        wall = System.nanoTime() - wall;
        System.out.printf(Locale.ROOT, "scale: %,d nodes, %,d events in %.1f s CPU (%.1f s wall): %,.0f events/s of CPU (%.0f ns/event),"
                        + " peak heap %.1f MB of max %.0f MB, fingerprint %s%n", nodes, network.events(), nanos / 1e9, wall / 1e9,
                network.events() / (nanos / 1e9), (double) nanos / network.events(), peakHeapBytes() / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6, network.trace().fingerprintHex());
    }

    private static void growth() {
        time(tokenNetwork(10, TokenNode.TOKENS, TraceMode.FINGERPRINT_ONLY), 2_000_000);
        time(tokenNetwork(1_000, TokenNode.TOKENS, TraceMode.FINGERPRINT_ONLY), 2_000_000);
        System.out.println("| events | ns/event, 10 nodes (Q≈200) | ns/event, 1,000 nodes (Q≈20,000) |");
        System.out.println("|---:|---:|---:|");
        for (long events = 1_000; events <= 10_000_000; events *= 10) {
            double small = (double) time(tokenNetwork(10, TokenNode.TOKENS, TraceMode.FINGERPRINT_ONLY), events) / events;
            double large = (double) time(tokenNetwork(1_000, TokenNode.TOKENS, TraceMode.FINGERPRINT_ONLY), events) / events;
            System.out.printf(Locale.ROOT, "| %,d | %.0f | %.0f |%n", events, small, large);
        }
    }

    private static void bytes() {
        int nodes = 1_000;
        long idle = retained(() -> tokenNetwork(nodes, 0, TraceMode.FINGERPRINT_ONLY));
        long busy = retained(() -> tokenNetwork(nodes, TokenNode.TOKENS, TraceMode.FINGERPRINT_ONLY));
        long inFlight = (long) nodes * TokenNode.TOKENS;
        System.out.printf(Locale.ROOT, "bytes: %.1f B per message in flight (%,d in flight, %,d B against %,d B with none)%n",
                (double) (busy - idle) / inFlight, inFlight, busy, idle);
        long events = 1_000_000;
        long before = retained(() -> tokenNetwork(5, TokenNode.TOKENS, TraceMode.FULL));
        long after = retained(() -> {
            SimNetwork<TokenNode.Token> full = tokenNetwork(5, TokenNode.TOKENS, TraceMode.FULL);
            time(full, events);
            return full;
        });
        System.out.printf(Locale.ROOT, "bytes: %.1f B per event kept by a FULL trace (%,d events)%n", (double) (after - before) / events, events);
    }

    /** The heap still in use, after collection, while the built object is alive. */
    private static long retained(Supplier<Object> build) {
        long base = usedAfterGc();
        Object kept = build.get();
        long used = usedAfterGc() - base;
        Reference.reachabilityFence(kept);
        return used;
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** The sum of every heap pool's peak: an upper bound of the heap in use at any one time. */
    private static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
