package dev.simscaffold.testkit.campaign;

/**
 * One shard of a small campaign, run as its own JVM the way each job of a CI matrix runs its shard:
 * {@code -Dsim.shard=i/n} picks the shard. Seeds divisible by seven fail; the shard's results are what
 * matter, so its failure is printed rather than thrown.
 */
public final class LocalCampaignShard {

    static final String CAMPAIGN = "local-campaign";
    static final int SEEDS_PER_SHARD = 25;

    private LocalCampaignShard() {
    }

    /**
     * Runs the shard named by {@code -Dsim.shard}.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        try {
            Campaign.named(CAMPAIGN).seedsPerShard(SEEDS_PER_SHARD).run(LocalCampaignShard::simulate);
        } catch (AssertionError e) {
            System.out.println(e.getMessage().lines().findFirst().orElse(""));
        }
    }

    static void simulate(long seed) {
        if (Math.floorMod(seed, 7) == 0) {
            throw new AssertionError("seed divisible by seven");
        }
    }
}
