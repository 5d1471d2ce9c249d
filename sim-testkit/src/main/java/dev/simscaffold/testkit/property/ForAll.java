package dev.simscaffold.testkit.property;

import dev.simscaffold.core.check.Falsified;
import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.check.Passed;
import dev.simscaffold.core.check.PropertyCheck;
import dev.simscaffold.core.check.PropertyResult;
import dev.simscaffold.core.check.PropertyRunner;
import dev.simscaffold.core.check.PropertySettings;
import dev.simscaffold.testkit.replay.TestCoordinates;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * A property being configured: {@code Properties.forAll(gen).tries(500).check(value -> ...)}. Each
 * setter returns a new, immutable {@code ForAll}, so a configured property can be shared and varied.
 *
 * <p>{@link #check(PropertyCheck)} prints one line with the base seed (and, with {@link #classify},
 * a table of classes) to standard output, and on failure throws a {@link PropertyFailedError} whose
 * message carries the seed, the shrunk value and the command that replays only that case.
 *
 * @param <T> the generated type
 */
public final class ForAll<T> {

    private final Gen<T> gen;
    private final String name;
    private final int tries;
    private final OptionalLong seed;
    private final int maxShrinkAttempts;
    private final Duration shrinkTimeLimit;
    private final Function<? super T, String> classifier;
    private final PrintStream out;

    ForAll(Gen<T> gen) {
        this(gen, null, PropertySettings.DEFAULT_TRIES, OptionalLong.empty(), PropertySettings.DEFAULT_MAX_SHRINK_ATTEMPTS,
                null, null, System.out);
    }

    private ForAll(Gen<T> gen, String name, int tries, OptionalLong seed, int maxShrinkAttempts, Duration shrinkTimeLimit,
            Function<? super T, String> classifier, PrintStream out) {
        this.gen = gen;
        this.name = name;
        this.tries = tries;
        this.seed = seed;
        this.maxShrinkAttempts = maxShrinkAttempts;
        this.shrinkTimeLimit = shrinkTimeLimit;
        this.classifier = classifier;
        this.out = out;
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
        return new ForAll<>(gen, newName, tries, seed, maxShrinkAttempts, shrinkTimeLimit, classifier, out);
    }

    /**
     * Sets how many test cases to try.
     *
     * @param newTries the count, {@code > 0}
     * @return the configured property
     * @throws IllegalArgumentException if {@code newTries <= 0}
     */
    public ForAll<T> tries(int newTries) {
        if (newTries <= 0) {
            throw new IllegalArgumentException("tries must be > 0, got " + newTries);
        }
        return new ForAll<>(gen, name, newTries, seed, maxShrinkAttempts, shrinkTimeLimit, classifier, out);
    }

    /**
     * Fixes the base seed in the test. {@code -Dsim.seed} still wins, so a printed replay command works.
     *
     * @param newSeed the base seed
     * @return the configured property
     */
    public ForAll<T> seed(long newSeed) {
        return new ForAll<>(gen, name, tries, OptionalLong.of(newSeed), maxShrinkAttempts, shrinkTimeLimit, classifier, out);
    }

    /**
     * Limits how many candidate runs shrinking may make.
     *
     * @param attempts the limit, {@code >= 0} (0 reports the failure unshrunk)
     * @return the configured property
     * @throws IllegalArgumentException if {@code attempts < 0}
     */
    public ForAll<T> maxShrinkAttempts(int attempts) {
        if (attempts < 0) {
            throw new IllegalArgumentException("maxShrinkAttempts must be >= 0, got " + attempts);
        }
        return new ForAll<>(gen, name, tries, seed, attempts, shrinkTimeLimit, classifier, out);
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
        return new ForAll<>(gen, name, tries, seed, maxShrinkAttempts, limit, classifier, out);
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
        return new ForAll<>(gen, name, tries, seed, maxShrinkAttempts, shrinkTimeLimit, newClassifier, out);
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
        return new ForAll<>(gen, name, tries, seed, maxShrinkAttempts, shrinkTimeLimit, classifier, stream);
    }

    /**
     * Runs the property and fails the test if it is falsified.
     *
     * @param check the property: returns to pass, throws to fail
     * @return the result of a passing run, to assert on how many tries ran
     * @throws PropertyFailedError if a test case failed, with the shrunk counterexample and replay command
     * @throws IllegalArgumentException if the generator's filters discard too many test cases
     */
    public Passed<T> check(PropertyCheck<? super T> check) {
        Optional<TestCoordinates> test = TestCoordinates.ofCallingTest();
        String shownName = name != null ? name : shownName(test);
        PropertyResult<T> result = run(check, shownName);
        if (result instanceof Falsified<T> failure) {
            throw new PropertyFailedError(FailureReport.render(shownName, failure, test), failure);
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
        return run(check, name != null ? name : shownName(TestCoordinates.ofCallingTest()));
    }

    private static String shownName(Optional<TestCoordinates> test) {
        return test.map(TestCoordinates::surefireFilter).orElse("property");
    }

    private PropertyResult<T> run(PropertyCheck<? super T> check, String shownName) {
        long baseSeed = BaseSeed.resolve(seed);
        PropertySettings settings = PropertySettings.seeded(baseSeed).withTries(tries).withMaxShrinkAttempts(maxShrinkAttempts);
        if (shrinkTimeLimit != null) {
            settings = settings.withStopShrinking(deadline(shrinkTimeLimit));
        }
        out.println("[sim-testkit] " + shownName + ": base seed " + baseSeed
                + (BaseSeed.givenOnCommandLine() ? " (from -D" + BaseSeed.PROPERTY + ")" : ""));
        PropertyResult<T> result = classifier == null
                ? PropertyRunner.check(gen, settings, check)
                : PropertyRunner.check(gen, settings, classifier, check);
        if (classifier != null) {
            out.println(ClassificationTable.render(shownName, result.triesRun(), result.classes()));
        }
        return result;
    }

    /** A deadline that starts when shrinking first asks, so generation time does not count against it. */
    private static BooleanSupplier deadline(Duration limit) {
        long[] end = {0};
        boolean[] started = {false};
        return () -> {
            long now = System.nanoTime();
            if (!started[0]) {
                started[0] = true;
                end[0] = now + limit.toNanos();
            }
            return now - end[0] > 0;
        };
    }
}
