package dev.simscaffold.bench;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.annotations.Setup;

/**
 * Before and after an optimisation in one JVM: loads the same benchmarks from two benchmark jars (say,
 * main's and a branch's), each in a class loader of its own, and alternates them in rounds timed in thread
 * CPU time, best round of each. Two separate JVMs run minutes apart on a shared machine can differ by more
 * than the change being measured; alternating in one process puts both sides under the same load. Each
 * bare loop is run too: it is the same code on both sides, so its after/before is the noise of the run.
 * Run: {@code java -cp sim-bench/target/benchmarks.jar dev.simscaffold.bench.BeforeAfterRun BEFORE.jar AFTER.jar [rounds]}.
 */
public final class BeforeAfterRun {

    /**
     * One benchmark method with its JMH parameters.
     *
     * @param type the benchmark class
     * @param method the {@code @Benchmark} method, which takes no argument and returns a number
     * @param parameter a {@code @Param} field and its value, or {@code ""}
     * @param opsPerCall operations per call, to report ns per operation
     * @param callsPerRound calls in one timed round
     */
    private record Pick(Class<?> type, String method, String parameter, int opsPerCall, int callsPerRound) {
        String label() {
            return type.getSimpleName() + "." + method + (parameter.isEmpty() ? "" : " (" + parameter + ")");
        }
    }

    private static final List<Pick> PICKS = List.of(
            new Pick(HarnessBench.class, "simHarness", "", HarnessBench.STEPS, 200),
            new Pick(HarnessBench.class, "simHarnessInvariant", "", HarnessBench.STEPS, 200),
            new Pick(HarnessBench.class, "bareLoop", "", HarnessBench.STEPS, 200),
            new Pick(NetworkBench.class, "simNetwork", "nodes=5", NetworkBench.EVENTS, 200),
            new Pick(NetworkBench.class, "simNetwork", "nodes=100", NetworkBench.EVENTS, 200),
            new Pick(NetworkBench.class, "bareLoop", "nodes=5", NetworkBench.EVENTS, 200),
            new Pick(NetworkBench.class, "bareLoop", "nodes=100", NetworkBench.EVENTS, 200),
            new Pick(PropertyBench.class, "tries", "", PropertyBench.TRIES, 20),
            new Pick(ExhaustiveBench.class, "exhaustiveSearch", "", 1, 20),
            new Pick(RoutedExhaustiveBench.class, "exhaustiveSearch", "faults=none", 1, 20),
            new Pick(RoutedExhaustiveBench.class, "exhaustiveSearch", "faults=lossy", 1, 20),
            new Pick(RoutedExhaustiveBench.class, "bareLoop", "faults=lossy", 1, 20));

    private BeforeAfterRun() {
    }

    /**
     * Runs every pick from both jars and prints a Markdown table.
     *
     * @param args {@code BEFORE.jar AFTER.jar [rounds]}, rounds default 15
     * @throws ReflectiveOperationException if a jar lacks a benchmark or its parameter
     * @throws MalformedURLException if a jar path is not a valid location
     */
    public static void main(String[] args) throws ReflectiveOperationException, MalformedURLException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: BeforeAfterRun BEFORE.jar AFTER.jar [rounds], got " + List.of(args));
        }
        ClassLoader before = loader(args[0]);
        ClassLoader after = loader(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        System.out.println("| benchmark | before ns/op | after ns/op | after / before |");
        System.out.println("|---|---:|---:|---:|");
        for (Pick pick : PICKS) {
            Call first = call(before, pick);
            Call second = call(after, pick);
            double[] best = CpuRatioRun.bestRounds(first::runUnchecked, second::runUnchecked, pick.opsPerCall(), pick.callsPerRound(), rounds);
            System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.2f |%n", pick.label(), best[0], best[1], best[1] / best[0]);
        }
    }

    private static ClassLoader loader(String jar) throws MalformedURLException {
        URL location = Path.of(jar).toUri().toURL();
        return new URLClassLoader(new URL[] {location}, ClassLoader.getPlatformClassLoader());
    }

    /** A benchmark method bound to a set-up instance of its class from one jar. */
    private record Call(Object bench, Method method) {
        long runUnchecked() {
            try {
                return ((Number) method.invoke(bench)).longValue();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot run " + method, e);
            }
        }
    }

    private static Call call(ClassLoader loader, Pick pick) throws ReflectiveOperationException {
        Class<?> type = loader.loadClass(pick.type().getName());
        Object bench = type.getDeclaredConstructor().newInstance();
        if (!pick.parameter().isEmpty()) {
            String[] assignment = pick.parameter().split("=", 2);
            Field field = type.getField(assignment[0]);
            field.set(bench, field.getType() == int.class ? (Object) Integer.parseInt(assignment[1]) : assignment[1]);
        }
        @SuppressWarnings("unchecked")
        Class<Setup> setup = (Class<Setup>) loader.loadClass(Setup.class.getName());
        for (Method method : type.getMethods()) {
            if (method.isAnnotationPresent(setup)) {
                method.invoke(bench);
            }
        }
        return new Call(bench, type.getMethod(pick.method()));
    }
}
