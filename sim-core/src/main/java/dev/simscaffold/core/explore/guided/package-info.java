/**
 * Guided exploration: a search over tries that keeps the ones that first reached something (a rare
 * {@code sometimes}, a new role change, a new combination of fault kinds) and spends part of its budget mutating
 * their choice sequences (truncate and continue, a span drawn afresh, a fault shifted, two tries spliced).
 *
 * <pre>{@code
 * GuidedResult result = GuidedSearch.run(GuidedSettings.seeded(42, 1_000), random -> {
 *     SimNetwork<Msg> network = builder.random(random).build();
 *     network.run(500);                     // throws on an invariant violation: the try failed
 *     return TryOutcome.passed(Features.of(network.coverage()));
 * });
 * }</pre>
 *
 * <p>{@link dev.simscaffold.core.explore.guided.GuidedSession} is the same search one try at a time, from a corpus
 * read back from text ({@link dev.simscaffold.core.explore.guided.KeptTries#decode}): sim-testkit's guided campaign
 * shards ({@code Campaign.runGuided}) run on it, write what they kept and resume from it.
 *
 * <p>Opt-in: the default exploration stays fresh seeds, because the bug benchmark's rule for joining the
 * defaults (≥ 2× fewer median tries on half the deep bugs, never 1.2× worse) is what decides, and BENCHMARKS.md
 * holds the measurement.
 */
package dev.simscaffold.core.explore.guided;
