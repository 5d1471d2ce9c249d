package dev.simscaffold.core.check;

import dev.simscaffold.core.explore.Strategy;
import dev.simscaffold.core.random.SimRandom;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Runs one test case: draws a value through a recording or replaying {@link ChoiceSource}, checks the
 * property on it, and reports the outcome with every choice made, including those the property body
 * drew from a live stream.
 *
 * <p>A generator that overflows the stack discards the test case instead of failing the property: how
 * deep the stack may go depends on the JIT, so such a "failure" would not even replay. The depth bound
 * of {@link ChoiceRecorder} normally discards runaway recursion before it gets that far.
 */
final class TestCaseExecutor<T> {

    private final Gen<T> gen;
    private final PropertyCheck<? super T> check;
    private final int maxChoices;
    private final int maxDepth;
    private final Strategy strategy;

    TestCaseExecutor(Gen<T> gen, PropertyCheck<? super T> check, PropertySettings settings) {
        this.gen = gen;
        this.check = check;
        this.maxChoices = settings.maxChoices();
        this.maxDepth = settings.maxDepth();
        this.strategy = settings.strategy();
    }

    Outcome<T> generate(long seed) {
        return execute(ChoiceSource.recording(seed, maxChoices, maxDepth, strategy));
    }

    Outcome<T> replay(long seed, SortedMap<ForkPath, List<Long>> prefix) {
        return execute(ChoiceSource.replayingValues(prefix, seed, maxChoices, maxDepth, strategy));
    }

    /**
     * Replays a shrink candidate, abandoning it as soon as it can no longer beat {@code best}, a case of
     * {@code units} units ({@link ShrinkCutoff}).
     */
    Outcome<T> replayAgainst(long seed, SortedMap<ForkPath, List<Long>> prefix, int units, ChoiceSequence best) {
        ChoiceSource source = ChoiceSource.replayingValues(prefix, seed, maxChoices, maxDepth, strategy);
        source.recorder().cutOff(ShrinkCutoff.against(units, best, maxChoices));
        return execute(source);
    }

    private Outcome<T> execute(ChoiceSource source) {
        T value = null;
        try {
            value = generateValue(source);
            check.check(value);
            return new Outcome<>(Outcome.Status.PASSED, value, source.log(), null, "");
        } catch (Discard discard) {
            return new Outcome<>(Outcome.Status.DISCARDED, value, source.log(), null, discard.getMessage());
        } catch (OutOfMemoryError fatal) {
            throw fatal;
        } catch (Throwable failure) {
            return new Outcome<>(Outcome.Status.FAILED, value, source.log(), failure, "");
        }
    }

    private T generateValue(ChoiceSource source) {
        source.recorder().startGeneration();
        try {
            return gen.draw(new SimRandom(source));
        } catch (StackOverflowError overflow) {
            throw Discard.stackOverflow(recursiveFrame(overflow));
        } finally {
            source.recorder().endGeneration();
        }
    }

    /** Whether a stack frame is the one {@link ChoiceRecorder} measures generation depth from. */
    static boolean isGenerationFrame(StackWalker.StackFrame frame) {
        return frame.getMethodName().equals("generateValue") && frame.getClassName().equals(TestCaseExecutor.class.getName());
    }

    /** The frame that repeats most often in an overflowed stack: the recursion to blame. */
    private static String recursiveFrame(StackOverflowError overflow) {
        TreeMap<String, Integer> counts = new TreeMap<>();
        for (StackTraceElement frame : overflow.getStackTrace()) {
            if (!frame.getClassName().startsWith("dev.simscaffold.core.")) {
                counts.merge(frame.getClassName() + "." + frame.getMethodName() + "(" + frame.getFileName() + ":"
                        + frame.getLineNumber() + ")", 1, Integer::sum);
            }
        }
        String worst = "an unknown generator";
        int most = 0;
        for (var entry : counts.entrySet()) {
            if (entry.getValue() > most) {
                worst = entry.getKey();
                most = entry.getValue();
            }
        }
        return worst;
    }
}
