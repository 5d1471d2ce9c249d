package dev.simscaffold.core.explore.guided;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.check.Falsified;
import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.check.PropertyResult;
import dev.simscaffold.core.check.PropertyRunner;
import dev.simscaffold.core.check.PropertySettings;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.random.SimRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@link GuidedSearch} on {@link DuplicateCounter}, whose planted bug needs three rarer and rarer {@code sometimes}
 * situations first: within the same budget and on the same fresh seeds, the guided search finds it from far more
 * base seeds than fresh seeds alone (its share 0); with share 0 it is exactly the run of each fresh seed; a failure
 * found by a mutant replays byte for byte from its choice sequence and shrinks with the property engine; bad
 * settings are refused naming the value.
 */
class GuidedSearchTest {

    private static final int BASES = 12;
    private static final int BUDGET = 150;

    private static int triesToFind(long base, double share) {
        GuidedResult result = GuidedSearch.run(GuidedSettings.seeded(base, BUDGET).withMutationShare(share), DuplicateCounter::once);
        return result.failure().map(GuidedFailure::tryNumber).orElse(BUDGET + 1);
    }

    @Test
    void keepingTheTriesThatReachedRareSituationsFindsTheBugBehindThemFromMoreBasesWithinTheSameBudget() {
        long fresh = LongStream.rangeClosed(1, BASES).filter(base -> triesToFind(base, 0) <= BUDGET).count();
        long guided = LongStream.rangeClosed(1, BASES).filter(base -> triesToFind(base, GuidedSettings.DEFAULT_MUTATION_SHARE) <= BUDGET).count();

        assertThat(guided).as("bases whose guided search found it within %d tries (fresh seeds: %d)", BUDGET, fresh)
                .isGreaterThanOrEqualTo(2 * fresh).isGreaterThanOrEqualTo(BASES / 2);
    }

    /**
     * Opt-in measurement ({@code -Dguided.measure=BASES}, with {@code -Dguided.budget=B}, 400 by default): the tries to
     * the failure per base for fresh seeds only (share 0) and for the guided search, and the medians.
     */
    @Test
    void measure() {
        String bases = System.getProperty("guided.measure");
        Assumptions.assumeTrue(bases != null, "opt-in: -Dguided.measure=BASES");
        int budget = Integer.getInteger("guided.budget", 400);
        for (double share : new double[] {0, GuidedSettings.DEFAULT_MUTATION_SHARE}) {
            int[] tries = LongStream.rangeClosed(1, Long.parseLong(bases)).mapToInt(base -> GuidedSearch.run(
                    GuidedSettings.seeded(base, budget).withMutationShare(share), DuplicateCounter::once)
                    .failure().map(GuidedFailure::tryNumber).orElse(budget + 1)).sorted().toArray();
            System.out.printf(Locale.ROOT, "share %.1f: found %d / %d within %d, median %d: %s%n", share,
                    Arrays.stream(tries).filter(t -> t <= budget).count(), tries.length, budget, tries[(tries.length - 1) / 2], Arrays.toString(tries));
        }
    }

    @Test
    void withShareZeroEveryTryIsTheRunOfItsFreshSeed() {
        GuidedSettings settings = GuidedSettings.seeded(3, BUDGET).withMutationShare(0);
        int firstFailingSeed = 0;
        while (firstFailingSeed < BUDGET && !fails(SimRandom.seeded(settings.freshSeeds().applyAsLong(firstFailingSeed)))) {
            firstFailingSeed++;
        }
        GuidedResult result = GuidedSearch.run(settings, DuplicateCounter::once);

        assertThat(result.mutantTries()).isZero();
        assertThat(result.failure().map(GuidedFailure::tryNumber).orElse(BUDGET + 1)).isEqualTo(firstFailingSeed + 1);
    }

    @Test
    void aMutantsFailureReplaysByteForByteFromItsChoicesAndShrinks() {
        String[] failingFingerprint = new String[1];
        GuidedTry recordingFingerprints = random -> {
            SimNetwork<Long> network = DuplicateCounter.network(random);
            try {
                network.run(2L * DuplicateCounter.MESSAGES + 10);
            } catch (InvariantViolationError violation) {
                failingFingerprint[0] = network.trace().fingerprintHex();
                throw violation;
            }
            return TryOutcome.passed(Features.withCounts(network.coverage()));
        };
        GuidedFailure failure = LongStream.rangeClosed(1, BASES)
                .mapToObj(base -> GuidedSearch.run(GuidedSettings.seeded(base, BUDGET), recordingFingerprints).failure())
                .flatMap(Optional::stream).filter(f -> f.mutation().isPresent()).findFirst().orElseThrow();

        SimNetwork<Long> replayed = DuplicateCounter.network(failure.replay());
        assertThatThrownBy(() -> replayed.run(2L * DuplicateCounter.MESSAGES + 10)).isInstanceOf(InvariantViolationError.class);
        assertThat(replayed.trace().fingerprintHex()).isEqualTo(failingFingerprint[0]);
        assertThat(GuidedSearch.run(GuidedSettings.seeded(1, BUDGET), DuplicateCounter::once))
                .as("a search is a function of its settings").isEqualTo(GuidedSearch.run(GuidedSettings.seeded(1, BUDGET), DuplicateCounter::once));

        PropertyResult<SimRandom> rechecked = PropertyRunner.recheck(Gen.of(random -> random), PropertySettings.seeded(failure.seed()),
                failure.choices().encoded(), random -> {
                    DuplicateCounter.once(random);
                });
        assertThat(rechecked).isInstanceOf(Falsified.class);
        Falsified<SimRandom> falsified = (Falsified<SimRandom>) rechecked;
        assertThat(falsified.shrunk().choices().isSimplerThan(failure.choices())).isTrue();
    }

    @Test
    void theGuideExampleFindsThePlantedBug() {
        // DOCS:begin docs/guide/05-exploration-and-model-checking.md
        GuidedResult result = GuidedSearch.run(GuidedSettings.seeded(42, 1_000), random -> {
            SimNetwork<Long> network = DuplicateCounter.network(random);   // built with .random(random)
            network.run(70);                                              // an invariant that breaks throws: the try failed
            return TryOutcome.passed(Features.withCounts(network.coverage()));   // what it reached, and how often
        });
        // DOCS:end

        assertThat(result.failure()).isPresent();
        assertThat(result.describe()).startsWith(result.tries() + " tries").contains("kept");
    }

    @Test
    void aSearchWhoseTriesReachNothingKeepsNothingAndSaysEveryTryWasFresh() {
        GuidedResult result = GuidedSearch.run(GuidedSettings.seeded(1, 20).withMutationShare(1), random -> {
            random.nextLong(10);
            return TryOutcome.passed(List.of());
        });

        assertThat(result.kept()).isZero();
        assertThat(result.mutantTries()).isZero();
        assertThat(result.describe()).contains("20 tries").contains("nothing was kept and every try was fresh");
    }

    @Test
    void badSettingsAndOutcomesAreRefusedNamingTheValue() {
        GuidedSettings settings = GuidedSettings.seeded(1, 10);
        assertThatThrownBy(() -> settings.withMutationShare(1.5)).hasMessage("mutationShare must be in [0, 1], got 1.5");
        assertThatThrownBy(() -> settings.withMutationShare(-0.1)).hasMessage("mutationShare must be in [0, 1], got -0.1");
        assertThatThrownBy(() -> settings.withMutationShare(Double.NaN)).hasMessage("mutationShare must be in [0, 1], got NaN");
        assertThatThrownBy(() -> GuidedSettings.seeded(1, 0)).hasMessage("tries must be >= 1, got 0");
        assertThatThrownBy(() -> settings.withCorpusLimit(0)).hasMessage("corpusLimit must be >= 1, got 0");
        assertThatThrownBy(() -> TryOutcome.passed(List.of(" "))).hasMessageContaining("a feature needs a name, got \" \"");
        assertThatThrownBy(() -> GuidedSearch.run(settings, random -> null)).hasMessageContaining("the guided try returned null");
    }

    /** Whether the run on a stream fails: its invariant throws. */
    private static boolean fails(SimRandom random) {
        try {
            DuplicateCounter.once(random);
            return false;
        } catch (InvariantViolationError violation) {
            return true;
        }
    }
}
