package dev.simscaffold.core.check;

import dev.simscaffold.core.internal.Require;
import dev.simscaffold.core.internal.StableHash;
import dev.simscaffold.core.random.SimRandom;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Runs a property: draws up to {@code tries} test cases from a generator, each through a recording
 * {@link ChoiceSource} with its own seed, checks the property on each, and shrinks the first failure by
 * editing its choice sequence. Same settings, same generator and same property always give the same
 * result, on every JDK.
 *
 * <pre>{@code
 * PropertyResult<List<Integer>> result = PropertyRunner.check(
 *         Gen.lists(Gen.ints(0, 1000), 0, 20),
 *         PropertySettings.seeded(42),
 *         list -> assertThat(list).allMatch(x -> x < 100));
 * // result is Falsified, and its shrunk value is [100]
 * }</pre>
 */
public final class PropertyRunner {

    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private PropertyRunner() {
    }

    /**
     * Runs a property.
     *
     * @param <T> the generated type
     * @param gen the generator of test cases
     * @param settings seed, tries and shrink limits
     * @param check the property
     * @return what the run found
     * @throws IllegalArgumentException if more than {@code maxDiscards} test cases are discarded, naming
     *                                  the filter or limit responsible
     */
    public static <T> PropertyResult<T> check(Gen<T> gen, PropertySettings settings, PropertyCheck<? super T> check) {
        return check(gen, settings, value -> "", check);
    }

    /**
     * Runs a property and counts how generated values fall into classes, to show a generator's
     * distribution. Only the tries are counted, not the shrink attempts.
     *
     * @param <T> the generated type
     * @param gen the generator of test cases
     * @param settings seed, tries and shrink limits
     * @param classifier gives each value a label; an empty label is not counted
     * @param check the property
     * @return what the run found
     * @throws IllegalArgumentException if more than {@code maxDiscards} test cases are discarded
     */
    public static <T> PropertyResult<T> check(
            Gen<T> gen, PropertySettings settings, Function<? super T, String> classifier, PropertyCheck<? super T> check) {
        Require.present("gen", gen);
        Require.present("settings", settings);
        Require.present("classifier", classifier);
        Require.present("check", check);
        TestCaseExecutor<T> executor = new TestCaseExecutor<>(gen, check, settings.maxChoices());
        TreeMap<String, Integer> classes = new TreeMap<>();
        int tries = 0;
        int discarded = 0;
        long seed = settings.seed();
        while (tries < settings.tries()) {
            Outcome<T> outcome = executor.generate(seed);
            if (outcome.status() == Outcome.Status.DISCARDED) {
                discarded++;
                if (discarded >= settings.maxDiscards()) {
                    throw gaveUp(settings, tries, discarded, outcome.discardReason());
                }
            } else {
                tries++;
                classify(classes, classifier, outcome.value());
                if (outcome.failed()) {
                    return shrink(executor, settings, seed, tries, outcome, classes);
                }
            }
            seed = nextSeed(seed);
        }
        return new Passed<>(settings.seed(), tries, discarded, classes);
    }

    /**
     * Regenerates the value a choice sequence describes, such as a counterexample's, to inspect it or to
     * run it again outside the property. Choices missing from the sequence take their simplest value.
     *
     * @param <T> the generated type
     * @param gen the generator the sequence was recorded from
     * @param choices the sequence
     * @param seed the seed the recorded run used (what {@code SimRandom.seed()} reports)
     * @return the value
     */
    public static <T> T replay(Gen<T> gen, ChoiceSequence choices, long seed) {
        Require.present("gen", gen);
        return gen.draw(new SimRandom(ChoiceSource.replaying(choices, seed, PropertySettings.DEFAULT_MAX_CHOICES)));
    }

    /**
     * The seed of the try after one with {@code seed}: a fixed function, so that a failing try's seed,
     * used as a base seed, replays that try first.
     *
     * @param seed a try's seed
     * @return the next try's seed
     */
    public static long nextSeed(long seed) {
        return StableHash.mix64(seed + GOLDEN_GAMMA);
    }

    private static <T> void classify(TreeMap<String, Integer> classes, Function<? super T, String> classifier, T value) {
        String label = classifier.apply(value);
        if (label != null && !label.isEmpty()) {
            classes.merge(label, 1, Integer::sum);
        }
    }

    private static <T> Falsified<T> shrink(
            TestCaseExecutor<T> executor, PropertySettings settings, long failingSeed, int tries, Outcome<T> original,
            TreeMap<String, Integer> classes) {
        Shrinker<T> shrinker = new Shrinker<>(executor, settings, failingSeed, original);
        Outcome<T> shrunk = shrinker.shrink();
        return new Falsified<>(settings.seed(), failingSeed, tries, original.counterexample(), shrunk.counterexample(),
                shrinker.steps(), shrinker.attempts(), classes);
    }

    private static IllegalArgumentException gaveUp(PropertySettings settings, int tries, int discarded, String reason) {
        return new IllegalArgumentException("gave up after discarding " + discarded + " test cases (maxDiscards="
                + settings.maxDiscards() + ") with only " + tries + " of " + settings.tries()
                + " tries run; last discard: " + reason + ". Loosen the filter or widen the generator. Base seed "
                + settings.seed());
    }
}
