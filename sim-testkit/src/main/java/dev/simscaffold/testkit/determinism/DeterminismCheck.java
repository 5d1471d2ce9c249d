package dev.simscaffold.testkit.determinism;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.trace.Trace;
import dev.simscaffold.core.trace.TraceMode;
import dev.simscaffold.testkit.sweep.SeedSweep;
import java.lang.reflect.Constructor;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * The one-call self-check that a simulation is deterministic: run it twice with the same seed and compare
 * fingerprints. When they differ it reports the first event at which the two runs diverge, which is
 * usually one line away from the culprit (a {@code HashMap} iteration, a {@code toString()} with an
 * identity hash, a stray clock read).
 *
 * <pre>{@code
 * DeterminismCheck.assertDeterministic(42, seed -> {
 *     SimHarness<...> harness = ...seed(seed)...build();
 *     ... drive it ...
 *     return harness.trace();
 * });
 * }</pre>
 */
@Api(Api.Status.STABLE)
public final class DeterminismCheck {

    private DeterminismCheck() {
    }

    /**
     * Runs the simulation twice with {@code seed} and fails if the traces differ.
     *
     * @param seed the seed to run with
     * @param simulation builds and runs a simulation for a seed, returning its trace; it must build
     *                   everything afresh on each call
     * @return the fingerprint both runs produced
     * @throws AssertionError naming the seed and the first diverging event if the runs differ
     */
    public static long assertDeterministic(long seed, LongFunction<Trace> simulation) {
        Trace first = simulation.apply(seed);
        Trace second = simulation.apply(seed);
        if (first == second) {
            throw new IllegalArgumentException("the simulation returned the same Trace object twice: build a fresh simulation per call");
        }
        if (first.fingerprint() == second.fingerprint() && first.size() == second.size()) {
            return first.fingerprint();
        }
        throw new AssertionError("simulation is not deterministic: seed " + seed + " gave fingerprints "
                + first.fingerprintHex() + " and " + second.fingerprintHex() + "\n" + divergence(first, second).orElseThrow());
    }

    /**
     * Runs the simulation twice with {@code seed}, keeping only fingerprints, and fails if they differ; on a
     * difference it re-runs the seed twice in {@link TraceMode#FULL} so the message names the first differing
     * event of each run (index, time, actor, kind, detail) and the events before it, not just two fingerprints.
     *
     * <pre>{@code
     * DeterminismCheck.assertDeterministic(42, (seed, mode) -> run(builder.seed(seed).traceMode(mode).build()));
     * }</pre>
     *
     * @param seed the seed to run with
     * @param simulation builds and runs a simulation for a seed in the given trace mode, afresh on each call
     * @return the fingerprint both runs produced
     * @throws AssertionError naming the seed and where the runs part if they differ
     */
    public static long assertDeterministic(long seed, BiFunction<Long, TraceMode, Trace> simulation) {
        Objects.requireNonNull(simulation, "simulation must not be null");
        Trace first = simulation.apply(seed, TraceMode.FINGERPRINT_ONLY);
        Trace second = simulation.apply(seed, TraceMode.FINGERPRINT_ONLY);
        if (first == second) {
            throw new IllegalArgumentException("the simulation returned the same Trace object twice: build a fresh simulation per call");
        }
        if (first.fingerprint() == second.fingerprint() && first.size() == second.size()) {
            return first.fingerprint();
        }
        Trace fullFirst = simulation.apply(seed, TraceMode.FULL);
        Trace fullSecond = simulation.apply(seed, TraceMode.FULL);
        String where = fullFirst.mode() == TraceMode.FULL && fullSecond.mode() == TraceMode.FULL
                ? "re-run in full-trace mode: " + Divergence.describe(fullFirst, fullSecond)
                : "(the simulation ignored TraceMode.FULL, so the first diverging event is unknown)";
        throw new AssertionError("simulation is not deterministic: seed " + seed + " gave fingerprints "
                + first.fingerprintHex() + " and " + second.fingerprintHex() + "\n" + where);
    }

    /**
     * Runs the seed in this JVM and again in a fresh JVM (a child {@code java} process with this JVM's class
     * path) and fails if the fingerprints differ: an order or value salted per JVM ({@code Set.of} and
     * {@code Map.of} iteration, identity hashes of enums and plain objects, a {@code HashSet} of them) or a
     * static left behind by earlier tests gives the same run twice in one JVM, so {@link #assertDeterministic}
     * passes, yet a pinned fingerprint fails in some fresh JVMs and not others. On a difference both sides
     * re-run the seed in {@link TraceMode#FULL} and the message names the first differing event.
     *
     * <pre>{@code
     * static final class Run implements BiFunction<Long, TraceMode, Trace> {   // a no-argument constructor
     *     public Trace apply(Long seed, TraceMode mode) { return Simulation.run(seed, mode); }
     * }
     * DeterminismCheck.assertSameInFreshJvm(42, Run.class);
     * }</pre>
     *
     * @param seed the seed to run with
     * @param simulation a class with a no-argument constructor (of any visibility) that builds and runs the
     *                   simulation afresh for a seed in a trace mode; the child JVM instantiates it by name
     * @return the fingerprint both JVMs produced
     * @throws AssertionError naming the seed, both fingerprints and where the runs part if they differ, or
     *                        the child's error output if the seed fails there
     */
    public static long assertSameInFreshJvm(long seed, Class<? extends BiFunction<Long, TraceMode, Trace>> simulation) {
        return assertSameInFreshJvm(seed, simulation, Path.of(System.getProperty("java.home")));
    }

    /**
     * As {@link #assertSameInFreshJvm(long, Class)}, with the fresh JVM started from another JDK: a seed
     * must replay byte for byte on every supported JDK (17 and 25), and a library change between them
     * (a hash function, a sort, a formatter) shows up here as the first differing event.
     *
     * @param seed the seed to run with
     * @param simulation the simulation class, as for {@link #assertSameInFreshJvm(long, Class)}
     * @param javaHome the other JDK's home directory (the one holding {@code bin/java})
     * @return the fingerprint both JVMs produced
     * @throws IllegalArgumentException if {@code javaHome} holds no {@code bin/java}
     * @throws AssertionError as for {@link #assertSameInFreshJvm(long, Class)}
     */
    public static long assertSameInFreshJvm(long seed, Class<? extends BiFunction<Long, TraceMode, Trace>> simulation, Path javaHome) {
        Objects.requireNonNull(simulation, "simulation must not be null");
        Objects.requireNonNull(javaHome, "javaHome must not be null");
        FreshJvm fresh = new FreshJvm(javaHome);
        BiFunction<Long, TraceMode, Trace> here = instantiate(simulation);
        Trace local = here.apply(seed, TraceMode.FINGERPRINT_ONLY);
        FreshJvm.Result child = fresh.run(simulation.getName(), seed, TraceMode.FINGERPRINT_ONLY);
        if (local.fingerprint() == child.fingerprint() && local.size() == child.size()) {
            return local.fingerprint();
        }
        Trace localFull = here.apply(seed, TraceMode.FULL);
        FreshJvm.Result childFull = fresh.run(simulation.getName(), seed, TraceMode.FULL);
        String where = localFull.mode() == TraceMode.FULL && childFull.trace() != null && childFull.trace().size() == childFull.size()
                ? "re-run in full-trace mode (run 1 this JVM, run 2 the fresh one): " + Divergence.describe(localFull, childFull.trace())
                : "(the simulation ignored TraceMode.FULL, so the first diverging event is unknown)";
        throw new AssertionError("simulation is not deterministic across JVMs: seed " + seed + " gave fingerprint " + local.fingerprintHex()
                + " in this JVM and " + String.format(Locale.ROOT, "%016x", child.fingerprint()) + " in a fresh JVM (" + fresh.javaHome() + "); an order or value "
                + "salted per JVM (Set.of/Map.of iteration, an identity hash) or state left by earlier runs in this JVM (a static field)\n" + where);
    }

    private static BiFunction<Long, TraceMode, Trace> instantiate(Class<? extends BiFunction<Long, TraceMode, Trace>> simulation) {
        try {
            Constructor<? extends BiFunction<Long, TraceMode, Trace>> constructor = simulation.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("the simulation class " + simulation.getName()
                    + " needs a no-argument constructor, so a fresh JVM can create it by name", e);
        }
    }

    /**
     * Checks every seed of a sweep the way a user relies on seeds: running a seed again gives an equal
     * outcome, and the next seed gives a run with another fingerprint (a seed that changed nothing would
     * mean the simulation ignores its randomness, and every "replay" would pass vacuously).
     *
     * <pre>{@code
     * DeterminismCheck.assertSeedsReplay(SeedSweep.named("leases-replay").firstSeed(1).seeds(20),
     *         seed -> Simulation.run(seed, Scenario.faulty()), Outcome::fingerprint);
     * }</pre>
     *
     * @param <T> what a run returns; compared with {@code equals}, so a record of the fingerprint and the counts
     * @param sweep the seeds to check; each costs three runs
     * @param simulation builds and runs a simulation for a seed, afresh on each call
     * @param fingerprint the fingerprint of a run's trace, in whatever form the outcome keeps it
     * @throws AssertionError naming the seed whose replay differed, or whose next seed gave the same run
     */
    public static <T> void assertSeedsReplay(SeedSweep sweep, LongFunction<? extends T> simulation, Function<? super T, ?> fingerprint) {
        Objects.requireNonNull(simulation, "simulation must not be null");
        Objects.requireNonNull(fingerprint, "fingerprint must not be null");
        sweep.run(seed -> {
            T first = simulation.apply(seed);
            T again = simulation.apply(seed);
            if (!first.equals(again)) {
                throw new AssertionError("seed " + seed + " did not replay its run:\n  first run: " + first + "\n  replay:    " + again);
            }
            Object next = fingerprint.apply(simulation.apply(seed + 1));
            if (Objects.equals(next, fingerprint.apply(first))) {
                throw new AssertionError("seeds " + seed + " and " + (seed + 1) + " gave the same run (fingerprint " + next
                        + "): the simulation does not draw from its seed");
            }
        });
    }

    /**
     * Where two runs of one seed part, for any check that holds two traces already run (a property's replay
     * self-check, a double run, a pinned run replayed elsewhere): the first differing event of each run
     * (index, time, node, kind, detail) and the events both runs agree on before it.
     *
     * <pre>{@code
     * DeterminismCheck.divergence(failingRun, replay).ifPresent(where -> report.add("nondeterministic: " + where));
     * }</pre>
     *
     * @param first the first run's trace; in {@link TraceMode#FULL} to name the event
     * @param second the second run's trace; in {@link TraceMode#FULL} to name the event
     * @return empty when the two traces are the same run (same fingerprint and event count); otherwise where
     *         they part, or, when either trace kept fingerprints only, a note that says so and how to see the event
     */
    public static Optional<String> divergence(Trace first, Trace second) {
        Objects.requireNonNull(first, "first must not be null");
        Objects.requireNonNull(second, "second must not be null");
        if (first == second || first.fingerprint() == second.fingerprint() && first.size() == second.size()) {
            return Optional.empty();
        }
        if (first.mode() != TraceMode.FULL || second.mode() != TraceMode.FULL) {
            return Optional.of("(run " + (first.mode() != TraceMode.FULL ? "1" : "2") + " kept fingerprints only, so the first diverging event"
                    + " is unknown: use TraceMode.FULL to see it, or pass (seed, mode) -> trace so a check re-runs the seed in full-trace mode)");
        }
        return Optional.of(Divergence.describe(first, second));
    }
}
