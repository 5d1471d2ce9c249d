package dev.simscaffold.core.explore.guided;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.check.ForkPath;
import dev.simscaffold.core.explore.Strategy;
import dev.simscaffold.core.internal.Require;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.random.Xoshiro256StarStar;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;

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

    private static final List<Mutation> MUTATIONS = List.of(Mutation.values());

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
        SimRandom decisions = SimRandom.seeded(settings.seed()).fork("guided");
        KeptTries corpus = new KeptTries(settings.corpusLimit());
        TreeMap<Mutation, Integer> mutants = new TreeMap<>();
        long freshTries = 0;
        for (int t = 1; t <= settings.tries(); t++) {
            Optional<Mutation> mutation = Optional.empty();
            TreeMap<ForkPath, List<Long>> plan = new TreeMap<>();
            long seed;
            if (!corpus.isEmpty() && decisions.chance(settings.mutationShare())) {
                Mutator.Mutant mutant = Mutator.mutate(MUTATIONS.get(decisions.nextInt(MUTATIONS.size())),
                        corpus.pick(decisions).recording(), corpus.pick(decisions).recording(), decisions);
                mutation = Optional.of(mutant.mutation());
                mutants.merge(mutant.mutation(), 1, Integer::sum);
                plan = mutant.plan();
                seed = Xoshiro256StarStar.forkSeed(settings.seed(), "mutant-" + t);
            } else {
                seed = settings.freshSeeds().applyAsLong(freshTries++);
            }
            TryRecorder recorder = new TryRecorder(plan);
            TryOutcome outcome = runOne(trial, new SimRandom(new TrySource(recorder, ForkPath.ROOT, seed, Strategy.uniform())));
            if (outcome.failed()) {
                GuidedFailure failure = new GuidedFailure(t, seed, recorder.recording().choices(), mutation, outcome.failure().orElseThrow());
                return new GuidedResult(t, mutants, corpus.size(), corpus.featuresSeen(), Optional.of(failure));
            }
            SortedSet<String> novel = corpus.count(outcome.features());
            if (!novel.isEmpty()) {
                corpus.keep(recorder.recording(), novel);
            }
        }
        return new GuidedResult(settings.tries(), mutants, corpus.size(), corpus.featuresSeen(), Optional.empty());
    }

    private static TryOutcome runOne(GuidedTry trial, SimRandom random) {
        TryOutcome outcome;
        try {
            outcome = trial.run(random);
        } catch (AssertionError | RuntimeException e) {
            return TryOutcome.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        if (outcome == null) {
            throw new NullPointerException("the guided try returned null; return TryOutcome.passed(features) or TryOutcome.failed(why)");
        }
        return outcome;
    }
}
