package dev.simscaffold.corpus.gossip;

import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.random.SimRandom;
import java.util.List;
import java.util.Map;

/**
 * A workload of the push-gossip store and the stream every other decision is drawn from (the network's delays,
 * losses and node faults, the peers each push goes to): as a generated value it shrinks like any other.
 *
 * @param writes the client writes, in order, one every {@link GossipCluster#WRITE_EVERY_TICKS}
 * @param random the stream of the network's decisions and the nodes' peer choices
 */
public record GossipScenario(List<Write> writes, SimRandom random) {

    /** The label of the span each write is drawn in, after {@code op.}: one client operation to the shrinker. */
    public static final String OPERATION_KIND = "gossip";

    /** How many keys the generated writes use, as the seeded workload's. */
    public static final int KEYS = 7;

    /**
     * Up to {@link GossipCluster#WRITES} writes, about half as many on average, each of a node, a key of
     * {@link #KEYS} and a value, drawn as one {@code op.gossip} span ({@link Gen#operations}), so that shrinking
     * deletes a write as a unit and {@link dev.simscaffold.core.check.ActionCount} counts it.
     */
    public static final Gen<GossipScenario> SCENARIOS = Gen.zip(
            Gen.operations(OPERATION_KIND, Gen.zip(Gen.ints(0, GossipCluster.NODES - 1), Gen.zip(Gen.ints(0, KEYS - 1), Gen.ints(0, 99),
                    (key, value) -> Map.entry("k" + key, "v" + value)), (node, put) -> new Write(node, put.getKey(), put.getValue())),
                    GossipCluster.WRITES, GossipCluster.WRITES / 2),
            Gen.liveRandom(),
            GossipScenario::new);

    /**
     * Copies the writes.
     *
     * @param writes the writes
     * @param random the stream
     */
    public GossipScenario {
        writes = List.copyOf(writes);
    }

    /**
     * One client write: a value for a key at one node, skipped if the node is down when its turn comes.
     *
     * @param node the writing node's number
     * @param key the key
     * @param value the value
     */
    public record Write(int node, String key, String value) {
    }
}
