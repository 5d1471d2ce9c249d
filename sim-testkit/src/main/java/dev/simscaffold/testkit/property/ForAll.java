package dev.simscaffold.testkit.property;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.check.FailureIdentity;
import dev.simscaffold.core.check.Falsified;
import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.check.HealthTally;
import dev.simscaffold.core.check.Passed;
import dev.simscaffold.core.check.PropertyCheck;
import dev.simscaffold.core.check.PropertyResult;
import dev.simscaffold.core.check.PropertyRunner;
import dev.simscaffold.core.check.PropertySettings;
import dev.simscaffold.core.explore.Strategy;
import dev.simscaffold.core.trace.CoverageTally;
import dev.simscaffold.testkit.replay.Rethrow;
import dev.simscaffold.testkit.replay.SimProperty;
import dev.simscaffold.testkit.replay.StopAt;
import dev.simscaffold.testkit.replay.StrategyProperty;
import dev.simscaffold.testkit.replay.TestCoordinates;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * A property being configured: {@code Properties.forAll(gen).tries(500).check(value -> ...)}. Each
 * setter returns a new, immutable {@code ForAll}, so a configured property can be shared and varied.
 * Every knob of sim-core's {@link PropertySettings} has a setter here.
 *
 * <p>{@link #check(PropertyCheck)} prints one line with the base seed (and, with {@link #classify},
 * a table of classes; with discarded test cases, why they were discarded) to standard output. On
 * failure it prints the full report there too, once, and throws a {@link PropertyFailedError} whose
 * short message names the failure, the seed and the command that replays only that case. Before that, the
 * failing case is re-run from its choices ({@link ReplaySelfCheck}); a failure that does not come back the same
 * way is reported as nondeterministic, with no replay command. With {@code -Dsim.replay} it runs only the one
 * recorded case a report printed.
 *
 * @param <T> the generated type
 */
@Api(Api.Status.STABLE)
public final class ForAll<T> {

    /** The system property that replays one recorded test case instead of generating tries. */
    static final String REPLAY_PROPERTY = SimProperty.REPLAY.key();

    private final Gen<T> gen;
    private final String name;
    private final OptionalLong seed;
    private final PropertySettings settings;
    private final Duration shrinkTimeLimit;
    private final Function<? super T, String> classifier;
    private final CoverageTally coverage;
    private final PrintStream out;
    /** Every how many tries run twice (the double run), 0 for none. */
    private final int doubleRunEvery;

    ForAll(Gen<T> gen) {
        this(gen, null, OptionalLong.empty(), PropertySettings.seeded(0), null, null, null, System.out, 0);
    }

    private ForAll(Gen<T> gen, String name, OptionalLong seed, PropertySettings settings, Duration shrinkTimeLimit,
            Function<? super T, String> classifier, CoverageTally coverage, PrintStream out, int doubleRunEvery) {
        this.gen = gen;
        this.name = name;
        this.seed = seed;
        this.settings = settings;
        this.shrinkTimeLimit = shrinkTimeLimit;
        this.classifier = classifier;
        this.coverage = coverage;
        this.out = out;
        this.doubleRunEvery = doubleRunEvery;
    }

    private ForAll<T> with(PropertySettings newSettings) {
        return new ForAll<>(gen, name, seed, newSettings, shrinkTimeLimit, classifier, coverage, out, doubleRunEvery);
    }

    /**
     * Names the property in reports; by default it is the calling test's {@code Class#method}.
     *
     * @param newName the name
     * @return the configured property
     */
    public ForAll<T> named(String newName) {
        if (newName == null || newName.isBlank()) {
            throw new IllegalArgumentException("a property name must not be blank, got " + (newName == null ? "null" : "\"" + newName + "\""));
        }
        return new ForAll<>(gen, newName, seed, settings, shrinkTimeLimit, classifier, coverage, out, doubleRunEvery);
    }

    /**
     * Sets how many test cases to try.
     *
     * @param newTries the count, {@code > 0}
     * @return the configured property
     * @throws IllegalArgumentException if {@code newTries <= 0}
     */
    public ForAll<T> tries(int newTries) {
        return with(settings.withTries(newTries));
    }

    /**
     * Fixes the base seed in the test. {@code -Dsim.seed} still wins, so a printed replay command works.
     *
     * @param newSeed the base seed
     * @return the configured property
     */
    public ForAll<T> seed(long newSeed) {
        return new ForAll<>(gen, name, OptionalLong.of(newSeed), settings, shrinkTimeLimit, classifier, coverage, out, doubleRunEvery);
    }

    /**
     * Limits how many candidate runs shrinking may make.
     *
     * @param attempts the limit, {@code >= 0} (0 reports the failure unshrunk)
     * @return the configured property
     * @throws IllegalArgumentException if {@code attempts < 0}
     */
    public ForAll<T> maxShrinkAttempts(int attempts) {
        return with(settings.withMaxShrinkAttempts(attempts));
    }

    /**
     * Limits how many random choices one test case may make; a test case that makes more is discarded.
     *
     * @param choices the limit, {@code > 0}
     * @return the configured property
     */
    public ForAll<T> maxChoices(int choices) {
        return with(settings.withMaxChoices(choices));
    }

    /**
     * Limits how many stack frames deep generation may go; a deeper test case is discarded, the same way
     * on every JDK, instead of overflowing the stack.
     *
     * @param depth the limit, {@code > 0}
     * @return the configured property
     */
    public ForAll<T> maxDepth(int depth) {
        return with(settings.withMaxDepth(depth));
    }

    /**
     * Limits how many test cases may be discarded (by filters, assumptions, the choice or depth limit)
     * before the run gives up with an error naming the reason.
     *
     * @param discards the limit, {@code > 0}
     * @return the configured property
     */
    public ForAll<T> maxDiscards(int discards) {
        return with(settings.withMaxDiscards(discards));
    }

    /**
     * Sets which shrink candidates count as failing the same way as the original; by default the same
     * invariant, or the same exception type thrown from the same line.
     *
     * @param identity the rule
     * @return the configured property
     */
    public ForAll<T> failureIdentity(FailureIdentity identity) {
        return with(settings.withFailureIdentity(identity));
    }

    /**
     * Sets how simulations built on a test case's stream decide among the events that could happen next
     * (a network built with {@code .random(random)}, a harness on {@code new SimContext(random)}); by
     * default {@link Strategy#uniform()}, the order runs always had.
     *
     * @param strategy the strategy, such as {@link Strategy#randomWalk()}
     * @return the configured property
     */
    public ForAll<T> strategy(Strategy strategy) {
        return with(settings.withStrategy(strategy));
    }

    /**
     * Limits the wall-clock time spent shrinking. Shrinking is deterministic only while it finishes
     * within the limit; the attempt limit is the reproducible way to bound it.
     *
     * @param limit the time, positive
     * @return the configured property
     * @throws IllegalArgumentException if the limit is zero or negative
     */
    public ForAll<T> shrinkTimeLimit(Duration limit) {
        if (limit == null || limit.isZero() || limit.isNegative()) {
            throw new IllegalArgumentException("shrinkTimeLimit must be positive, got " + limit);
        }
        return new ForAll<>(gen, name, seed, settings, limit, classifier, coverage, out, doubleRunEvery);
    }

    /**
     * Labels each generated value, and prints how many tries fell under each label after the run.
     *
     * @param newClassifier gives each value a label, such as {@code list -> list.isEmpty() ? "empty" : "non-empty"}
     * @return the configured property
     */
    public ForAll<T> classify(Function<? super T, String> newClassifier) {
        if (newClassifier == null) {
            throw new NullPointerException("classifier must not be null");
        }
        return new ForAll<>(gen, name, seed, settings, shrinkTimeLimit, newClassifier, coverage, out, doubleRunEvery);
    }

    /**
     * Makes a passing run fail unless every sometimes condition declared in its simulations was reached
     * in at least one try: a property that never reached the interesting situation passed vacuously. The
     * property adds each try's coverage to the tally ({@code tally.add(harness.coverage())}); the tally
     * is checked once, after the tries, and the failure names every condition no try reached.
     *
     * @param tally the tally the property adds each try's coverage to
     * @return the configured property
     */
    public ForAll<T> expectSometimes(CoverageTally tally) {
        if (tally == null) {
            throw new NullPointerException("tally must not be null");
        }
        return new ForAll<>(gen, name, seed, settings, shrinkTimeLimit, classifier, tally, out, doubleRunEvery);
    }

    /**
     * Runs every {@code every}-th try twice and fails if the two runs differ (outcome, or the fingerprint of
     * any simulation the try ran), naming the first event where they part: a determinism leak that never
     * makes the property fail (a static counter, an identity-hash order) still fails the test. Off by default;
     * {@code -Dsim.checkDeterminism=N} turns it on for every property in the run and wins over this setting.
     * It costs one more run of each sampled try, and only when the property passed.
     *
     * @param every the interval, {@code >= 1} (1 runs every try twice)
     * @return the configured property
     * @throws IllegalArgumentException naming the value if {@code every < 1}
     */
    public ForAll<T> checkDeterminism(int every) {
        return new ForAll<>(gen, name, seed, settings, shrinkTimeLimit, classifier, coverage, out, DoubleRun.validated(every, "checkDeterminism"));
    }

    /**
     * Sends the seed line and the classification table elsewhere than standard output.
     *
     * @param stream where to print
     * @return the configured property
     */
    public ForAll<T> printTo(PrintStream stream) {
        if (stream == null) {
            throw new NullPointerException("stream must not be null");
        }
        return new ForAll<>(gen, name, seed, settings, shrinkTimeLimit, classifier, coverage, stream, doubleRunEvery);
    }

    /**
     * Runs the property and fails the test if it is falsified.
     *
     * @param check the property: returns to pass, throws to fail
     * @return the result of a passing run, to assert on how many tries ran
     * @throws PropertyFailedError if a test case failed, with the shrunk counterexample and replay command
     * @throws AssertionError with {@link #checkDeterminism(int)} or {@code -Dsim.checkDeterminism}, if a try run twice
     *         gave two different runs, naming the first event where they part
     * @throws IllegalArgumentException if the generator's filters discard too many test cases
     */
    public Passed<T> check(PropertyCheck<? super T> check) {
        Optional<TestCoordinates> test = TestCoordinates.ofCallingTest();
        String shownName = name != null ? name : shownName(test);
        ShrinkDeadline deadline = deadline();
        PropertyResult<T> result = run(check, shownName, deadline);
        if (result instanceof Falsified<T> failure) {
            Strategy strategy = StrategyProperty.resolve(settings.strategy());
            String budget = FailureReport.budget(failure, settings.maxShrinkAttempts(), deadline);
            ReplaySelfCheck selfCheck = ReplaySelfCheck.of(gen, failure, strategy, settings.failureIdentity(), check);
            String report = FailureReport.render(shownName, failure, test, strategy, budget, selfCheck);
            out.println(report);
            throw new PropertyFailedError(FailureReport.summary(shownName, failure, test, strategy, selfCheck), report, failure);
        }
        if (coverage != null) {
            coverage.assertSometimesReached();
        }
        return (Passed<T>) result;
    }

    /**
     * Runs the property and returns what it found, without failing the test.
     *
     * @param check the property: returns to pass, throws to fail
     * @return the result
     */
    public PropertyResult<T> run(PropertyCheck<? super T> check) {
        return run(check, name != null ? name : shownName(TestCoordinates.ofCallingTest()), deadline());
    }

    private static String shownName(Optional<TestCoordinates> test) {
        return test.map(TestCoordinates::surefireFilter).orElse("property");
    }

    private PropertyResult<T> run(PropertyCheck<? super T> check, String shownName, ShrinkDeadline deadline) {
        long baseSeed = BaseSeed.resolve(seed);
        PropertySettings effective = settings.withSeed(baseSeed).withStrategy(StrategyProperty.resolve(settings.strategy()));
        if (deadline != null) {
            effective = effective.withStopShrinking(deadline);
        }
        String replay = System.getProperty(REPLAY_PROPERTY, "").strip();
        out.println("[sim-testkit] " + shownName + ": base seed " + baseSeed
                + (BaseSeed.givenOnCommandLine() ? " (from -D" + BaseSeed.PROPERTY + ")" : "")
                + (effective.strategy().equals(Strategy.uniform()) ? "" : ", strategy " + effective.strategy().name()
                        + (StrategyProperty.givenOnCommandLine() ? " (from -D" + StrategyProperty.PROPERTY + ")" : ""))
                + (replay.isEmpty() ? "" : ", replaying one recorded case (from -D" + REPLAY_PROPERTY + ")"));
        PropertyResult<T> result;
        OptionalLong stopAt = StopAt.requested();
        if (stopAt.isPresent()) {
            PropertySettings once = effective.withTries(1).withMaxShrinkAttempts(0);
            out.println("[sim-testkit] " + shownName + ": replaying one case up to event #" + stopAt.getAsLong()
                    + " (from -D" + StopAt.PROPERTY + ")");
            StopAt.run(stopAt.getAsLong(), () -> {
                PropertyResult<T> outcome = replay.isEmpty() ? PropertyRunner.check(gen, once, check) : recheck(once, replay, check);
                if (outcome instanceof Falsified<T> stopped) {
                    Rethrow.unchanged(stopped.shrunk().failure());
                }
            });
        }
        int every = DoubleRun.resolve(doubleRunEvery);
        DoubleRun<T> doubleRun = new DoubleRun<>(check, Math.max(every, 1));
        PropertyCheck<? super T> tried = every > 0 && replay.isEmpty() ? doubleRun : check;
        if (!replay.isEmpty()) {
            result = recheck(effective, replay, check);
        } else if (classifier == null) {
            result = PropertyRunner.check(gen, effective, tried);
        } else {
            result = PropertyRunner.check(gen, effective, classifier, tried);
        }
        if (tried == doubleRun && result instanceof Passed<T>) {
            Optional<String> differs = doubleRun.again(gen, effective);
            if (differs.isPresent()) {
                String message = "Property " + shownName + " is nondeterministic (checkDeterminism " + every
                        + ": one try in " + every + " run twice, base seed " + baseSeed + "): " + differs.get();
                out.println("[sim-testkit] " + message);
                throw new AssertionError(message);
            }
            out.println("[sim-testkit] " + shownName + ": " + doubleRun.doubled() + " tr" + (doubleRun.doubled() == 1 ? "y" : "ies")
                    + " run twice, each the same both times (checkDeterminism " + every + ")");
        }
        if (classifier != null) {
            out.println(ClassificationTable.render(shownName, result.triesRun(), result.classes()));
        }
        for (Map.Entry<String, Integer> discard : result.discardReasons().entrySet()) {
            out.println("[sim-testkit] " + shownName + ": discarded " + discard.getValue() + " test case"
                    + (discard.getValue() == 1 ? "" : "s") + ": " + discard.getKey());
        }
        new HealthTally().add(result).warnings().forEach(warning -> out.println("[sim-testkit] " + shownName + ": " + warning));
        return result;
    }

    private PropertyResult<T> recheck(PropertySettings effective, String replay, PropertyCheck<? super T> check) {
        try {
            return PropertyRunner.recheck(gen, effective, replay, check);
        } catch (IllegalArgumentException notAChoiceSequence) {
            throw new IllegalArgumentException("-D" + REPLAY_PROPERTY + " must be a case printed by a failure report: "
                    + notAChoiceSequence.getMessage(), notAChoiceSequence);
        }
    }

    /** A fresh wall-time stop hook for one run, or none without a time limit. */
    private ShrinkDeadline deadline() {
        return shrinkTimeLimit == null ? null : new ShrinkDeadline(shrinkTimeLimit);
    }
}
