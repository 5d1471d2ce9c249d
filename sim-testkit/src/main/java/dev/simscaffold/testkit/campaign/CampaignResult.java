package dev.simscaffold.testkit.campaign;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.explore.Strategy;
import dev.simscaffold.testkit.report.JsonLine;
import java.util.Map;

/**
 * One line of a campaign's JSON Lines results: what one shard process ran, or one seed that failed. Passing
 * seeds are not listed one by one (a million-seed shard would write a million lines); a shard's line says
 * which indices it ran ({@code k = index, index + count, ...}, {@code seedsRun} of them), so the set of
 * seeds that ran is known exactly.
 */
@Api(Api.Status.EXPERIMENTAL)
public sealed interface CampaignResult permits CampaignResult.ShardRun, CampaignResult.SeedFailure {

    /**
     * The campaign this line belongs to.
     *
     * @return the campaign id
     */
    String campaign();

    /**
     * Renders the line.
     *
     * @return one line of JSON, without a line break
     */
    String toJsonLine();

    /**
     * What one shard process ran.
     *
     * @param campaign the campaign id
     * @param shardIndex this shard, from 0
     * @param shardCount how many shards share the campaign
     * @param strategy the schedule strategy the seeds ran under, in its text form ({@code uniform}, {@code pct:3});
     *        it does not change which seed {@code k} is, only what a seed runs
     * @param seedsRun how many of the shard's indices ran, from the first: {@code k = shardIndex + j * shardCount}, {@code j < seedsRun}
     * @param failed how many of them failed
     * @param stoppedBy what ended the shard: {@code seeds}, {@code budget} or {@code maxFailures}
     * @param commit the commit under test ({@code -Dsim.commit}, else {@code GITHUB_SHA}, else {@code unknown})
     * @param jdk the JDK that ran it ({@code java.vendor} and {@code java.version})
     * @param configHash a hash of the configuration the campaign declares, so runs of different set-ups never merge unnoticed
     * @param durationMillis wall-clock time of the shard, for capacity planning only
     * @param canary what became of the campaign's {@link Canary}: {@code found <name> at k=<k> seed <seed>},
     *        {@code missed <name> over <n> seeds}, or {@value #NO_CANARY}
     * @param mode how the shard explored: {@value #SEEDS} (every try a seed of the campaign), or
     *        {@code guided share <s>} (a share {@code s} of the tries mutants of kept tries, the rest seeds)
     * @param mutants how many tries were mutants, beside the {@code seedsRun} seeds; 0 for a seed shard
     */
    record ShardRun(String campaign, int shardIndex, int shardCount, String strategy, long seedsRun, long failed, String stoppedBy,
            String commit, String jdk, String configHash, long durationMillis, String canary, String mode, long mutants) implements CampaignResult {

        /** The {@code canary} of a campaign that carries none. */
        public static final String NO_CANARY = "none";

        /** The {@code mode} of a shard whose every try is a seed of the campaign, and of lines written before modes. */
        public static final String SEEDS = "seeds";

        /**
         * A shard line of a seed shard.
         *
         * @param campaign the {@code campaign} component
         * @param shardIndex the {@code shardIndex} component
         * @param shardCount the {@code shardCount} component
         * @param strategy the {@code strategy} component
         * @param seedsRun the {@code seedsRun} component
         * @param failed the {@code failed} component
         * @param stoppedBy the {@code stoppedBy} component
         * @param commit the {@code commit} component
         * @param jdk the {@code jdk} component
         * @param configHash the {@code configHash} component
         * @param durationMillis the {@code durationMillis} component
         * @param canary the {@code canary} component
         */
        public ShardRun(String campaign, int shardIndex, int shardCount, String strategy, long seedsRun, long failed, String stoppedBy,
                String commit, String jdk, String configHash, long durationMillis, String canary) {
            this(campaign, shardIndex, shardCount, strategy, seedsRun, failed, stoppedBy, commit, jdk, configHash, durationMillis, canary, SEEDS, 0);
        }

        /**
         * Whether the shard's canary was searched for and not found: the shard's seeds say nothing then.
         *
         * @return true for a missed canary
         */
        public boolean canaryMissed() {
            return canary.startsWith("missed ");
        }

        @Override
        public String toJsonLine() {
            return new JsonLine().put("type", "shard").put("campaign", campaign).put("shard", shardIndex + "/" + shardCount)
                    .put("strategy", strategy).put("seedsRun", seedsRun).put("failed", failed).put("stoppedBy", stoppedBy).put("commit", commit)
                    .put("jdk", jdk).put("configHash", configHash).put("durationMillis", durationMillis).put("canary", canary).put("mode", mode).put("mutants", mutants).toString();
        }
    }

    /**
     * One seed that failed.
     *
     * @param campaign the campaign id
     * @param k the seed's index in the campaign
     * @param seed the seed ({@link CampaignSeeds#seed(long)} of {@code k})
     * @param strategy the schedule strategy the seed ran under, in its text form
     * @param invariant what failed: the invariant's name, or the failure's type
     * @param identity the failure's identity, which merging groups by: the invariant, or the failure's type and
     *        the line that threw it ({@code FailureIdentity.ORIGIN})
     * @param steps the simulation step at which an invariant failed, {@code -1} when unknown; the simplest seed
     *        of a group is the one that failed soonest
     * @param message the first line of the failure
     * @param replay the command that replays just this seed (or mutant)
     * @param commit the commit under test
     * @param jdk the JDK that ran it
     * @param configHash the hash of the campaign's configuration
     * @param durationMillis wall-clock time of this seed
     * @param choices empty for a seed; for a guided shard's mutant, which is no seed of the campaign ({@code k} is
     *        {@value #MUTANT}), its whole choice sequence ({@code ChoiceSequence.encoded()}), so the line alone is
     *        enough to replay it and to add it to the corpus
     */
    record SeedFailure(String campaign, long k, long seed, String strategy, String invariant, String identity, long steps,
            String message, String replay, String commit, String jdk, String configHash, long durationMillis, String choices) implements CampaignResult {

        /** The {@code k} of a mutant's failure: a mutant has no index among the campaign's seeds. */
        public static final long MUTANT = -1;

        /**
         * A failing seed's line.
         *
         * @param campaign the {@code campaign} component
         * @param k the {@code k} component
         * @param seed the {@code seed} component
         * @param strategy the {@code strategy} component
         * @param invariant the {@code invariant} component
         * @param identity the {@code identity} component
         * @param steps the {@code steps} component
         * @param message the {@code message} component
         * @param replay the {@code replay} component
         * @param commit the {@code commit} component
         * @param jdk the {@code jdk} component
         * @param configHash the {@code configHash} component
         * @param durationMillis the {@code durationMillis} component
         */
        public SeedFailure(String campaign, long k, long seed, String strategy, String invariant, String identity, long steps,
                String message, String replay, String commit, String jdk, String configHash, long durationMillis) {
            this(campaign, k, seed, strategy, invariant, identity, steps, message, replay, commit, jdk, configHash, durationMillis, "");
        }

        /**
         * Whether the failure is a guided shard's mutant, replayed from its choices rather than a seed.
         *
         * @return true for a mutant
         */
        public boolean isMutant() {
            return !choices.isEmpty();
        }

        @Override
        public String toJsonLine() {
            JsonLine line = new JsonLine().put("type", "failure").put("campaign", campaign).put("k", k).put("seed", seed).put("strategy", strategy)
                    .put("verdict", "fail").put("invariant", invariant).put("identity", identity).put("steps", steps).put("message", message).put("replay", replay)
                    .put("commit", commit).put("jdk", jdk).put("configHash", configHash).put("durationMillis", durationMillis);
            return (isMutant() ? line.put("choices", choices) : line).toString();
        }
    }

    /**
     * Reads a line written by {@link #toJsonLine()}; a merged file's {@code summary} line reads as null,
     * since a merge recomputes it.
     *
     * @param line one line of a results file
     * @return the result, or null for a summary line
     * @throws IllegalArgumentException naming the line when it is not a campaign result
     */
    static CampaignResult parse(String line) {
        Map<String, Object> f = JsonLine.parse(line);
        String type = text(f, "type", line);
        switch (type) {
            case "summary", "group" -> {
                return null;
            }
            case "shard" -> {
                String[] shard = text(f, "shard", line).split("/");
                return new ShardRun(text(f, "campaign", line), Integer.parseInt(shard[0]), Integer.parseInt(shard[1]),
                        optionalText(f, "strategy", Strategy.uniform().name()), number(f, "seedsRun", line), number(f, "failed", line), text(f, "stoppedBy", line), text(f, "commit", line),
                        text(f, "jdk", line), text(f, "configHash", line), number(f, "durationMillis", line), optionalText(f, "canary", ShardRun.NO_CANARY),
                        optionalText(f, "mode", ShardRun.SEEDS), f.get("mutants") instanceof Long mutants ? mutants : 0);
            }
            case "failure" -> {
                String invariant = text(f, "invariant", line);
                return new SeedFailure(text(f, "campaign", line), number(f, "k", line), number(f, "seed", line),
                        optionalText(f, "strategy", Strategy.uniform().name()), invariant, optionalText(f, "identity", invariant),
                        f.get("steps") instanceof Long steps ? steps : -1, text(f, "message", line), text(f, "replay", line), text(f, "commit", line),
                        text(f, "jdk", line), text(f, "configHash", line), number(f, "durationMillis", line), optionalText(f, "choices", ""));
            }
            default -> throw new IllegalArgumentException("unknown campaign result type \"" + type + "\" in: " + line);
        }
    }

    /** A field that lines written before it existed lack. */
    private static String optionalText(Map<String, Object> fields, String name, String absent) {
        return fields.get(name) instanceof String value ? value : absent;
    }

    private static String text(Map<String, Object> fields, String name, String line) {
        if (!(fields.get(name) instanceof String value)) {
            throw new IllegalArgumentException("campaign result without a text field \"" + name + "\": " + line);
        }
        return value;
    }

    private static long number(Map<String, Object> fields, String name, String line) {
        if (!(fields.get(name) instanceof Long value)) {
            throw new IllegalArgumentException("campaign result without a number field \"" + name + "\": " + line);
        }
        return value;
    }
}
