package org.acme.gossip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.acme.gossip.MembershipNode.ModelState;
import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.model.TimedKey;
import dev.simscaffold.core.net.DurableNodeFactory;
import dev.simscaffold.core.net.EventOrder;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.testkit.modelcheck.ModelCheckResult;
import dev.simscaffold.testkit.modelcheck.ModelCheckResult.Verdict;
import dev.simscaffold.testkit.modelcheck.ModelPath;
import dev.simscaffold.testkit.modelcheck.NetworkCounterexample;
import dev.simscaffold.testkit.modelcheck.NetworkModelCheck;
import dev.simscaffold.testkit.modelcheck.NetworkModelCheckBuilder;
import dev.simscaffold.testkit.report.SimulationFailedError;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The node model-checked: every order in which three nodes' messages and rounds can happen, each state
 * visited once, breadth first, so that a broken invariant comes with the shortest run that breaks it.
 * Where a simulation tries one order per seed, this tries all of them up to a depth, with every random
 * draw (a round's jitter, a cycle's peer order) branched on.
 *
 * <p>The models are small on purpose, whatever the module was generated with: three nodes, one write at
 * each of two of them, and three networks.
 * <ul>
 *   <li>On {@link #REORDERING} a round goes to one peer every 2 ticks and a message takes 1 or 2 ticks, so a
 *       later message can overtake an earlier one, and clients write at any move (an input each).</li>
 *   <li>On {@link #LOCKSTEP} every node gossips to both peers every tick and every message takes one tick, so
 *       only the order of the events due at one tick varies; clients write at any move too.</li>
 *   <li>On {@link #SYNCHRONOUS} messages take one tick as on {@link #LOCKSTEP}, a node gossips to both peers
 *       every 2 ticks, and both writes are made before the first event (two clients that wrote at once): the
 *       model for the question "do concurrent writes reach every node in an order that keeps versions going
 *       forward?".</li>
 * </ul>
 * The checks read one node at a time (its versions never go back; on a network without faults it suspects
 * nobody), which lets persistent sets explore only one node's moves where one of its events is due now. Gossip
 * never stops, so a check to a depth proves the invariants for every run of that many moves and no more: the
 * verdict says so.
 *
 * <p>Why three. Persistent sets need a state whose enabled events all happen at one tick with one of them due
 * there; a message that may arrive at either of two ticks ({@link #REORDERING}) rarely leaves one, and neither
 * does a write that may still happen now or at any later tick (an input is a move at now, so a state with
 * nothing due now and a write left is expanded fully). {@link #LOCKSTEP} has such states everywhere but is slow
 * to get anywhere: a node learns its peers' entries only from an answer to a round (a digest out, the entries
 * back), the first of which arrives at tick 3, after the 15 events due at ticks 0 to 2 (each node's first
 * timer, two rounds each, six digests) and both writes, so no run shorter than 18 moves can break a merge. {@link #SYNCHRONOUS} keeps messages at one tick, takes
 * the writes out of the moves and halves the rounds, so that the race the planted merge loses (a node asks both
 * writers in one round and their answers come back in the wrong order) is 10 moves deep.
 */
class MembershipModelCheckTest {

    /** One peer every 2 ticks, messages taking 1 or 2 ticks, suspicion after 8 silent ticks; writes are inputs. */
    private static final Network REORDERING = new Network(new MembershipConfig(2, 8, 1), 2, Writes.AS_INPUTS, 10);
    /** Both peers every tick, messages taking one tick, suspicion after 2 silent ticks (the shortest timeout that fits); writes are inputs. */
    private static final Network LOCKSTEP = new Network(new MembershipConfig(1, 2, 2), 1, Writes.AS_INPUTS, 10);
    /**
     * Both peers every 2 ticks, messages taking one tick, suspicion after 4 silent ticks (the shortest timeout that
     * fits); both writes made before the first event. Checked to depth 12, two moves past the shortest run that
     * breaks the planted merge, which persistent sets reach only by taking the other nodes' events due at the
     * same tick first.
     */
    private static final Network SYNCHRONOUS = new Network(new MembershipConfig(2, 4, 2), 1, Writes.BEFORE_THE_FIRST_EVENT, 12);
    private static final List<Network> NETWORKS = List.of(REORDERING, LOCKSTEP, SYNCHRONOUS);

    /** When the two clients write {@code k}: {@code a} at node-0 and {@code b} at node-1. */
    private enum Writes {
        /** At any move, as two inputs the checker places (a budget of two). */
        AS_INPUTS,
        /** Both before the first event: the nodes are created holding them. */
        BEFORE_THE_FIRST_EVENT
    }

    /**
     * Three nodes gossiping by {@code config} on a network whose messages take 1 to {@code maxDelay} ticks.
     *
     * @param config how the nodes gossip
     * @param maxDelay the longest a message takes, in ticks
     * @param writes when the two writes happen
     * @param depth how deep the checks go, in moves (a delivery, a round, a write)
     */
    private record Network(MembershipConfig config, long maxDelay, Writes writes, int depth) {

        /** Whether persistent sets must keep at most a fifth of the states of no reduction here (where a check runs to its depth). */
        boolean reducesFivefold() {
            return maxDelay == 1;
        }

        /** The model over nodes merging by {@code rule}, with the per-node checks; no reduction chosen yet. */
        NetworkModelCheckBuilder<MembershipMessage> model(MergeRule rule) {
            MembershipSimulation.Cluster cluster = new MembershipSimulation.Cluster(3, config);
            NetworkFaults delays = NetworkFaults.builder().minDelayTicks(1).maxDelayTicks(maxDelay).maxTailDelayTicks(maxDelay).build();
            DurableNodeFactory<MembershipDurable, MembershipNode> nodes = cluster.nodesWith(rule, () -> new TimeoutDetector(config.failureTimeout()));
            NetworkModelCheckBuilder<MembershipMessage> model = NetworkModelCheck
                    .network(context -> SimNetwork.durableNodes(cluster.size(), writes == Writes.AS_INPUTS ? nodes : writtenFirst(nodes))
                            .faults(delays))
                    .eventOrder(EventOrder.UNSEQUENCED)
                    .expectEachNodeStep(MembershipInvariants.VERSIONS_NEVER_GO_BACKWARDS,
                            (node, before, after) -> wentBack(state(before), state(after)))
                    .expectEachNode(MembershipInvariants.NO_SUSPICION_WITHOUT_FAULTS, MembershipNode.class,
                            node -> node.suspected().stream().map(peer -> "suspects " + peer).toList())
                    .depth(depth);
            if (writes == Writes.AS_INPUTS) {
                model.input("put k=a at node-0", NodeId.of(0), MembershipNode.class, node -> node.put("k", "a"))
                        .input("put k=b at node-1", NodeId.of(1), MembershipNode.class, node -> node.put("k", "b"))
                        .inputBudget(2);
            }
            return model;
        }
    }

    /** Nodes made by {@code nodes}, node-0 created holding {@code k=a} and node-1 {@code k=b}, each its own write. */
    private static DurableNodeFactory<MembershipDurable, MembershipNode> writtenFirst(DurableNodeFactory<MembershipDurable, MembershipNode> nodes) {
        return new DurableNodeFactory<>() {
            @Override
            public MembershipNode create(NodeId id, SimRandom random, LogicalTime now) {
                MembershipNode node = nodes.create(id, random, now);
                if (id.index() < 2) {
                    node.put("k", id.index() == 0 ? "a" : "b");
                }
                return node;
            }

            @Override
            public MembershipNode restore(NodeId id, SimRandom random, MembershipDurable stored, LogicalTime now) {
                return nodes.restore(id, random, stored, now);
            }
        };
    }

    /** Runs the check breadth first and prints what it explored and the CPU time it took. */
    private static ModelCheckResult<MembershipMessage> bfs(String label, NetworkModelCheckBuilder<MembershipMessage> check) {
        long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        ModelCheckResult<MembershipMessage> result = check.build().bfs();
        long millis = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1_000_000;
        System.out.println(label + ": " + result.summary() + ", " + millis + " ms CPU");
        return result;
    }

    /** A node key's state without its times (see {@link MembershipNode#modelKey}). */
    private static ModelState state(Object key) {
        return (ModelState) ((TimedKey) key).state();
    }

    /** Every key the node held before the move that it lost or holds at an older version after it. */
    private static List<String> wentBack(ModelState before, ModelState after) {
        List<String> wrong = new ArrayList<>();
        before.entries().forEach((key, was) -> {
            Entry now = after.entries().get(key);
            if (now == null) {
                wrong.add("lost " + was);
            } else if (was.version().isNewerThan(now.version())) {
                wrong.add("went back from " + was + " to " + now);
            }
        });
        return wrong;
    }

    @Test
    void theShippedNodeHoldsToItsDepthOnEveryNetwork() {
        for (Network network : NETWORKS) {
            ModelCheckResult<MembershipMessage> result = bfs(network + ", persistent sets",
                    network.model(MergeRule.LAST_WRITER_WINS).persistentSets()).assertHoldsWithinDepth();
            assertThat(result.verdict()).as("gossip never stops, so a bounded check proves every run of %d moves, not more", network.depth())
                    .isEqualTo(Verdict.INCOMPLETE_DEPTH);
            assertThat(result.depth()).isEqualTo(network.depth());
        }
    }

    /**
     * The reductions change how much is explored, never the verdict: each model with none (every time absolute,
     * every order) and with both (persistent sets, and keys relative to now, which the node's
     * {@link MembershipNode#modelKey} allows by declaring its times), on the shipped node and on the planted
     * reordering bug. Where every message takes one tick ({@link #LOCKSTEP}, {@link #SYNCHRONOUS}) persistent sets
     * keep at most a fifth of the states of a check that runs to its depth; where messages overtake each other
     * they keep fewer, not that few: a message that may arrive at either of two ticks leaves no state whose
     * enabled events all happen at one tick, which persistent sets need. On {@link #SYNCHRONOUS} both searches
     * find the planted bug; the reduced one by a longer run (it takes the other nodes' events due at a tick
     * before the node it postponed), which is why that network is checked two moves past the shortest run. On
     * {@link #LOCKSTEP} neither finds it within 10 moves (see the class comment). Relative keys merge little
     * within these depths (nothing on the first two networks, 8 states of 2,801 on {@link #SYNCHRONOUS}): a state
     * repeats only once every node has heard from every peer at the same distance from now, which takes longer.
     */
    @Test
    void persistentSetsGiveTheVerdictOfNoReductionWithFewerStates() {
        for (Network network : NETWORKS) {
            for (MergeRule rule : List.of(MergeRule.LAST_WRITER_WINS, PlantedBugTest.ACCEPT_ANY)) {
                String label = network + (rule == MergeRule.LAST_WRITER_WINS ? ", shipped merge" : ", accept-any merge");
                ModelCheckResult<MembershipMessage> none = bfs(label + ", no reduction, absolute time", network.model(rule).absoluteTime());
                ModelCheckResult<MembershipMessage> reduced = bfs(label + ", persistent sets, relative time", network.model(rule).persistentSets());
                assertThat(reduced.verdict()).as(label).isEqualTo(none.verdict());
                if (none.verdict() != Verdict.VIOLATED) {
                    assertThat(reduced.states()).isLessThan(none.states());
                    if (network.reducesFivefold()) {
                        assertThat(reduced.states() * 5).as("%s: at least 5 times fewer states", label).isLessThanOrEqualTo(none.states());
                    }
                }
                if (network == SYNCHRONOUS && rule == PlantedBugTest.ACCEPT_ANY) {
                    assertThat(none.verdict()).as("the planted merge is found where persistent sets keep a fifth").isEqualTo(Verdict.VIOLATED);
                    assertThat(reduced.counterexample().orElseThrow().expectation()).isEqualTo(MembershipInvariants.VERSIONS_NEVER_GO_BACKWARDS);
                }
            }
        }
    }

    /**
     * The merge that takes whatever arrives ({@link PlantedBugTest#ACCEPT_ANY}) breaks when the older of two
     * writes reaches a node after the newer one, an order only some runs take: on {@link #REORDERING} the search
     * finds the shortest such run (none one move shorter breaks it). Its failure is reported as a simulation's,
     * with trace files, a sequence diagram and the command that replays it; that command's {@code -Dsim.path}
     * makes the check replay just that run instead of searching, and it fails the same way, fingerprint for
     * fingerprint. Run with the printed command, this test replays the path for every check but the one that
     * proves no shorter run breaks it, which is a search.
     */
    @Test
    void aMergeThatAcceptsAnOlderVersionIsFoundByTheShortestReordering() {
        assertShortestAndReplayed(REORDERING, "MembershipModelCheckTest#aMergeThatAcceptsAnOlderVersionIsFoundByTheShortestReordering");
    }

    /**
     * The same planted merge on {@link #SYNCHRONOUS}, the network where persistent sets keep at most a fifth of
     * the states: the shortest run that breaks it is a node asking both writers in one round and their answers
     * arriving newer first, 10 moves, found by the search without reduction (a breadth-first search with
     * persistent sets finds it too, by a run two moves longer). Reported and replayed as on {@link #REORDERING}.
     */
    @Test
    void aMergeThatAcceptsAnOlderVersionIsFoundWhereAnswersCrossOnASynchronousNetwork() {
        NetworkCounterexample<MembershipMessage> found = assertShortestAndReplayed(SYNCHRONOUS,
                "MembershipModelCheckTest#aMergeThatAcceptsAnOlderVersionIsFoundWhereAnswersCrossOnASynchronousNetwork");
        assertThat(found.violations()).as("the node that asked both writers").allMatch(violation -> violation.startsWith("node-2: went back"));
    }

    /**
     * Searches {@code network} with the planted merge without reduction, breadth first, and checks what the
     * counterexample promises: the expected check, no shorter run breaks it, its fingerprint, a report naming the
     * calling test ({@code test}) with the replay command, and that command's path replaying the same run.
     */
    private static NetworkCounterexample<MembershipMessage> assertShortestAndReplayed(Network network, String test) {
        ModelCheckResult<MembershipMessage> searched = network.model(PlantedBugTest.ACCEPT_ANY).build().bfs();
        NetworkCounterexample<MembershipMessage> found = searched.counterexample().orElseThrow();
        String report = catchThrowableOfType(SimulationFailedError.class, searched::assertHoldsWithinDepth).getMessage();
        System.out.println(report);
        String command = found.replayCommand();
        assertThat(report).contains("replay just this case:\n  " + command, "sequence diagram: ", "model-check path: ");
        assertThat(command).contains("-Dtest='" + test + "'");
        String path = command.substring(command.indexOf(PATH_FLAG) + PATH_FLAG.length());
        int moves = found.moves().size() - 1;
        assertThat(found.expectation()).isEqualTo(MembershipInvariants.VERSIONS_NEVER_GO_BACKWARDS);
        if (ModelPath.requested().isEmpty()) {
            assertThat(network.model(PlantedBugTest.ACCEPT_ANY).depth(moves - 1).build().bfs().verdict())
                    .as("no run shorter than the counterexample breaks it:%n%s", found.describe())
                    .isEqualTo(Verdict.INCOMPLETE_DEPTH);
        }
        assertThat(found.replay().trace().fingerprint()).as(found.describe()).isEqualTo(found.fingerprint());

        ModelCheckResult<MembershipMessage> replayed = withPath(path, () -> network.model(PlantedBugTest.ACCEPT_ANY).build().bfs());
        NetworkCounterexample<MembershipMessage> again = replayed.counterexample().orElseThrow();
        assertThat(again.fingerprint()).as("the printed command replays the same run").isEqualTo(found.fingerprint());
        assertThat(again.moves()).isEqualTo(found.moves());
        assertThat(replayed.states()).as("a replay, not a search").isEqualTo(moves + 1L);
        assertThat(catchThrowableOfType(SimulationFailedError.class, replayed::assertHoldsWithinDepth).getMessage())
                .as("the same report, but for what the check explored").startsWith(report.substring(0, report.lastIndexOf("(violated, ")));
        return found;
    }

    private static final String PATH_FLAG = "-D" + ModelPath.PROPERTY + "=";

    /** Runs {@code check} with {@code -Dsim.path} set to {@code path}, as the printed command sets it. */
    private static <T> T withPath(String path, Supplier<T> check) {
        String given = System.getProperty(ModelPath.PROPERTY);
        System.setProperty(ModelPath.PROPERTY, path);
        try {
            return check.get();
        } finally {
            if (given == null) {
                System.clearProperty(ModelPath.PROPERTY);
            } else {
                System.setProperty(ModelPath.PROPERTY, given);
            }
        }
    }
}
