package dev.simscaffold.core.check;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.explore.Strategy;
import dev.simscaffold.core.internal.Require;
import dev.simscaffold.core.internal.StableHash;
import dev.simscaffold.core.random.SimRandom;
import java.util.ArrayList;
import java.util.List;
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
@Api(Api.Status.EXPERIMENTAL)
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
        TestCaseExecutor<T> executor = new TestCaseExecutor<>(gen, check, settings);
        TreeMap<String, Integer> classes = new TreeMap<>();
        TreeMap<String, Integer> discardReasons = new TreeMap<>();
        int tries = 0;
        int discarded = 0;
        long seed = settings.seed();
        while (tries < settings.tries()) {
            Outcome<T> outcome = executor.generate(seed);
            if (outcome.status() == Outcome.Status.DISCARDED) {
                discarded++;
                discardReasons.merge(outcome.discardReason(), 1, Integer::sum);
                if (discarded >= settings.maxDiscards()) {
                    throw gaveUp(settings, tries, discarded, outcome.discardReason());
                }
            } else {
                tries++;
                classify(classes, classifier, outcome.value());
                if (outcome.failed()) {
                    return shrink(executor, settings, seed, tries, outcome, classes, discardReasons);
                }
            }
            seed = nextSeed(seed);
        }
        return new Passed<>(settings.seed(), tries, discarded, classes, discardReasons);
    }

    /**
     * Runs one exact test case again, from a sequence a report printed with
     * {@link ChoiceSequence#encoded()}, and shrinks it further if it still fails: the way to replay a
     * failure that was found while shrinking another (it has no seed of its own).
     *
     * @param <T> the generated type
     * @param gen the generator the sequence was recorded from
     * @param settings the seed the recorded run reported (what {@code SimRandom.seed()} returns) and the
     *                 shrink limits; {@code tries} is ignored
     * @param encodedChoices the encoded sequence
     * @param check the property
     * @return {@link Falsified} if the case still fails, else {@link Passed} with one try
     * @throws IllegalArgumentException if the text is not an encoded sequence
     */
    public static <T> PropertyResult<T> recheck(
            Gen<T> gen, PropertySettings settings, String encodedChoices, PropertyCheck<? super T> check) {
        Require.present("gen", gen);
        Require.present("settings", settings);
        Require.present("encodedChoices", encodedChoices);
        Require.present("check", check);
        TestCaseExecutor<T> executor = new TestCaseExecutor<>(gen, check, settings);
        Outcome<T> outcome = executor.replay(settings.seed(), ChoiceCodec.decode(encodedChoices));
        TreeMap<String, Integer> discardReasons = new TreeMap<>();
        if (outcome.failed()) {
            return shrink(executor, settings, settings.seed(), 1, outcome, new TreeMap<>(), discardReasons);
        }
        if (outcome.status() == Outcome.Status.DISCARDED) {
            discardReasons.put(outcome.discardReason(), 1);
        }
        return new Passed<>(settings.seed(), outcome.status() == Outcome.Status.PASSED ? 1 : 0,
                discardReasons.size(), new TreeMap<>(), discardReasons);
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
        return replay(gen, choices, seed, Strategy.uniform());
    }

    /**
     * Regenerates the value a choice sequence describes, for a property that ran with a strategy
     * ({@link PropertySettings#strategy()}): a simulation built on the value's live stream then explores as
     * the recorded run did.
     *
     * @param <T> the generated type
     * @param gen the generator the sequence was recorded from
     * @param choices the sequence
     * @param seed the seed the recorded run used (what {@code SimRandom.seed()} reports)
     * @param strategy the property's strategy
     * @return the value
     */
    public static <T> T replay(Gen<T> gen, ChoiceSequence choices, long seed, Strategy strategy) {
        Require.present("gen", gen);
        Require.present("choices", choices);
        Require.present("strategy", strategy);
        return gen.draw(new SimRandom(ChoiceSource.replayingValues(ChoiceRecorder.valuesOf(choices), seed,
                PropertySettings.DEFAULT_MAX_CHOICES, PropertySettings.DEFAULT_MAX_DEPTH, strategy)));
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
            TreeMap<String, Integer> classes, TreeMap<String, Integer> discardReasons) {
        Shrinker.Result<T> result = new Shrinker<>(executor, settings, failingSeed).shrink(original);
        List<Counterexample<T>> others = new ArrayList<>();
        for (Outcome<T> other : result.others()) {
            others.add(other.counterexample());
        }
        return new Falsified<>(settings.seed(), failingSeed, tries, original.counterexample(), result.shrunk().counterexample(),
                others, result.steps(), result.attempts(), result.end(), classes, discardReasons);
    }

    private static IllegalArgumentException gaveUp(PropertySettings settings, int tries, int discarded, String reason) {
        return new IllegalArgumentException("gave up after discarding " + discarded + " test cases (maxDiscards="
                + settings.maxDiscards() + ") with only " + tries + " of " + settings.tries()
                + " tries run; last discard: " + reason + ". Loosen the filter or widen the generator. Base seed "
                + settings.seed());
    }
}
