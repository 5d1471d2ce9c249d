package dev.simscaffold.core.explore.guided;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.internal.Require;
import dev.simscaffold.core.random.Xoshiro256StarStar;
import java.util.function.LongUnaryOperator;

/**
 * How a guided search spends its tries.
 *
 * @param seed the search's seed: its own decisions (mutate or not, which kept try, which mutation) and the seeds
 *             of its mutants derive from it
 * @param tries the budget, {@code >= 1}
 * @param mutationShare the share of tries spent on mutants once a try has been kept, in [0, 1]; 0 makes the
 *                      search a plain run of fresh seeds
 * @param corpusLimit how many tries it keeps at most, {@code >= 1}; once full, a try that reaches something new
 *                    is no longer kept (its features still count)
 * @param freshSeeds the seed of the {@code i}-th fresh try (from 0), so that a benchmark can give the search the same
 *                   fresh seeds as another strategy's hunt
 */
@Api(Api.Status.EXPERIMENTAL)
public record GuidedSettings(long seed, int tries, double mutationShare, int corpusLimit, LongUnaryOperator freshSeeds) {

    /** The share of tries spent on mutants by default: half, as the issue proposes. */
    public static final double DEFAULT_MUTATION_SHARE = 0.5;

    /** The most tries kept by default. */
    public static final int DEFAULT_CORPUS_LIMIT = 256;

    /**
     * Validates the components; each message names the value.
     *
     * @param seed the {@code seed} component
     * @param tries the {@code tries} component
     * @param mutationShare the {@code mutationShare} component
     * @param corpusLimit the {@code corpusLimit} component
     * @param freshSeeds the {@code freshSeeds} component
     */
    public GuidedSettings {
        Require.atLeastOne("tries", tries);
        Require.rate("mutationShare", mutationShare);
        Require.atLeastOne("corpusLimit", corpusLimit);
        Require.present("freshSeeds", freshSeeds);
    }

    /**
     * A search of {@code tries} tries from a seed, half of them mutants once something is kept; fresh try {@code i}
     * runs the seed forked from {@code seed} for {@code "fresh"}, plus {@code i}.
     *
     * @param seed the search's seed
     * @param tries the budget, {@code >= 1}
     * @return the settings
     */
    public static GuidedSettings seeded(long seed, int tries) {
        long first = Xoshiro256StarStar.forkSeed(seed, "fresh");
        return new GuidedSettings(seed, tries, DEFAULT_MUTATION_SHARE, DEFAULT_CORPUS_LIMIT, i -> first + i);
    }

    /**
     * The same search with another mutation share.
     *
     * @param share in [0, 1]
     * @return the settings
     */
    public GuidedSettings withMutationShare(double share) {
        return new GuidedSettings(seed, tries, share, corpusLimit, freshSeeds);
    }

    /**
     * The same search with another corpus limit.
     *
     * @param limit {@code >= 1}
     * @return the settings
     */
    public GuidedSettings withCorpusLimit(int limit) {
        return new GuidedSettings(seed, tries, mutationShare, limit, freshSeeds);
    }

    /**
     * The same search with fresh tries on other seeds.
     *
     * @param seeds the seed of fresh try {@code i}, from 0
     * @return the settings
     */
    public GuidedSettings withFreshSeeds(LongUnaryOperator seeds) {
        return new GuidedSettings(seed, tries, mutationShare, corpusLimit, seeds);
    }
}
