package dev.simscaffold.testkit.property;

import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.check.PropertyCheck;
import dev.simscaffold.core.check.PropertyRunner;
import dev.simscaffold.core.check.PropertySettings;
import dev.simscaffold.core.trace.TraceCapture;
import dev.simscaffold.testkit.determinism.DeterminismCheck;
import dev.simscaffold.testkit.replay.Rethrow;
import dev.simscaffold.testkit.replay.SimProperty;
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
 * <p>How: the property's own run records, for the sampled tries, what each did (the fingerprint and size of
 * every trace it created, and whether it threw), through a wrapper of the check; when the property passed, a
 * second run of the same generator and seeds regenerates every value (a value holding a live random stream
 * gets a fresh one, so the try is truly run again) and runs the check on the sampled tries only. Nothing in
 * the engine changes: same seeds, same values, same verdicts when the property is deterministic. Only
 * fingerprints are kept between the runs, so memory stays flat however many tries are doubled; when a try
 * differs it runs a third time, and the second and third runs, both in full-trace mode, name the first
 * event where they part.
 *
 * @param <T> the generated type
 */
final class DoubleRun<T> implements PropertyCheck<T> {

    /** The system property that turns the double run on for every property in the run. */
    static final String PROPERTY = SimProperty.CHECK_DETERMINISM.key();

    private final PropertyCheck<? super T> check;
    private final int every;
    private final TreeMap<Integer, Ran> first = new TreeMap<>();
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
        first.put(calls, Ran.of(run));
        if (run.failure().isPresent()) {
            Rethrow.unchanged(run.failure().get());
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
            Ran before = first.get(call[0]);
            if (before == null || !found.isEmpty()) {
                return;
            }
            TraceCapture.Captured after = TraceCapture.run(() -> check.check(value));
            if (!Ran.of(after).equals(before)) {
                found.add(differs(call[0], before, after, TraceCapture.run(() -> check.check(value))));
            }
        });
        return found.stream().findFirst();
    }

    /** How many tries ran twice. */
    int doubled() {
        return first.size();
    }

    /**
     * What a try did, as far as two runs of it must agree: the fingerprint and size of each simulation it ran,
     * in order, and how it ended.
     *
     * @param traces each trace's fingerprint and size, such as {@code 6b339b9bbd37580d (5 events)}
     * @param outcome {@code passed}, or what it threw
     */
    private record Ran(List<String> traces, String outcome) {

        static Ran of(TraceCapture.Captured run) {
            return new Ran(run.traces().stream().map(t -> t.fingerprintHex() + " (" + t.size() + " events)").toList(), DoubleRun.outcome(run));
        }
    }

    private static String differs(int tryNumber, Ran before, TraceCapture.Captured after, TraceCapture.Captured third) {
        Ran second = Ran.of(after);
        String which = "try " + tryNumber + " ran twice with different results: ";
        String what;
        if (!before.outcome().equals(second.outcome())) {
            what = "the first run " + before.outcome() + ", the second " + second.outcome();
        } else if (before.traces().size() != second.traces().size()) {
            what = "the first run created " + before.traces().size() + " simulations, the second " + second.traces().size();
        } else {
            int i = 0;
            while (before.traces().get(i).equals(second.traces().get(i))) {
                i++;
            }
            what = "simulation " + (i + 1) + " of " + before.traces().size() + " gave fingerprint " + before.traces().get(i) + ", then "
                    + second.traces().get(i);
        }
        return which + what + "\n" + where(after, third);
    }

    /** Where the second and third runs of a try part, both kept in full; the first run kept fingerprints only. */
    private static String where(TraceCapture.Captured second, TraceCapture.Captured third) {
        int common = Math.min(second.traces().size(), third.traces().size());
        for (int i = 0; i < common; i++) {
            Optional<String> where = DeterminismCheck.divergence(second.traces().get(i), third.traces().get(i));
            if (where.isPresent()) {
                return "run again to locate it (run 1 the second run, run 2 a third, simulation " + (i + 1) + "): " + where.get();
            }
        }
        if (second.traces().size() != third.traces().size()) {
            return "run again to locate it: the second run created " + second.traces().size() + " simulations, a third "
                    + third.traces().size() + "; the first " + common + " agree event for event";
        }
        return second.traces().isEmpty() ? "(the try ran no traced simulation, so there is no event to name)"
                : "(a third run agreed with the second event for event, and the first run kept fingerprints only, so the event where"
                        + " it parts from them is unknown: a leak that changes only the first run in a JVM, such as a lazily set static)";
    }

    private static String outcome(TraceCapture.Captured run) {
        return run.failure().map(f -> "threw " + SeedFailureText.firstLine(f)).orElse("passed");
    }
}
