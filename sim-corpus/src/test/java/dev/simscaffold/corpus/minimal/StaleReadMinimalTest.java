package dev.simscaffold.corpus.minimal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.history.KvOp;
import dev.simscaffold.core.net.FaultSchedule;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.corpus.RunVerdict;
import dev.simscaffold.corpus.raft.RaftBug;
import dev.simscaffold.corpus.raft.RaftClient;
import dev.simscaffold.corpus.raft.RaftCluster;
import dev.simscaffold.corpus.raft.RaftMessage;
import dev.simscaffold.corpus.raft.RaftRole;
import dev.simscaffold.corpus.raft.RaftServer;
import dev.simscaffold.corpus.raft.RaftSetup;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A hand-minimal case of {@link RaftBug#STALE_LEADER_READ} on the corpus Raft, in the unit of
 * {@link dev.simscaffold.core.check.ActionCount}: three actions, one partition and two client operations.
 * Leader L and {@code client-3} are cut off from the other two servers and {@code client-4}; {@code client-4}
 * writes {@code x=1} through the majority's new leader; then {@code client-3} reads {@code x} and L, which
 * still believes it leads, answers 0 from its own state: the read began after the write completed, so the
 * history is not linearizable. It is 1-minimal: with all three the buggy Raft fails (seeds 1 to 6), removing any
 * one makes the run pass (seeds 1 to 6), and the correct Raft, which reads through the log, passes all three.
 * The clients draw no operations of their own (a zero-tick workload) and the script only observes between
 * actions (it waits for a leader and for the write's answer), so removing an action removes nothing else.
 */
class StaleReadMinimalTest {

    private static final Set<RaftBug> BUG = EnumSet.of(RaftBug.STALE_LEADER_READ);
    private static final List<String> ACTIONS = List.of("partition L, client-3 | others, client-4", "client-4 writes x=1", "client-3 reads x");
    private static final NodeId CUT_OFF_CLIENT = NodeId.of(3);
    private static final NodeId MAJORITY_CLIENT = NodeId.of(4);
    private static final long WAIT_TICKS = 1_000;

    /** Runs the case with the actions whose indices are in {@code kept}. */
    private static RunVerdict run(long seed, Set<RaftBug> bugs, List<Integer> kept) {
        RaftCluster cluster = RaftCluster.start(seed, RaftSetup.correct().withBugs(bugs).withWorkloadTicks(0), FaultSchedule.none());
        SimNetwork<RaftMessage> network = cluster.network();
        return cluster.check(() -> {
            if (!network.runUntil(view -> view.all(RaftServer.class).stream().anyMatch(server -> server.role() == RaftRole.LEADER), WAIT_TICKS).held()) {
                return;
            }
            NodeId leader = cluster.leader().orElseThrow().id();
            List<NodeId> majority = new ArrayList<>(cluster.serverIds());
            majority.remove(leader);
            majority.add(MAJORITY_CLIENT);
            if (kept.contains(0)) {
                network.partition(List.of(leader, CUT_OFF_CLIENT), majority);
            }
            if (kept.contains(1)) {
                operate(network, MAJORITY_CLIENT, KvOp.write("x", 1));
                network.runUntil(view -> !cluster.history().inFlight("client-4"), WAIT_TICKS);
            }
            if (kept.contains(2)) {
                operate(network, CUT_OFF_CLIENT, KvOp.read("x"));
                network.runUntil(view -> !cluster.history().inFlight("client-3"), WAIT_TICKS);
            }
        });
    }

    private static void operate(SimNetwork<RaftMessage> network, NodeId client, KvOp op) {
        network.invoke(client, RaftClient.class, "client " + op, c -> c.invoke(op, network.now()));
    }

    private static List<Integer> all() {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < ACTIONS.size(); i++) {
            all.add(i);
        }
        return all;
    }

    @Test
    void allThreeActionsGiveAStaleRead() {
        for (long seed = 1; seed <= 6; seed++) {
            RunVerdict verdict = run(seed, BUG, all());

            assertThat(verdict.failed()).as("seed %d: %s", seed, verdict.report()).contains(RaftCluster.LINEARIZABILITY);
            assertThat(verdict.report()).as("seed %d", seed).contains("read x -> ok 0");
        }
    }

    @Test
    void removingAnyOneActionMakesTheRunPass() {
        for (long seed = 1; seed <= 6; seed++) {
            for (int removed = 0; removed < ACTIONS.size(); removed++) {
                List<Integer> kept = all();
                kept.remove(Integer.valueOf(removed));

                RunVerdict verdict = run(seed, BUG, kept);

                assertThat(verdict.passed()).as("seed %d without %s: %s", seed, ACTIONS.get(removed), verdict.report()).isTrue();
            }
        }
    }

    @Test
    void readsThroughTheLogPassAllThreeActions() {
        for (long seed = 1; seed <= 6; seed++) {
            RunVerdict verdict = run(seed, Set.of(), all());

            assertThat(verdict.passed()).as("seed %d: %s", seed, verdict.report()).isTrue();
        }
    }
}
