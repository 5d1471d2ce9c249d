package dev.simscaffold.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PropertyRunnerTest {

    private static final Gen<List<Integer>> LISTS = Gen.lists(Gen.ints(0, 1000), 0, 30);

    private static final PropertyCheck<List<Integer>> NO_ELEMENT_OVER_990 = list -> {
        if (list.stream().anyMatch(x -> x > 990)) {
            throw new AssertionError("found an element over 990 in " + list);
        }
    };

    @Test
    void aPropertyThatAlwaysHoldsReportsHowManyTriesRan() {
        PropertyResult<List<Integer>> defaults = PropertyRunner.check(LISTS, PropertySettings.seeded(1), list -> { });
        PropertyResult<List<Integer>> more = PropertyRunner.check(LISTS, PropertySettings.seeded(1).withTries(500), list -> { });

        assertThat(defaults).isInstanceOf(Passed.class);
        assertThat(defaults.triesRun()).isEqualTo(200);
        assertThat(more.triesRun()).isEqualTo(500);
    }

    @Test
    void theSameSeedGivesTheSameTriesFailureAndShrunkResult() {
        Falsified<List<Integer>> first = falsified(PropertyRunner.check(LISTS, PropertySettings.seeded(77), NO_ELEMENT_OVER_990));
        Falsified<List<Integer>> second = falsified(PropertyRunner.check(LISTS, PropertySettings.seeded(77), NO_ELEMENT_OVER_990));

        assertThat(second.triesRun()).isEqualTo(first.triesRun());
        assertThat(second.failingSeed()).isEqualTo(first.failingSeed());
        assertThat(second.original().value()).isEqualTo(first.original().value());
        assertThat(second.original().choices()).isEqualTo(first.original().choices());
        assertThat(second.shrunk().choices()).isEqualTo(first.shrunk().choices());
        assertThat(second.shrinkSteps()).isEqualTo(first.shrinkSteps());
        assertThat(second.shrunk().value()).containsExactly(991);
    }

    @Test
    void theFailingSeedAsBaseSeedFailsOnTheFirstTry() {
        Falsified<List<Integer>> found = falsified(PropertyRunner.check(LISTS, PropertySettings.seeded(3), NO_ELEMENT_OVER_990));
        Falsified<List<Integer>> replayed = falsified(
                PropertyRunner.check(LISTS, PropertySettings.seeded(found.failingSeed()), NO_ELEMENT_OVER_990));

        assertThat(found.triesRun()).isGreaterThan(1);
        assertThat(replayed.triesRun()).isEqualTo(1);
        assertThat(replayed.original().value()).isEqualTo(found.original().value());
        assertThat(replayed.shrunk().value()).isEqualTo(found.shrunk().value());
    }

    @Test
    void shrinkingNeverSwitchesToADifferentFailureTypeUnlessAllowed() {
        PropertyCheck<Integer> twoBugs = x -> {
            if (x >= 500) {
                throw new AssertionError("big bug at " + x);
            }
            if (x >= 10) {
                throw new IllegalStateException("small bug at " + x);
            }
        };
        Gen<Integer> ints = Gen.ints(0, 1000);
        long seed = firstSeedWhoseFirstFailureIs(ints, twoBugs, AssertionError.class);
        Falsified<Integer> strict = falsified(PropertyRunner.check(ints, PropertySettings.seeded(seed), twoBugs));
        Falsified<Integer> loose = falsified(PropertyRunner.check(
                ints, PropertySettings.seeded(seed).withFailureIdentity(FailureIdentity.ANY), twoBugs));

        assertThat(strict.original().value()).isGreaterThanOrEqualTo(500);
        assertThat(strict.shrunk().value()).isEqualTo(500);
        assertThat(strict.shrunk().failure()).isInstanceOf(AssertionError.class);
        assertThat(strict.alsoFound()).singleElement().satisfies(other -> {
            assertThat(other.value()).isEqualTo(10);
            assertThat(other.failure()).isInstanceOf(IllegalStateException.class);
        });
        assertThat(loose.shrunk().value()).isEqualTo(10);
        assertThat(loose.shrunk().failure()).isInstanceOf(IllegalStateException.class);
    }

    private static long firstSeedWhoseFirstFailureIs(Gen<Integer> gen, PropertyCheck<Integer> check, Class<?> type) {
        for (long seed = 1; seed < 100; seed++) {
            PropertyResult<Integer> result = PropertyRunner.check(gen, PropertySettings.seeded(seed).withMaxShrinkAttempts(0), check);
            if (result instanceof Falsified<Integer> failure && type.isInstance(failure.original().failure())) {
                return seed;
            }
        }
        throw new AssertionError("no seed below 100 fails first with " + type.getSimpleName());
    }

    @Test
    void theShrinkBudgetIsRespected() {
        Falsified<List<Integer>> none = falsified(
                PropertyRunner.check(LISTS, PropertySettings.seeded(5).withMaxShrinkAttempts(0), NO_ELEMENT_OVER_990));
        Falsified<List<Integer>> few = falsified(
                PropertyRunner.check(LISTS, PropertySettings.seeded(5).withMaxShrinkAttempts(3), NO_ELEMENT_OVER_990));
        int[] polls = {0};
        Falsified<List<Integer>> stopped = falsified(PropertyRunner.check(
                LISTS, PropertySettings.seeded(5).withStopShrinking(() -> ++polls[0] > 2), NO_ELEMENT_OVER_990));

        assertThat(none.shrunk()).isEqualTo(none.original());
        assertThat(none.shrinkAttempts()).isZero();
        assertThat(few.shrinkAttempts()).isEqualTo(3);
        assertThat(stopped.shrinkAttempts()).isLessThanOrEqualTo(2);
    }

    @Test
    void badSettingsFailNamingTheValue() {
        assertThatThrownBy(() -> PropertySettings.seeded(1).withTries(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tries must be > 0, got 0");
        assertThatThrownBy(() -> PropertySettings.seeded(1).withTries(-3)).hasMessage("tries must be > 0, got -3");
        assertThatThrownBy(() -> PropertySettings.seeded(1).withMaxShrinkAttempts(-1))
                .hasMessage("maxShrinkAttempts must be >= 0, got -1");
        assertThatThrownBy(() -> PropertySettings.seeded(1).withMaxChoices(0)).hasMessage("maxChoices must be > 0, got 0");
    }

    @Test
    void aFilterThatRejectsEverythingGivesUpNamingTheFilter() {
        Gen<Integer> impossible = Gen.ints(0, 100).filter("greater than 100", x -> x > 100);

        assertThatThrownBy(() -> PropertyRunner.check(impossible, PropertySettings.seeded(1), x -> { }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gave up after discarding 1000 test cases")
                .hasMessageContaining("filter \"greater than 100\" rejected 100 values in a row")
                .hasMessageContaining("only 0 of 200 tries run");
    }

    @Test
    void aTestCaseThatOverrunsItsChoiceLimitIsDiscardedNotFailed() {
        Gen<List<Boolean>> huge = Gen.lists(Gen.booleans(), 50, 50);

        assertThatThrownBy(() -> PropertyRunner.check(huge, PropertySettings.seeded(1).withMaxChoices(10).withMaxDiscards(5), x -> { }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("overran its limit of 10 choices");
    }

    @Test
    void aFilterThatRejectsSomeValuesStillPassesAndCountsDiscards() {
        Gen<Integer> mostlyRejected = Gen.ints(0, 1000).filter("multiple of 7", x -> x % 7 == 0);
        PropertyResult<Integer> result = PropertyRunner.check(mostlyRejected, PropertySettings.seeded(8), x -> {
            if (x % 7 != 0) {
                throw new AssertionError(x);
            }
        });

        assertThat(result).isInstanceOf(Passed.class);
        assertThat(result.triesRun()).isEqualTo(200);
    }

    @Test
    void filteredValuesShrinkToValuesTheFilterAccepts() {
        Gen<Integer> evens = Gen.ints(0, 10_000).filter("even", x -> x % 2 == 0);
        Falsified<Integer> failure = falsified(PropertyRunner.check(evens, PropertySettings.seeded(2), x -> {
            if (x > 1001) {
                throw new AssertionError(x);
            }
        }));

        assertThat(failure.shrunk().value()).isEqualTo(1002);
    }

    @Test
    void flatMappedValuesShrinkThroughTheFunction() {
        Gen<List<Integer>> sizedLists = Gen.ints(1, 20).flatMap(n -> Gen.lists(Gen.ints(0, 100), n, n));
        Falsified<List<Integer>> failure = falsified(PropertyRunner.check(sizedLists, PropertySettings.seeded(6), list -> {
            if (list.size() >= 3 && !list.contains(0) && list.stream().mapToInt(Integer::intValue).sum() > 50) {
                throw new AssertionError(list);
            }
        }));

        assertThat(failure.shrunk().value()).hasSize(3).containsExactly(1, 1, 49);
    }

    @Test
    void classifyCountsTheGeneratedValuesOfTheTriesOnly() {
        int[] small = {0};
        PropertyResult<Integer> result = PropertyRunner.check(
                Gen.ints(0, 9), PropertySettings.seeded(1).withTries(1000), x -> x < 5 ? "small" : "large", x -> {
                    if (x < 5) {
                        small[0]++;
                    }
                });

        assertThat(result.classes().keySet()).containsExactly("large", "small");
        assertThat(result.classes().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(1000);
        assertThat(result.classes().get("small")).isEqualTo(small[0]).isBetween(300, 900);
    }

    private static <T> Falsified<T> falsified(PropertyResult<T> result) {
        assertThat(result).isInstanceOf(Falsified.class);
        return (Falsified<T>) result;
    }
}
