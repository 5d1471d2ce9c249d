package dev.simscaffold.core.explore.guided;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.internal.Require;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a guided search did: how many tries it ran, how many were mutants (by mutation), how many it kept, how many
 * features the tries reached, and its first failure if any.
 *
 * @param tries the tries run, the failing one included
 * @param mutants the mutant tries among them, by mutation
 * @param kept how many tries the corpus kept
 * @param features how many distinct features the tries reached
 * @param failure the first failing try, empty if every try passed
 */
@Api(Api.Status.EXPERIMENTAL)
public record GuidedResult(int tries, SortedMap<Mutation, Integer> mutants, int kept, int features, Optional<GuidedFailure> failure) {

    /**
     * Validates and freezes the components.
     *
     * @param tries the {@code tries} component
     * @param mutants the {@code mutants} component
     * @param kept the {@code kept} component
     * @param features the {@code features} component
     * @param failure the {@code failure} component
     */
    public GuidedResult {
        Require.nonNegative("tries", tries);
        mutants = Collections.unmodifiableSortedMap(new TreeMap<>(Require.present("mutants", mutants)));
        Require.present("failure", failure);
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
     * Summarises the search in one line, saying so when no try reached a feature (the corpus stayed empty, so every
     * try was fresh and the search was a plain run of seeds).
     *
     * @return the text
     */
    public String describe() {
        String outcome = failure.map(f -> "failed at try " + f.tryNumber() + f.mutation().map(m -> " (a " + m + " mutant)").orElse(" (fresh)")
                + ": " + f.failure()).orElse("no failure");
        String corpus = kept == 0 ? "no try reached a feature, so nothing was kept and every try was fresh"
                : kept + " kept, " + mutantTries() + " mutants " + mutants;
        return tries + " tries, " + features + " features, " + corpus + "; " + outcome;
    }
}
