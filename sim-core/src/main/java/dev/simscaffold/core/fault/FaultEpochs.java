package dev.simscaffold.core.fault;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.internal.Require;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Fault epochs: a run's time cut into epochs, and at the start of each a recorded draw picks which mix of network
 * faults is in force until the next (Jepsen's nemesis phases, but blind: no roles, only time). One fixed mix is rarely
 * what every bug needs: a kind of fault that finds one bug often stalls the cluster in the way another bug needs it
 * running (in the corpus Raft, fan-out cuts find Figure 8 and write-window crashes the unsynced vote, but both starve
 * the stale read, which needs leader changes in a cluster that serves reads). A per-seed swarm
 * ({@link NetworkFaults#swarmAround}) only averages such mixes; epochs let one run pass through several regimes, each
 * long enough to do its work, so a run can meet a bug of each kind.
 *
 * <p>Each epoch's length is uniform in {@code [minEpochTicks, maxEpochTicks]} (no draw when they are equal) and its
 * mix is picked by weight; both draws come from the network's own {@code network.epoch} stream inside a
 * {@code fault.epoch} span, so a run replays byte for byte and a shrinker that lowers the pick moves the epoch to the
 * first mix: put the calm one first. A fault started in one epoch (a partition, a crashed node's down time) runs its
 * course into the next; the epoch decides only which faults are drawn from then on. The faults holding the epochs are
 * in force before the first event and give the delays after {@code quiesce()}, which ends the epochs. {@link #OFF}
 * draws nothing and records nothing, so a network without epochs runs byte-identically to one before they existed.
 *
 * @param minEpochTicks the shortest epoch, in ticks, {@code >= 1} when there are mixes
 * @param maxEpochTicks the longest epoch, in ticks, {@code >= minEpochTicks}
 * @param mixes the mixes an epoch may run, the calm one first; empty means no epochs
 */
@Api(Api.Status.EXPERIMENTAL)
public record FaultEpochs(long minEpochTicks, long maxEpochTicks, List<Mix> mixes) {

    /** No epochs: the network's own faults hold for the whole run. */
    public static final FaultEpochs OFF = new FaultEpochs(0, 0, List.of());

    /**
     * One mix an epoch may run.
     *
     * @param name what the trace calls it, such as {@code "calm"} or {@code "fan-out cuts"}; not blank
     * @param weight how often an epoch picks it relative to the other mixes, {@code >= 1}
     * @param faults the network faults in force during such an epoch; without epochs of their own
     */
    public record Mix(String name, int weight, NetworkFaults faults) {

        /**
         * Validates the mix; the message names the bad value.
         *
         * @param name the mix's name
         * @param weight its weight
         * @param faults its faults
         */
        public Mix {
            Require.name("a fault epoch's mix", name);
            if (weight < 1) {
                throw new IllegalArgumentException("epochs.mix '" + name + "'.weight must be >= 1, got " + weight);
            }
            Require.present("epochs.mix '" + name + "'.faults", faults);
            if (faults.epochs().on()) {
                throw new IllegalArgumentException("epochs.mix '" + name + "'.faults must not have epochs of their own, got " + faults.epochs());
            }
        }
    }

    /**
     * Validates the epochs; the message names the bad component and value.
     *
     * @param minEpochTicks the shortest epoch
     * @param maxEpochTicks the longest epoch
     * @param mixes the mixes
     */
    public FaultEpochs {
        mixes = List.copyOf(Require.present("epochs.mixes", mixes));
        if (mixes.isEmpty()) {
            if (minEpochTicks != 0 || maxEpochTicks != 0) {
                throw new IllegalArgumentException("epochs.minEpochTicks and maxEpochTicks must be 0 without mixes, got "
                        + minEpochTicks + " and " + maxEpochTicks);
            }
        } else {
            Require.atLeastOne("epochs.minEpochTicks", minEpochTicks);
            Require.ordered("epochs.minEpochTicks", minEpochTicks, "epochs.maxEpochTicks", maxEpochTicks);
            Set<String> names = new TreeSet<>();
            long total = 0;
            for (Mix mix : mixes) {
                if (!names.add(mix.name())) {
                    throw new IllegalArgumentException("epochs.mixes name '" + mix.name() + "' twice; each mix needs its own name");
                }
                total += mix.weight();
            }
            if (total > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("epochs.mixes' weights must sum to at most " + Integer.MAX_VALUE + ", got " + total);
            }
        }
    }

    /**
     * Epochs of a fixed length.
     *
     * @param epochTicks every epoch's length, {@code >= 1}
     * @param mixes the mixes, the calm one first
     * @return the epochs
     */
    public static FaultEpochs every(long epochTicks, Mix... mixes) {
        return new FaultEpochs(epochTicks, epochTicks, List.of(mixes));
    }

    /**
     * Epochs of a drawn length.
     *
     * @param minEpochTicks the shortest epoch, {@code >= 1}
     * @param maxEpochTicks the longest epoch, {@code >= minEpochTicks}
     * @param mixes the mixes, the calm one first
     * @return the epochs
     */
    public static FaultEpochs between(long minEpochTicks, long maxEpochTicks, Mix... mixes) {
        return new FaultEpochs(minEpochTicks, maxEpochTicks, List.of(mixes));
    }

    /**
     * Tells whether there are epochs at all.
     *
     * @return true if there is at least one mix
     */
    public boolean on() {
        return !mixes.isEmpty();
    }

    /**
     * The sum of the mixes' weights: a pick is a draw uniform below it.
     *
     * @return the total weight
     */
    public int totalWeight() {
        int total = 0;
        for (Mix mix : mixes) {
            total += mix.weight();
        }
        return total;
    }

    /**
     * Says what the epochs are in one line, for error messages and the reference page.
     *
     * @return {@code off}, or the epochs' length and the mixes with their weights
     */
    @Override
    public String toString() {
        if (!on()) {
            return "off";
        }
        StringBuilder text = new StringBuilder("epochs of ").append(minEpochTicks);
        if (maxEpochTicks != minEpochTicks) {
            text.append('–').append(maxEpochTicks);
        }
        text.append(" ticks over");
        String separator = " ";
        for (Mix mix : mixes) {
            text.append(separator).append(mix.name()).append(" ×").append(mix.weight());
            separator = ", ";
        }
        return text.toString();
    }

    /**
     * The mix a pick lands on, walking the mixes in order; a pick of 0 is the first.
     *
     * @param pick a value in {@code [0, totalWeight())}
     * @return the mix
     */
    public Mix mixAt(long pick) {
        long left = pick;
        for (Mix mix : mixes) {
            if (left < mix.weight()) {
                return mix;
            }
            left -= mix.weight();
        }
        throw new IllegalArgumentException("epochs pick must be in [0, " + totalWeight() + "), got " + pick);
    }
}
