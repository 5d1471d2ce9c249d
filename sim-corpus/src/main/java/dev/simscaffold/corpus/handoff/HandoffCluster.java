package dev.simscaffold.corpus.handoff;

import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.explore.Strategy;
import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.trace.TraceMode;
import dev.simscaffold.corpus.RunVerdict;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the hand-off: {@link #NODES} nodes passing the primary role round the ring for {@link #RUN_TICKS}
 * ticks (about ten hand-offs) under random network faults, with {@value OnePrimary#NAME} checked after every
 * event.
 */
public final class HandoffCluster {

    /** How many nodes take turns. */
    public static final int NODES = 3;
    /** How long a run lasts. */
    public static final long RUN_TICKS = 600;
    /**
     * {@code FaultConfig.mild()}'s network (1 % loss, 1 % duplicates, delays of 1–5 ticks with a 1 % tail to 50)
     * without partitions: retransmission makes all of it harmless, with or without the planted bug.
     */
    public static final NetworkFaults WITHOUT_PARTITIONS = FaultConfig.mild().network();
    /**
     * The benchmark's workload: {@link #WITHOUT_PARTITIONS} plus random partitions (one may begin after a
     * delivery with probability 0.3 %, lasting up to 60 ticks), which the planted bug needs to land during a hand-off.
     */
    public static final NetworkFaults WITH_PARTITIONS = WITHOUT_PARTITIONS.toBuilder().partitionRate(0.003).maxPartitionTicks(60).build();

    private HandoffCluster() {
    }

    /**
     * Builds the network at time 0.
     *
     * @param seed the run's seed
     * @param strategy how the network decides among the events that could happen next
     * @param bugs the planted bugs, empty for the correct protocol
     * @param faults the random network faults
     * @return the network
     */
    public static SimNetwork<HandoffMessage> network(long seed, Strategy strategy, Set<HandoffBug> bugs, NetworkFaults faults) {
        boolean resumes = bugs.contains(HandoffBug.RESUMES_AFTER_TIMEOUT);
        return SimNetwork.<HandoffMessage>nodes(NODES, (id, random, now) -> new HandoffNode(id, NODES, resumes))
                .seed(seed).strategy(strategy).faults(faults).traceMode(TraceMode.FINGERPRINT_ONLY)
                .expect(Expectation.always(OnePrimary.NAME, view -> OnePrimary.check(view.all(HandoffNode.class))))
                .build();
    }

    /**
     * Runs one seed for {@link #RUN_TICKS} ticks with the default strategy.
     *
     * @param seed the run's seed
     * @param bugs the planted bugs
     * @param faults the random network faults
     * @return the verdict: {@value OnePrimary#NAME} when it failed
     */
    public static RunVerdict run(long seed, Set<HandoffBug> bugs, NetworkFaults faults) {
        return run(seed, Strategy.uniform(), bugs, faults);
    }

    /**
     * Runs one seed for {@link #RUN_TICKS} ticks, deciding among enabled events with a strategy.
     *
     * @param seed the run's seed
     * @param strategy how the network decides among the events that could happen next
     * @param bugs the planted bugs
     * @param faults the random network faults
     * @return the verdict, as {@link #run(long, Set, NetworkFaults)}'s
     */
    public static RunVerdict run(long seed, Strategy strategy, Set<HandoffBug> bugs, NetworkFaults faults) {
        SimNetwork<HandoffMessage> network = network(seed, strategy, bugs, faults);
        try {
            network.run(RUN_TICKS);
        } catch (InvariantViolationError violation) {
            return RunVerdict.violated(violation, network);
        }
        return RunVerdict.ended(Optional.empty(), "", network);
    }
}
