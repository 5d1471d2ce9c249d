package dev.simscaffold.testkit.property;

import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.check.Counterexample;
import dev.simscaffold.core.check.FailureIdentity;
import dev.simscaffold.core.check.Falsified;
import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.check.PropertyCheck;
import dev.simscaffold.core.check.PropertyRunner;
import dev.simscaffold.core.explore.Strategy;
import dev.simscaffold.core.trace.Trace;
import dev.simscaffold.core.trace.TraceCapture;
import dev.simscaffold.core.trace.TraceMode;
import dev.simscaffold.testkit.determinism.DeterminismCheck;
import dev.simscaffold.testkit.report.SeedFailureText;
import dev.simscaffold.testkit.report.SimulationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The check a failure passes before its seed is printed as one that replays it: the shrunk case and the
 * original are each re-run twice from their choices, with every trace kept in full, and each re-run must fail
 * the same way (the property's failure identity) with the same fingerprint as the failing run and as each
 * other. A property that reads a static counter, an identity hash or the clock fails on some try, yet its
 * seed may pass or fail elsewhere when replayed; printing that seed as a replay command is a lie the user
 * pays for in hours. When a re-run differs, the report says "nondeterministic: this failure does not replay",
 * what each re-run did, and where two of the runs part (the first differing event, from the divergence
 * locator).
 *
 * <p>Four extra runs of a failing case are cheap beside the hundreds a shrink makes, and they happen only
 * when a property fails.
 *
 * @param shrunkReplay the shrunk case's first re-run, which the report shows as its full trace
 * @param problems what did not replay, one entry per line, empty when both cases replay
 */
record ReplaySelfCheck(TraceCapture.Captured shrunkReplay, List<String> problems) {

    ReplaySelfCheck {
        problems = List.copyOf(problems);
    }

    /**
     * Re-runs the failure's shrunk and original cases from their choices.
     *
     * @param gen the property's generator
     * @param failure what the property found
     * @param strategy the strategy the property ran with
     * @param identity what counts as the same failure
     * @param check the property
     * @return what the re-runs found
     */
    static <T> ReplaySelfCheck of(Gen<T> gen, Falsified<T> failure, Strategy strategy, FailureIdentity identity, PropertyCheck<? super T> check) {
        List<String> problems = new ArrayList<>();
        TraceCapture.Captured shrunk = replay(gen, failure.shrunk(), failure.failingSeed(), strategy, check);
        problems.addAll(compare("shrunk case", gen, failure.shrunk(), failure.failingSeed(), strategy, identity, check, shrunk));
        TraceCapture.Captured original = replay(gen, failure.original(), failure.failingSeed(), strategy, check);
        problems.addAll(compare("original case", gen, failure.original(), failure.failingSeed(), strategy, identity, check, original));
        return new ReplaySelfCheck(shrunk, problems);
    }

    /**
     * Tells whether both cases replayed.
     *
     * @return true when the seed and choices give the failure back
     */
    boolean replays() {
        return problems.isEmpty();
    }

    /**
     * The first thing a replay did differently, for the test's short message.
     *
     * @return what the first re-run that differed did, such as {@code replay 1 passed, where the failing run failed}
     */
    String firstProblem() {
        return problems.get(1).strip();
    }

    private static <T> TraceCapture.Captured replay(Gen<T> gen, Counterexample<T> example, long seed, Strategy strategy, PropertyCheck<? super T> check) {
        return TraceCapture.run(() -> check.check(PropertyRunner.replay(gen, example.choices(), seed, strategy)));
    }

    private static <T> List<String> compare(String label, Gen<T> gen, Counterexample<T> example, long seed, Strategy strategy,
            FailureIdentity identity, PropertyCheck<? super T> check, TraceCapture.Captured first) {
        TraceCapture.Captured second = replay(gen, example, seed, strategy, check);
        Optional<Trace> recorded = violationTrace(example.failure());
        String expected = identity.keyOf(example.failure());
        List<String> said = new ArrayList<>();
        said.addAll(differences("replay 1", identity, expected, recorded, first));
        said.addAll(differences("replay 2", identity, expected, recorded, second));
        if (said.isEmpty() && !sameTraces(first, second)) {
            said.add("the two replays created different runs: " + fingerprints(first) + " then " + fingerprints(second));
        }
        if (said.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add("  " + label + " (" + example.choices().size() + " choices, seed " + seed + "), re-run twice from its choices:");
        said.forEach(line -> lines.add("    " + line));
        divergence(recorded, first, second).lines().forEach(line -> lines.add("    " + line));
        return SimulationReport.clip(lines);
    }

    private static List<String> differences(String run, FailureIdentity identity, String expected, Optional<Trace> recorded,
            TraceCapture.Captured replay) {
        if (replay.failure().isEmpty()) {
            return List.of(run + " passed, where the failing run failed");
        }
        Throwable again = replay.failure().get();
        if (!identity.keyOf(again).equals(expected)) {
            return List.of(run + " failed differently: " + SeedFailureText.firstLine(again));
        }
        Optional<Trace> replayed = violationTrace(again);
        if (recorded.isPresent() && replayed.isPresent() && replayed.get().fingerprint() != recorded.get().fingerprint()) {
            return List.of(run + " failed the same way, with fingerprint " + replayed.get().fingerprintHex() + " instead of the failing run's "
                    + recorded.get().fingerprintHex());
        }
        return List.of();
    }

    /**
     * Where two of the runs part: the failing run and a replay when the failing run kept every event, else the
     * first pair of simulations the two replays ran differently, both in full-trace mode.
     */
    private static String divergence(Optional<Trace> recorded, TraceCapture.Captured first, TraceCapture.Captured second) {
        Optional<Trace> replayed = first.failure().flatMap(ReplaySelfCheck::violationTrace);
        if (recorded.isPresent() && recorded.get().mode() == TraceMode.FULL && replayed.isPresent()) {
            Optional<String> where = DeterminismCheck.divergence(recorded.get(), replayed.get());
            if (where.isPresent()) {
                return "run 1 the failing run, run 2 replay 1: " + where.get();
            }
        }
        int common = Math.min(first.traces().size(), second.traces().size());
        for (int i = 0; i < common; i++) {
            Optional<String> where = DeterminismCheck.divergence(first.traces().get(i), second.traces().get(i));
            if (where.isPresent()) {
                return "run 1 replay 1, run 2 replay 2, simulation " + (i + 1) + " of " + first.traces().size() + ": " + where.get();
            }
        }
        if (first.traces().size() != second.traces().size()) {
            return "replay 1 ran " + first.traces().size() + " simulations and replay 2 " + second.traces().size()
                    + "; the first " + common + " agree event for event";
        }
        if (first.traces().isEmpty()) {
            return "(the case ran no traced simulation, so there is no event to name: what differs is outside any simulation)";
        }
        return "(the two replays agree event for event and the failing run kept fingerprints only, so the first event where it"
                + " parts from them is unknown: run the property with TraceMode.FULL to see it)";
    }

    private static boolean sameTraces(TraceCapture.Captured first, TraceCapture.Captured second) {
        return fingerprints(first).equals(fingerprints(second));
    }

    private static List<String> fingerprints(TraceCapture.Captured run) {
        return run.traces().stream().map(t -> t.fingerprintHex() + " (" + t.size() + " events)").toList();
    }

    private static Optional<Trace> violationTrace(Throwable failure) {
        return SimulationReport.violationIn(failure).map(InvariantViolationError::trace);
    }
}
