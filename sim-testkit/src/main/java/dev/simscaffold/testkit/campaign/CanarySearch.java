package dev.simscaffold.testkit.campaign;

import dev.simscaffold.testkit.report.SeedFailureText;
import dev.simscaffold.testkit.sweep.ShardSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * What a shard's search for its canary gave: found at one seed, or missed over the seeds it tried (and which
 * of them failed some other way). The search stops at the first seed that finds the canary.
 *
 * @param canary the canary searched for
 * @param foundAt the index {@code k} of the seed that found it, or {@code -1} when missed
 * @param tried the indices {@code k} of the seeds tried, in order
 * @param seeds the seeds tried, in the same order
 * @param otherwise for each seed that failed another way, {@code "k=<k> seed <seed>: <first line>"}
 */
record CanarySearch(Canary canary, long foundAt, List<Long> tried, List<Long> seeds, List<String> otherwise) {

    /** How many seeds a missed canary's failure lists one by one before it summarises the rest. */
    private static final int LISTED = 20;

    /**
     * Tries the canary on this shard's seeds, in the shard's order.
     *
     * @param canary the canary
     * @param identity the campaign's seed identity
     * @param shard the shard whose indices to try
     * @return the outcome
     */
    static CanarySearch run(Canary canary, CampaignSeeds identity, ShardSpec shard) {
        List<Long> tried = new ArrayList<>();
        List<Long> seeds = new ArrayList<>();
        List<String> otherwise = new ArrayList<>();
        for (long j = 0; j < canary.seeds(); j++) {
            long k = shard.campaignIndex(j);
            long seed = identity.seed(k);
            tried.add(k);
            seeds.add(seed);
            try {
                canary.run().accept(seed);
            } catch (AssertionError | RuntimeException e) {
                if (canary.isFoundBy(e)) {
                    return new CanarySearch(canary, k, List.copyOf(tried), List.copyOf(seeds), List.copyOf(otherwise));
                }
                otherwise.add("k=" + k + " seed " + seed + ": " + SeedFailureText.firstLine(e));
            }
        }
        return new CanarySearch(canary, -1, List.copyOf(tried), List.copyOf(seeds), List.copyOf(otherwise));
    }

    /**
     * Whether the canary was found.
     *
     * @return true when a seed exposed it
     */
    boolean found() {
        return foundAt >= 0;
    }

    /** The shard result line's {@code canary} field: {@code found <name> at k=<k> seed <seed>} or {@code missed <name> over <n> seeds}. */
    String resultText() {
        return found()
                ? "found " + canary.name() + " at k=" + foundAt + " seed " + seeds.get(seeds.size() - 1)
                : "missed " + canary.name() + " over " + tried.size() + " seeds";
    }

    /**
     * The loud failure of a shard whose canary was not found: the canary's name, what finds it, and the seeds
     * it passed.
     *
     * @param campaign the campaign id
     * @param shard the shard, as {@code i/n}
     * @return the message
     */
    String missedMessage(String campaign, String shard) {
        StringBuilder message = new StringBuilder("campaign ").append(campaign).append(" (shard ").append(shard)
                .append("): this campaign no longer finds bugs: its canary ").append(canary.describe()).append(" was not found in ")
                .append(tried.size()).append(" seeds\n")
                .append("the faults, the workload or the checks have gone blind to the module's planted bug; a passing campaign means nothing until it is found again\n")
                .append("canary seeds tried (k=seed):");
        for (int i = 0; i < Math.min(LISTED, tried.size()); i++) {
            message.append(' ').append(tried.get(i)).append('=').append(seeds.get(i));
        }
        if (tried.size() > LISTED) {
            message.append(" ... and ").append(tried.size() - LISTED).append(" more (seed k of the campaign is CampaignSeeds(\"").append(campaign)
                    .append("\").seed(k))");
        }
        if (!otherwise.isEmpty()) {
            message.append("\nthe canary failed another way (not counted as found) on ").append(otherwise.size()).append(" seeds:");
            otherwise.stream().limit(LISTED).forEach(line -> message.append("\n  ").append(line));
        }
        return message.toString();
    }
}
