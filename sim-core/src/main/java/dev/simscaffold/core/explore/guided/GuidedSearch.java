package dev.simscaffold.core.explore.guided;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.internal.Require;
import java.util.Optional;

/**
 * A guided search over tries, as coverage-guided fuzzers (AFL, Zest) and Antithesis explore: it keeps the tries
 * that first reached a feature (a rare {@code sometimes}, a new role change, a new combination of fault kinds) and
 * spends a share of its budget on mutants of their choice sequences ({@link Mutation}); the rest are fresh seeds.
 *
 * <p>Every try, fresh or mutant, is an ordinary run: its draws replay the mutant's values and are fresh past them,
 * with the run's own distributions, so a mutant is a run the simulation could have made, a failure replays exactly
 * from its choice sequence ({@link GuidedFailure#replay()}) and shrinks with the property engine. The search is a
 * function of its settings: its decisions come from its own stream, forked from its seed.
 */
@Api(Api.Status.EXPERIMENTAL)
public final class GuidedSearch {

    private GuidedSearch() {
    }

    /**
     * Runs tries until one fails or the budget is spent.
     *
     * @param settings the budget, the mutation share and the seeds
     * @param trial one try
     * @return what the search did, with its first failure
     */
    public static GuidedResult run(GuidedSettings settings, GuidedTry trial) {
        Require.present("settings", settings);
        Require.present("trial", trial);
        GuidedSession session = new GuidedSession(settings.seed(), settings.mutationShare(), KeptTries.limitedTo(settings.corpusLimit()));
        long[] freshTries = {0};
        for (int t = 1; t <= settings.tries(); t++) {
            Optional<GuidedFailure> failure = session.next(trial, () -> settings.freshSeeds().applyAsLong(freshTries[0]++));
            if (failure.isPresent()) {
                return session.result(failure);
            }
        }
        return session.result(Optional.empty());
    }
}
