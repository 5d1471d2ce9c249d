package dev.simscaffold.testkit.planted;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.check.PropertyCheck;
import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.testkit.property.Properties;
import dev.simscaffold.testkit.property.PropertyFailedError;
import dev.simscaffold.testkit.replay.ReplayCommand;
import dev.simscaffold.testkit.replay.SimProperty;
import dev.simscaffold.testkit.sweep.SeedSweep;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.LongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deliberately broken variant of the logic, run over seeds until one exposes it: the proof that an
 * invariant can fail, so that its passing means something.
 *
 * <pre>{@code
 * @Test
 * void grantingWithoutCheckingExpiryBreaksSingleOwnership() {
 *     PlantedBug.searching(200, seed -> Simulation.run(seed, Scenario.faulty(), PlantedBugTest::grantWithoutCheckingExpiry))
 *             .assertCaughtBy(Invariants.AT_MOST_ONE_LIVE_HOLDER);
 * }
 * }</pre>
 *
 * <p>A planted bug is caught when some seed of the range makes the run throw an {@link
 * InvariantViolationError} of the intended invariant, and running that seed again throws the same
 * violation at the same step: a seed that did not replay would be a report nobody could debug. The range
 * starts at seed 1 and is fixed in code (not steered by {@code -Dsim.seed}), so a test passes or fails the
 * same way on every machine.
 *
 * <p>Each assertion names the intended check either by the {@link Expectation} itself or by the name a
 * violation carries. An eventually expectation's violation is named {@code "liveness: <name>"}, as
 * {@code SimNetwork.awaitLiveness} reports it; given the expectation, the assertions add that prefix
 * themselves.
 */
@Api(Api.Status.STABLE)
public final class PlantedBug {

    /** The base seed of {@link #assertPropertyCatches}: fixed, so the trace file it writes has a known name. */
    public static final long PROPERTY_SEED = 1;

    private final int seeds;
    private final LongConsumer run;

    private PlantedBug(int seeds, LongConsumer run) {
        this.seeds = seeds;
        this.run = run;
    }

    /**
     * A planted bug searched for over seeds {@code 1..seeds}.
     *
     * @param seeds how many seeds the bug may take to surface, {@code >= 1}
     * @param run runs the simulation of the broken variant for one seed; throws the violation it finds
     * @return the planted bug, to assert on
     * @throws IllegalArgumentException if {@code seeds < 1}
     */
    public static PlantedBug searching(int seeds, LongConsumer run) {
        if (seeds < 1) {
            throw new IllegalArgumentException("a planted bug needs at least one seed to search, got seeds=" + seeds);
        }
        return new PlantedBug(seeds, Objects.requireNonNull(run, "run must not be null"));
    }

    /**
     * The violation of the first seed that exposes the bug.
     *
     * @return the violation, with its seed and step
     * @throws AssertionError if no seed of the range exposes it, or if a run fails in another way
     */
    public InvariantViolationError firstViolation() {
        for (long seed = 1; seed <= seeds; seed++) {
            try {
                run.accept(seed);
            } catch (InvariantViolationError violation) {
                return violation;
            }
        }
        throw new AssertionError("no seed in 1.." + seeds + " exposed the planted bug: the invariants or the workload have gone blind to it");
    }

    /**
     * Asserts that the bug is caught by the intended invariant, with a report that names the seed and step,
     * and that its seed replays the same violation at the same step.
     *
     * @param invariant the name of the invariant that must catch it
     * @return the violation, for further checks
     * @throws AssertionError naming the seed when another invariant caught it, or the replay differs
     */
    public InvariantViolationError assertCaughtBy(String invariant) {
        InvariantViolationError caught = firstViolation();
        if (!caught.invariant().equals(invariant)) {
            throw new AssertionError("seed " + caught.seed() + " exposed the planted bug, but through \"" + caught.invariant()
                    + "\", not the intended \"" + invariant + "\"", caught);
        }
        String header = "invariant violated: " + invariant;
        String where = "seed " + caught.seed() + ", step " + caught.step() + ", ";
        if (!caught.getMessage().startsWith(header) || !caught.getMessage().contains(where)) {
            throw new AssertionError("the report of seed " + caught.seed() + " does not begin with \"" + header + "\" and name \""
                    + where + "\":\n" + caught.getMessage(), caught);
        }
        InvariantViolationError replayed = replay(caught.seed());
        if (replayed.step() != caught.step() || !replayed.getMessage().equals(caught.getMessage())) {
            throw new AssertionError("seed " + caught.seed() + " did not replay its failure: step " + caught.step() + " became step "
                    + replayed.step() + "\nfirst run:\n" + caught.getMessage() + "\nreplay:\n" + replayed.getMessage(), replayed);
        }
        return caught;
    }

    /**
     * Asserts that the bug is caught by the intended expectation, as {@link #assertCaughtBy(String)} does with
     * the name its violation carries.
     *
     * @param expectation the expectation that must catch it: always, or eventually (checked by
     *                    {@code awaitLiveness})
     * @return the violation, for further checks
     * @throws AssertionError naming the seed when another check caught it, or the replay differs
     * @throws IllegalArgumentException for a sometimes expectation, which never fails a run
     */
    public InvariantViolationError assertCaughtBy(Expectation<?> expectation) {
        return assertCaughtBy(reportedName(expectation));
    }

    /**
     * Asserts that a {@link SeedSweep} over the same seeds reports the bug the way a reader needs it: the
     * intended invariant, the command that reruns just the first failing seed in the calling test, and a
     * trace file that exists.
     *
     * @param sweepName the sweep's name, which names its summary file
     * @param invariant the name of the invariant that must catch the bug
     * @return the sweep's report
     * @throws AssertionError if the sweep passes, or its report lacks one of those
     */
    public String assertSweepReports(String sweepName, String invariant) {
        AssertionError failed = null;
        try {
            SeedSweep.named(sweepName).firstSeed(1).seeds(seeds).maxFailures(1).run(run);
        } catch (AssertionError sweepFailure) {
            failed = sweepFailure;
        }
        if (failed == null) {
            throw new AssertionError("sweep " + sweepName + " over seeds 1.." + seeds + " passed despite the planted bug");
        }
        String report = failed.getMessage();
        String replay = ReplayCommand.forCallingTest(firstViolation().seed());
        requireIn(report, "invariant violated: " + invariant);
        requireIn(report, "replay just this case:\n  " + replay);
        Matcher traceFile = Pattern.compile("full trace: (\\S+)").matcher(report);
        if (!traceFile.find() || !Files.isRegularFile(Path.of(traceFile.group(1)))) {
            throw new AssertionError("the sweep's report names no trace file that exists:\n" + report);
        }
        return report;
    }

    /**
     * Asserts that a sweep reports the bug, as {@link #assertSweepReports(String, String)} does with the name
     * the expectation's violation carries.
     *
     * @param sweepName the sweep's name, which names its summary file
     * @param expectation the expectation that must catch the bug
     * @return the sweep's report
     * @throws AssertionError if the sweep passes, or its report lacks one of those
     */
    public String assertSweepReports(String sweepName, Expectation<?> expectation) {
        return assertSweepReports(sweepName, reportedName(expectation));
    }

    /**
     * Asserts that a shrinking property over {@link Gen#liveRandom()} with base seed {@value #PROPERTY_SEED}
     * catches a planted bug with the intended invariant, shrunk, and prints the command that replays it. The
     * property runs as the calling test would run it, so the trace file it writes is
     * {@code target/sim-traces/<Class.method>.seed_<seed>.txt} of that test; its progress lines are not printed.
     *
     * @param invariant the name of the invariant that must catch the bug
     * @param property runs the simulation of the broken variant on the property's recorded stream
     * @return the property's failure: its {@code result()} holds the shrunk run and its violation
     * @throws AssertionError if the property passes, or fails another way
     */
    public static PropertyFailedError assertPropertyCatches(String invariant, PropertyCheck<SimRandom> property) {
        PropertyFailedError failure = null;
        try {
            Properties.forAll(Gen.liveRandom()).seed(PROPERTY_SEED).printTo(new PrintStream(OutputStream.nullOutputStream())).check(property);
        } catch (PropertyFailedError falsified) {
            failure = falsified;
        }
        if (failure == null) {
            throw new AssertionError("the property passed despite the planted bug, which \"" + invariant + "\" should catch");
        }
        String caughtBy = failure.result().shrunk().origin().where();
        if (!caughtBy.equals(invariant)) {
            throw new AssertionError("the property caught the planted bug through " + failure.result().shrunk().origin()
                    + ", not the intended invariant \"" + invariant + "\"", failure);
        }
        requireIn(failure.getMessage(), SimProperty.SEED.flag(failure.result().failingSeed()));
        return failure;
    }

    /**
     * Asserts that a shrinking property catches a planted bug with the intended expectation, as
     * {@link #assertPropertyCatches(String, PropertyCheck)} does with the name its violation carries.
     *
     * @param expectation the expectation that must catch the bug
     * @param property runs the simulation of the broken variant on the property's recorded stream
     * @return the property's failure
     * @throws AssertionError if the property passes, or fails another way
     */
    public static PropertyFailedError assertPropertyCatches(Expectation<?> expectation, PropertyCheck<SimRandom> property) {
        return assertPropertyCatches(reportedName(expectation), property);
    }

    /**
     * The name a violation of the expectation carries: {@code awaitLiveness} prefixes an eventually one's. A
     * sometimes expectation is refused: it counts coverage and never stops a run, so it catches nothing.
     */
    private static String reportedName(Expectation<?> expectation) {
        Objects.requireNonNull(expectation, "expectation must not be null");
        return switch (expectation.kind()) {
            case ALWAYS -> expectation.name();
            case EVENTUALLY -> "liveness: " + expectation.name();
            case SOMETIMES -> throw new IllegalArgumentException("a planted bug is caught by an always or eventually expectation, got "
                    + expectation + ", which counts coverage and never fails a run");
        };
    }

    private InvariantViolationError replay(long seed) {
        try {
            run.accept(seed);
        } catch (InvariantViolationError violation) {
            return violation;
        }
        throw new AssertionError("seed " + seed + " exposed the planted bug once, but ran clean when replayed: the run is not deterministic");
    }

    private static void requireIn(String report, String expected) {
        if (!report.contains(expected)) {
            throw new AssertionError("the report lacks \"" + expected + "\":\n" + report);
        }
    }
}
