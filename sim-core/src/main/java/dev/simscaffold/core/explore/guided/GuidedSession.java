package dev.simscaffold.core.explore.guided;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.check.ForkPath;
import dev.simscaffold.core.explore.Strategy;
import dev.simscaffold.core.internal.Require;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.random.Xoshiro256StarStar;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.function.LongSupplier;

/**
 * A guided search one try at a time, for callers that decide themselves when to stop (a campaign shard's seed count
 * or time budget, its most failures) and that go on past a failure. Each {@link #next} either mutates a kept try
 * (with the mutation share's probability, once something is kept) or runs a fresh seed the caller supplies; a passing
 * try that reached a feature first is kept. {@link GuidedSearch} is this loop stopped at the first failure.
 *
 * <p>Its decisions come from its own stream, forked from its seed, and a mutant's seed derives from the seed and the
 * try's number: the same seed, share, corpus and tries give the same decisions, whatever the clock says.
 */
@Api(Api.Status.EXPERIMENTAL)
public final class GuidedSession {

    private static final List<Mutation> MUTATIONS = List.of(Mutation.values());

    private final long seed;
    private final double mutationShare;
    private final KeptTries corpus;
    private final SimRandom decisions;
    private final TreeMap<Mutation, Integer> mutants = new TreeMap<>();
    private int tries;

    /**
     * Starts a session.
     *
     * @param seed its seed: its decisions and its mutants' seeds derive from it
     * @param mutationShare the share of tries spent on mutants once something is kept, in [0, 1]
     * @param corpus the kept tries to start from (empty, or read back from an earlier search); the session adds to it
     */
    public GuidedSession(long seed, double mutationShare, KeptTries corpus) {
        this.seed = seed;
        this.mutationShare = Require.rate("mutationShare", mutationShare);
        this.corpus = Require.present("corpus", corpus);
        this.decisions = SimRandom.seeded(seed).fork("guided");
    }

    /**
     * Runs one try: a mutant of a kept try, or a fresh one on the next seed.
     *
     * @param trial the try
     * @param freshSeed the seed of the next fresh try, asked only when the try is fresh
     * @return the try's failure, empty if it passed
     */
    public Optional<GuidedFailure> next(GuidedTry trial, LongSupplier freshSeed) {
        Require.present("trial", trial);
        Require.present("freshSeed", freshSeed);
        int t = ++tries;
        Optional<Mutation> mutation = Optional.empty();
        TreeMap<ForkPath, List<Long>> plan = new TreeMap<>();
        long trySeed;
        if (!corpus.isEmpty() && decisions.chance(mutationShare)) {
            Mutator.Mutant mutant = Mutator.mutate(MUTATIONS.get(decisions.nextInt(MUTATIONS.size())),
                    corpus.pick(decisions).recording(), corpus.pick(decisions).recording(), decisions);
            mutation = Optional.of(mutant.mutation());
            mutants.merge(mutant.mutation(), 1, Integer::sum);
            plan = mutant.plan();
            trySeed = Xoshiro256StarStar.forkSeed(seed, "mutant-" + t);
        } else {
            trySeed = freshSeed.getAsLong();
        }
        TryRecorder recorder = new TryRecorder(plan);
        TryOutcome outcome = runOne(trial, new SimRandom(new TrySource(recorder, ForkPath.ROOT, trySeed, Strategy.uniform())));
        if (outcome.failed()) {
            return Optional.of(new GuidedFailure(t, trySeed, recorder.recording().choices(), mutation, outcome.failure().orElseThrow()));
        }
        SortedSet<String> novel = corpus.count(outcome.features());
        if (!novel.isEmpty()) {
            corpus.keep(recorder.recording(), novel);
        }
        return Optional.empty();
    }

    /**
     * Returns how many tries ran.
     *
     * @return the count, failing ones included
     */
    public int tries() {
        return tries;
    }

    /**
     * Returns the mutant tries so far, by mutation.
     *
     * @return the counts
     */
    public SortedMap<Mutation, Integer> mutants() {
        return Collections.unmodifiableSortedMap(mutants);
    }

    /**
     * Returns how many tries were mutants.
     *
     * @return the count over every mutation
     */
    public int mutantTries() {
        return mutants.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * Returns the corpus: what was given and what the tries added, to write out for a later session.
     *
     * @return the corpus
     */
    public KeptTries corpus() {
        return corpus;
    }

    /**
     * What the session did so far, as {@link GuidedSearch} reports it.
     *
     * @param failure the failure it stopped at, if any
     * @return the result
     */
    public GuidedResult result(Optional<GuidedFailure> failure) {
        return new GuidedResult(tries, mutants, corpus.size(), corpus.featuresSeen(), failure);
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
