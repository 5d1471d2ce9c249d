package dev.simscaffold.testkit.sweep;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.trace.CoverageTally;
import dev.simscaffold.testkit.replay.SimProperty;
import java.util.OptionalLong;

/**
 * The command-line properties every way of running many seeds reads, in one place: {@code -Dsim.seed}
 * (replay one seed) and {@code -Dsim.shard} (this process's shard), and the rule that a replay returns
 * coverage without judging it.
 */
@Api(Api.Status.STABLE)
public final class SeedProperties {

    private SeedProperties() {
    }

    /**
     * The seed {@code -Dsim.seed} asks to replay.
     *
     * @return the seed, or empty when none is given
     * @throws IllegalArgumentException naming the value when it is not a whole number
     */
    public static OptionalLong replaySeed() {
        String text = System.getProperty(SimProperty.SEED.key());
        if (text == null || text.isBlank()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(text.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(SimProperty.SEED.key() + " must be a whole number, got \"" + text + "\"", e);
        }
    }

    /**
     * The shard {@code -Dsim.shard=i/n} names.
     *
     * @return the shard, or {@link ShardSpec#ALL} when none is given
     */
    public static ShardSpec shard() {
        return SimProperty.SHARD.given().map(ShardSpec::parse).orElse(ShardSpec.ALL);
    }

    /**
     * Fails when a sometimes condition no run reached, unless this process replays one seed (one seed
     * rarely reaches everything, and a replay is about its failure).
     *
     * @param label names the sweep or campaign in the failure
     * @param tally the coverage summed over the runs
     * @throws AssertionError naming the conditions no run reached
     */
    public static void judgeCoverage(String label, CoverageTally tally) {
        if (replaySeed().isPresent()) {
            return;
        }
        try {
            tally.assertSometimesReached();
        } catch (AssertionError e) {
            throw new AssertionError(label + ": " + e.getMessage(), e);
        }
    }
}
