package dev.simscaffold.testkit.campaign;

import dev.simscaffold.core.Api;
import java.nio.charset.StandardCharsets;

/**
 * Seed identity of a campaign: seed <i>k</i> is a pure function of the campaign's id and <i>k</i>, so
 * re-sharding, a bigger budget or another machine never changes which run "seed k of lease-hostile" is.
 * The function is defined here and never changes between releases:
 * {@code seed(k) = mix64(fnv1a64(utf8(campaign)) + (k + 1) * 0x9E3779B97F4A7C15)}, where {@code mix64} is
 * SplitMix64's finaliser. Any tool can compute it; two campaigns with different ids do not share seeds in
 * practice.
 *
 * @param campaign the campaign's id: letters, digits, {@code .}, {@code _} or {@code -} (it names files)
 */
@Api(Api.Status.EXPERIMENTAL)
public record CampaignSeeds(String campaign) {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private static final long FNV_OFFSET_BASIS = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    /**
     * Validates the id, naming it when it cannot name a file.
     *
     * @param campaign the {@code campaign} component
     */
    public CampaignSeeds {
        if (campaign == null || !campaign.matches("[A-Za-z0-9._-]{1,100}")) {
            throw new IllegalArgumentException(
                    "campaign id must be 1 to 100 letters, digits, '.', '_' or '-' (it names files), got " + (campaign == null ? "null" : '"' + campaign + '"'));
        }
    }

    /**
     * Returns seed <i>k</i> of this campaign.
     *
     * @param k the seed's index in the campaign, {@code >= 0}
     * @return the seed that {@code -Dsim.seed} replays
     */
    public long seed(long k) {
        if (k < 0) {
            throw new IllegalArgumentException("seed index k must be >= 0, got " + k);
        }
        long hash = FNV_OFFSET_BASIS;
        for (byte b : campaign.getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xff)) * FNV_PRIME;
        }
        return mix64(hash + (k + 1) * GOLDEN_GAMMA);
    }

    private static long mix64(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
