package dev.simscaffold.corpus.minimal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.net.FaultSchedule;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.corpus.RunVerdict;
import dev.simscaffold.corpus.raft.ElectionSafety;
import dev.simscaffold.corpus.raft.RaftBug;
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
 * The hand-minimal case of {@link RaftBug#VOTE_BEFORE_FSYNC} on the corpus Raft, in the unit of
 * {@link dev.simscaffold.core.check.ActionCount}: three injected actions and no client operation. It is
 * 1-minimal: with all three the buggy Raft breaks election safety, and removing any one of them makes the
 * run pass. The script only observes between actions (it waits for a server that has granted a vote), so
 * removing an action removes nothing else.
 */
class UnsyncedVoteMinimalTest {

    private static final long SEED = 6;
    private static final Set<RaftBug> BUG = EnumSet.of(RaftBug.VOTE_BEFORE_FSYNC);
    private static final List<String> ACTIONS = List.of(
            "partition node-0 | node-2", "power loss of the first voter, 2 ticks after its vote", "restart of that voter");
    private static final long WAIT_TICKS = 1_000;

    /** Runs the case with the actions whose indices are in {@code kept}. */
    private static RunVerdict run(Set<RaftBug> bugs, List<Integer> kept) {
        FaultConfig slowDisks = FaultConfig.builder().storage(storage -> storage.minLatencyTicks(5).maxLatencyTicks(5)).build();
        RaftCluster cluster = RaftCluster.start(SEED, RaftSetup.correct().withClients(0).withBugs(bugs).withFaults(slowDisks),
                FaultSchedule.none());
        SimNetwork<RaftMessage> network = cluster.network();
        return cluster.check(() -> {
            if (kept.contains(0)) {
                network.partition(List.of(NodeId.of(0)), List.of(NodeId.of(2)));
            }
            network.runUntil(view -> voter(view.all(RaftServer.class)) != null, WAIT_TICKS);
            RaftServer voter = voter(network.view().all(RaftServer.class));
            network.run(2);
            if (voter == null) {
                return;
            }
            if (kept.contains(1)) {
                network.powerLoss(voter.id());
            }
            if (kept.contains(2) && !network.isUp(voter.id())) {
                network.restart(voter.id());
            }
            network.run(400);
        });
    }

    private static RaftServer voter(List<RaftServer> servers) {
        for (RaftServer server : servers) {
            if (server.role() == RaftRole.FOLLOWER && server.votedFor() >= 0 && server.votedFor() != server.id().index()) {
                return server;
            }
        }
        return null;
    }

    private static List<Integer> all() {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < ACTIONS.size(); i++) {
            all.add(i);
        }
        return all;
    }

    @Test
    void allThreeActionsBreakElectionSafety() {
        RunVerdict verdict = run(BUG, all());

        assertThat(verdict.failed()).as(verdict.report()).contains(ElectionSafety.NAME);
    }

    @Test
    void removingAnyOneActionMakesTheRunPass() {
        for (int removed = 0; removed < ACTIONS.size(); removed++) {
            List<Integer> kept = all();
            kept.remove(Integer.valueOf(removed));

            RunVerdict verdict = run(BUG, kept);

            assertThat(verdict.passed()).as("without " + ACTIONS.get(removed) + ": " + verdict.report()).isTrue();
        }
    }

    @Test
    void theCorrectRaftPassesAllThreeActions() {
        assertThat(run(Set.of(), all()).passed()).isTrue();
    }
}
