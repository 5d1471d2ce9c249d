package dev.simscaffold.testkit.sweep;

import dev.simscaffold.core.Api;
import dev.simscaffold.testkit.replay.SimProperty;

/**
 * Which slice of a seed range this process runs, as given by {@code -Dsim.shard=i/n}: shard {@code i} of
 * {@code n}, counted from 0. A CI matrix or a Kubernetes Indexed Job runs one process per shard with no
 * scheduler of ours: each computes its own contiguous slice.
 *
 * @param index this shard, in {@code [0, count)}
 * @param count how many shards share the range, {@code >= 1}
 */
@Api(Api.Status.STABLE)
public record ShardSpec(int index, int count) {

    /** The whole range in one process. */
    public static final ShardSpec ALL = new ShardSpec(0, 1);

    /**
     * Validates the components, naming the bad one.
     *
     * @param index the {@code index} component
     * @param count the {@code count} component
     */
    public ShardSpec {
        if (count < 1) {
            throw new IllegalArgumentException("shard count must be >= 1, got " + count);
        }
        if (index < 0 || index >= count) {
            throw new IllegalArgumentException("shard index must be in [0, " + count + "), got " + index);
        }
    }

    /**
     * Parses {@code "i/n"}.
     *
     * @param text the text, such as {@code "2/8"}
     * @return the shard
     * @throws IllegalArgumentException naming the text if it is not of that form
     */
    public static ShardSpec parse(String text) {
        String[] parts = text.trim().split("/", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException(SimProperty.SHARD.key() + " must look like i/n (e.g. 0/4), got \"" + text + "\"");
        }
        try {
            return new ShardSpec(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(SimProperty.SHARD.key() + " must look like i/n (e.g. 0/4), got \"" + text + "\"", e);
        }
    }

    /**
     * Returns the first offset of this shard's contiguous slice of {@code total} seeds.
     *
     * @param total the size of the whole range
     * @return the first offset, inclusive
     */
    public long sliceStart(long total) {
        return total * index / count;
    }

    /**
     * Returns the end of this shard's contiguous slice of {@code total} seeds.
     *
     * @param total the size of the whole range
     * @return the end offset, exclusive
     */
    public long sliceEnd(long total) {
        return total * (index + 1) / count;
    }

    /**
     * Returns the {@code j}-th seed index of this shard in a campaign, which deals indices round-robin:
     * shard {@code i} of {@code n} runs {@code k = i, i + n, i + 2n, ...}, so any number of shards covers
     * the indices exactly once and a shard's share never depends on the campaign's total.
     *
     * @param j how many of this shard's indices come before it, {@code >= 0}
     * @return {@code index + j * count}
     */
    public long campaignIndex(long j) {
        return index + j * count;
    }

    /**
     * Tells whether campaign seed index {@code k} belongs to this shard ({@code k mod count == index}).
     *
     * @param k a seed index, {@code >= 0}
     * @return whether this shard runs it
     */
    public boolean owns(long k) {
        return Math.floorMod(k, (long) count) == index;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
