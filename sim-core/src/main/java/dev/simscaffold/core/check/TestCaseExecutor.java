package dev.simscaffold.core.check;

import dev.simscaffold.core.random.SimRandom;
import java.util.List;
import java.util.SortedMap;

/**
 * Runs one test case: draws a value through a recording or replaying {@link ChoiceSource}, checks the
 * property on it, and reports the outcome with every choice made, including those the property body
 * drew from a live stream.
 */
final class TestCaseExecutor<T> {

    private final Gen<T> gen;
    private final PropertyCheck<? super T> check;
    private final int maxChoices;

    TestCaseExecutor(Gen<T> gen, PropertyCheck<? super T> check, int maxChoices) {
        this.gen = gen;
        this.check = check;
        this.maxChoices = maxChoices;
    }

    Outcome<T> generate(long seed) {
        return execute(ChoiceSource.recording(seed, maxChoices));
    }

    Outcome<T> replay(long seed, SortedMap<ForkPath, List<Long>> prefix) {
        return execute(ChoiceSource.replayingValues(prefix, seed, maxChoices));
    }

    private Outcome<T> execute(ChoiceSource source) {
        T value = null;
        try {
            value = gen.draw(new SimRandom(source));
            check.check(value);
            return new Outcome<>(Outcome.Status.PASSED, value, source.choices(), null, "");
        } catch (Discard discard) {
            return new Outcome<>(Outcome.Status.DISCARDED, value, source.choices(), null, discard.getMessage());
        } catch (OutOfMemoryError fatal) {
            throw fatal;
        } catch (Throwable failure) {
            return new Outcome<>(Outcome.Status.FAILED, value, source.choices(), failure, "");
        }
    }
}
