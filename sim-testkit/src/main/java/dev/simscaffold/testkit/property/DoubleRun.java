package dev.simscaffold.testkit.property;

import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.check.PropertyCheck;
import dev.simscaffold.core.check.PropertyRunner;
import dev.simscaffold.core.check.PropertySettings;
import dev.simscaffold.core.trace.Trace;
import dev.simscaffold.core.trace.TraceCapture;
import dev.simscaffold.testkit.report.SeedFailureText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The double run of passing tries, as madsim's {@code MADSIM_TEST_CHECK_DETERMINISM} does: every N-th try
 * of a property runs twice, and the two runs must give the same outcome and the same fingerprints. A leak
 * that never makes the property fail (a static counter, an identity-hash order, a clock read that changes
 * only what is traced) is invisible to the failure path's self-check; the double run finds it on a passing
 * property, at the first event where the two runs part.
 *
 * <p>How: the property's own run records, for the sampled tries, what each did (the traces it created, in
 * full, and whether it threw), through a wrapper of the check; when the property passed, a second run of the
 * same generator and seeds regenerates every value (a value holding a live random stream gets a fresh one,
 * so the try is truly run again) and runs the check on the sampled tries only. Nothing in the engine
 * changes: same seeds, same values, same verdicts when the property is deterministic.
 *
 * @param <T> the generated type
 */
final class DoubleRun<T> implements PropertyCheck<T> {

    /** The system property that turns the double run on for every property in the run. */
    static final String PROPERTY = "sim.checkDeterminism";

    private final PropertyCheck<? super T> check;
    private final int every;
    private final TreeMap<Integer, TraceCapture.Captured> first = new TreeMap<>();
    private int calls;

    DoubleRun(PropertyCheck<? super T> check, int every) {
        this.check = check;
        this.every = every;
    }

    /**
     * The double-run interval in effect: {@code -Dsim.checkDeterminism} wins over the one set in the test.
     *
     * @param setInTest the {@code checkDeterminism(n)} setting, 0 when not set
     * @return every how many tries to run twice, 0 for never
     * @throws IllegalArgumentException naming the value when it is not a whole number of at least 1
     */
    static int resolve(int setInTest) {
        String given = System.getProperty(PROPERTY);
        if (given == null || given.isBlank()) {
            return setInTest;
        }
        try {
            return validated(Integer.parseInt(given.strip()), "-D" + PROPERTY);
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException("-D" + PROPERTY + " must be a whole number >= 1 (run every N-th passing try twice), got \""
                    + given + "\"", notANumber);
        }
    }

    /**
     * Checks an interval.
     *
     * @param every the interval
     * @param where where it was given, for the message
     * @return the interval
     * @throws IllegalArgumentException naming the value when it is below 1
     */
    static int validated(int every, String where) {
        if (every < 1) {
            throw new IllegalArgumentException(where + " must be >= 1 (run every N-th passing try twice), got " + every);
        }
        return every;
    }

    @Override
    public void check(T value) throws Exception {
        calls++;
        if (calls % every != 0) {
            check.check(value);
            return;
        }
        TraceCapture.Captured run = TraceCapture.run(() -> check.check(value));
        first.put(calls, run);
        if (run.failure().isPresent()) {
            throwUnchanged(run.failure().get());
        }
    }

    /**
     * Runs the sampled tries of a passing property a second time and compares them with their first run.
     *
     * @param gen the property's generator
     * @param settings the settings the property ran with (seed, strategy, limits)
     * @return where the first sampled try that ran differently parts, empty when every one ran the same
     */
    Optional<String> again(Gen<T> gen, PropertySettings settings) {
        if (first.isEmpty()) {
            return Optional.empty();
        }
        List<String> found = new ArrayList<>();
        int[] call = {0};
        PropertyRunner.check(gen, settings.withTries(calls).withMaxShrinkAttempts(0), value -> {
            call[0]++;
            TraceCapture.Captured before = first.get(call[0]);
            if (before == null || !found.isEmpty()) {
                return;
            }
            TraceCapture.Captured after = TraceCapture.run(() -> check.check(value));
            compare(call[0], settings.seed(), before, after).ifPresent(found::add);
        });
        return found.stream().findFirst();
    }

    /** How many tries ran twice. */
    int doubled() {
        return first.size();
    }

    private Optional<String> compare(int tryNumber, long seed, TraceCapture.Captured before, TraceCapture.Captured after) {
        String which = "try " + tryNumber + " ran twice with different results: ";
        if (before.failure().isPresent() != after.failure().isPresent()) {
            return Optional.of(which + "the first run " + outcome(before) + ", the second " + outcome(after));
        }
        int common = Math.min(before.traces().size(), after.traces().size());
        for (int i = 0; i < common; i++) {
            Trace a = before.traces().get(i);
            Trace b = after.traces().get(i);
            Optional<String> where = FirstDivergence.between(seed, a, b);
            if (where.isPresent()) {
                return Optional.of(which + "simulation " + (i + 1) + " of " + before.traces().size() + " gave fingerprint " + a.fingerprintHex()
                        + " (" + a.size() + " events), then " + b.fingerprintHex() + " (" + b.size() + " events)\n" + where.get());
            }
        }
        if (before.traces().size() != after.traces().size()) {
            return Optional.of(which + "the first run created " + before.traces().size() + " simulations, the second "
                    + after.traces().size() + "; the first " + common + " agree event for event");
        }
        return Optional.empty();
    }

    private static String outcome(TraceCapture.Captured run) {
        return run.failure().map(f -> "threw " + SeedFailureText.firstLine(f)).orElse("passed");
    }

    private static void throwUnchanged(Throwable failure) throws Exception {
        if (failure instanceof Exception exception) {
            throw exception;
        }
        throw (Error) failure;
    }
}
