package dev.simscaffold.testkit.determinism;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.check.Falsified;
import dev.simscaffold.core.check.ShrinkEnd;
import dev.simscaffold.core.trace.Trace;
import dev.simscaffold.core.trace.TraceCapture;
import dev.simscaffold.core.trace.TraceMode;
import dev.simscaffold.testkit.replay.SimProperty;
import dev.simscaffold.testkit.report.SimulationReport;
import dev.simscaffold.testkit.sweep.SeedSweep;
import java.lang.reflect.Constructor;
import java.nio.file.Path;
import java.util.List;
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

    /** How many more fresh JVMs a pinned run's new fingerprint must be confirmed by before it is called a change. */
    static final int PIN_CONFIRMATIONS = 2;

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
        Trace local = instantiate(simulation).apply(seed, TraceMode.FINGERPRINT_ONLY);
        assertSameAsFreshJvm(seed, local, simulation, fresh);
        return local.fingerprint();
    }

    /**
     * Checks a pinned run, such as a planted bug's shrunk failure whose fingerprint a test pins: the run must
     * be the same in a fresh JVM before its fingerprint is compared with the pin. A leak salted per JVM
     * ({@code Set.of}/{@code Map.of} order, an identity hash) makes a pin pass in some JVMs and fail in others,
     * and a bare fingerprint comparison reads that as an intended change of the logic; here it fails as a
     * determinism failure naming the first event where the two JVMs part. When both JVMs agree on a fingerprint
     * other than the pin, more fresh JVMs run the seed before the run is called
     * changed: two JVMs can agree by chance on a salted order of a few elements; several rarely do.
     *
     * <pre>{@code
     * Trace shrunk = ((InvariantViolationError) failure.result().shrunk().failure()).trace();
     * DeterminismCheck.assertPinned("3ea9f2c71e4f1210", PlantedBug.PROPERTY_SEED, shrunk, PinnedRun.class);
     * }</pre>
     *
     * @param pinned the pinned fingerprint, 16 lower-case hex digits as {@link Trace#fingerprintHex()} prints it
     * @param seed the seed the pinned run uses
     * @param run the pinned run as this JVM made it; in {@link TraceMode#FULL}, or {@code simulation} re-runs the
     *            seed here in full-trace mode to name a divergence
     * @param simulation a class with a no-argument constructor that makes the same run afresh for a seed, as for
     *                   {@link #assertSameInFreshJvm(long, Class)}
     * @throws AssertionError naming where the runs part when a fresh JVM gives another run, or, when every JVM
     *                        agrees, the pin and the fingerprint they all give
     * @throws IllegalArgumentException if {@code pinned} is not 16 hex digits
     */
    public static void assertPinned(String pinned, long seed, Trace run, Class<? extends BiFunction<Long, TraceMode, Trace>> simulation) {
        Objects.requireNonNull(run, "run must not be null");
        Objects.requireNonNull(simulation, "simulation must not be null");
        assertPinned(pinned, seed, run, simulation, new FreshJvm(Path.of(System.getProperty("java.home"))));
    }

    /**
     * Checks a property's pinned failure, such as the shrunk run of a planted bug's property, as
     * {@link #assertPinned(String, long, Trace, Class)} does; the simulation class is the property itself. A
     * shrink that converged is replayed in the fresh JVM as the report's replay command would
     * ({@code -Dsim.seed=<failing seed> -Dsim.replay=<the shrunk case>}): one run, and a round of shrink
     * passes that finds nothing simpler, instead of the whole search. A shrink a budget stopped is made again
     * whole, from the base seed.
     *
     * <pre>{@code
     * PropertyFailedError failure = PlantedBug.assertPropertyCatches(Invariants.STALE_EPOCH, PinnedRun::property);
     * DeterminismCheck.assertPinned("3ea9f2c71e4f1210", failure.result(), PinnedRun.class);
     * }</pre>
     *
     * @param pinned the pinned fingerprint of the shrunk run, 16 lower-case hex digits
     * @param failure what the property found; its shrunk failure must carry the run's trace (an invariant violation)
     * @param property a class with a no-argument constructor that runs the same property for a base seed (its
     *                 {@code seed(...)}) and returns the trace of the shrunk failure
     * @throws AssertionError as for {@link #assertPinned(String, long, Trace, Class)}
     * @throws IllegalArgumentException if the shrunk failure carries no trace, or {@code pinned} is not 16 hex digits
     */
    public static void assertPinned(String pinned, Falsified<?> failure, Class<? extends BiFunction<Long, TraceMode, Trace>> property) {
        Objects.requireNonNull(failure, "failure must not be null");
        Objects.requireNonNull(property, "property must not be null");
        Trace run = SimulationReport.violationIn(failure.shrunk().failure()).map(InvariantViolationError::trace)
                .orElseThrow(() -> new IllegalArgumentException("the shrunk failure carries no trace to pin (" + failure.shrunk().failure()
                        + "): pin a failure that is an invariant violation"));
        Path javaHome = Path.of(System.getProperty("java.home"));
        if (failure.shrinkEnd() == ShrinkEnd.CONVERGED) {
            assertPinned(pinned, failure.failingSeed(), run, property, new FreshJvm(javaHome, List.of(SimProperty.SEED.flag(failure.failingSeed()),
                    SimProperty.REPLAY.flag(failure.shrunk().choices().encoded()))));
        } else {
            assertPinned(pinned, failure.seed(), run, property, new FreshJvm(javaHome));
        }
    }

    private static void assertPinned(String pinned, long seed, Trace run, Class<? extends BiFunction<Long, TraceMode, Trace>> simulation,
            FreshJvm fresh) {
        Objects.requireNonNull(pinned, "pinned must not be null");
        if (!pinned.matches("[0-9a-f]{16}")) {
            throw new IllegalArgumentException("a pinned fingerprint is 16 lower-case hex digits, as Trace.fingerprintHex() prints it, got \"" + pinned + "\"");
        }
        assertSameAsFreshJvm(seed, run, simulation, fresh);
        if (run.fingerprintHex().equals(pinned)) {
            return;
        }
        for (int confirmation = 0; confirmation < PIN_CONFIRMATIONS; confirmation++) {
            assertSameAsFreshJvm(seed, run, simulation, fresh);
        }
        throw new AssertionError("the pinned run changed: seed " + seed + " gives fingerprint " + run.fingerprintHex() + " (" + run.size()
                + " events) in this JVM and in " + (PIN_CONFIRMATIONS + 1) + " fresh JVMs, not the pinned " + pinned + ". Every JVM agrees,"
                + " so this is a change of the run, not a leak salted per JVM: the logic, the workload or the faults changed, or a JDK"
                + " or dependency upgrade changed a run. If it is on purpose, pin " + run.fingerprintHex() + " and show the new trace.");
    }

    /**
     * Fails, naming where the runs part, when a fresh JVM gives another run of the seed than {@code local}; a
     * fingerprint-only local run is made again here in full-trace mode to name the event.
     */
    private static void assertSameAsFreshJvm(long seed, Trace local, Class<? extends BiFunction<Long, TraceMode, Trace>> simulation,
            FreshJvm fresh) {
        FreshJvm.Result child = fresh.run(simulation.getName(), seed, TraceMode.FINGERPRINT_ONLY);
        if (local.fingerprint() == child.fingerprint() && local.size() == child.size()) {
            return;
        }
        Trace localFull = local.mode() == TraceMode.FULL ? local : instantiate(simulation).apply(seed, TraceMode.FULL);
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
                throw new AssertionError("seed " + seed + " did not replay its run:\n  first run: " + first + "\n  replay:    " + again + "\n"
                        + whereRunsPart(() -> simulation.apply(seed)));
            }
            Object next = fingerprint.apply(simulation.apply(seed + 1));
            if (Objects.equals(next, fingerprint.apply(first))) {
                throw new AssertionError("seeds " + seed + " and " + (seed + 1) + " gave the same run (fingerprint " + next
                        + "): the simulation does not draw from its seed");
            }
        });
    }

    /**
     * Where two more runs of a seed that did not replay part: both run with every trace they create kept in full
     * ({@link TraceCapture}), and the first pair of simulations that differ is located. An outcome compared
     * with {@code equals} says only that the runs differ; this names the first differing event.
     */
    private static String whereRunsPart(TraceCapture.Code run) {
        TraceCapture.Captured one = TraceCapture.run(run);
        TraceCapture.Captured two = TraceCapture.run(run);
        int common = Math.min(one.traces().size(), two.traces().size());
        for (int i = 0; i < common; i++) {
            Optional<String> where = divergence(one.traces().get(i), two.traces().get(i));
            if (where.isPresent()) {
                return "run again twice with every event kept (simulation " + (i + 1) + " of " + one.traces().size() + "): " + where.get();
            }
        }
        if (one.traces().size() != two.traces().size()) {
            return "run again twice with every event kept: the runs created " + one.traces().size() + " and " + two.traces().size()
                    + " simulations; the first " + common + " agree event for event";
        }
        return one.traces().isEmpty() ? "(the run created no trace, so there is no event to name: what differs is outside any simulation)"
                : "(run again twice with every event kept, the runs agree event for event: what differs is outside the traces (a count kept"
                        + " beside them), or only the first run in this JVM differed, as with a lazily set static or a cache the first run warmed)";
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
