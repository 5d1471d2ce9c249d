package dev.simscaffold.corpus.minimal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.history.KvOp;
import dev.simscaffold.core.net.FaultSchedule;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.corpus.RunVerdict;
import dev.simscaffold.corpus.raft.Command;
import dev.simscaffold.corpus.raft.LeaderCompleteness;
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
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * A hand-minimal case of {@link RaftBug#FIGURE_8_COMMIT} on the corpus Raft, in the unit of
 * {@link dev.simscaffold.core.check.ActionCount}: Raft's Figure 8 as {@code RaftScenarios.figure8} scripts it,
 * less the four actions a greedy removal search showed the bug does not need on this Raft (A's first crash and
 * its restart, the heal after it, the third proposal), so eight actions: two client operations (proposals)
 * and six injected actions (two partitions, two crashes, a heal and a restart): leader A is cut off with an
 * entry only it holds, a leader X of a later term is cut off from Y with another entry and crashes; after the
 * heal A leads again and gets its earlier-term entry onto Y, which the buggy rule counts as committed; then A
 * crashes and X restarts and wins with Y's vote, since its last term is newer, without that entry. It is
 * 1-minimal: with all eight the buggy Raft breaks leader completeness (seeds 1 to 6), removing any one
 * makes the run pass (seed 1), and the correct Raft passes all eight. The script
 * only observes between actions (it waits for leaders), so removing an action removes nothing else; a wait
 * that is never satisfied ends the run early, which then passes unless an invariant broke.
 */
class Figure8MinimalTest {

    private static final long SEED = 1;
    private static final Set<RaftBug> BUG = EnumSet.of(RaftBug.FIGURE_8_COMMIT);
    private static final List<String> ACTIONS = List.of(
            "partition A | others", "propose x=1 at A", "partition X | Y", "propose x=2 at X", "crash X", "heal",
            "crash A", "restart X");
    private static final long WAIT_TICKS = 1_000;

    /** Runs the case with the actions whose indices are in {@code kept}. */
    private static RunVerdict run(long seed, Set<RaftBug> bugs, List<Integer> kept) {
        RaftCluster cluster = RaftCluster.start(seed, RaftSetup.correct().withClients(0).withBugs(bugs), FaultSchedule.none());
        SimNetwork<RaftMessage> network = cluster.network();
        return cluster.check(() -> {
            RaftServer a = await(network, server -> server.role() == RaftRole.LEADER);
            if (a == null) {
                return;
            }
            NodeId idA = a.id();
            long termA = a.currentTerm();
            List<NodeId> others = new ArrayList<>(cluster.serverIds());
            others.remove(idA);
            if (kept.contains(0)) {
                network.partition(List.of(idA), others);
            }
            if (kept.contains(1)) {
                propose(network, idA, 1);
            }
            network.run(5);
            RaftServer x = await(network, server -> server.role() == RaftRole.LEADER && server.currentTerm() > termA && !server.id().equals(idA));
            if (x == null) {
                return;
            }
            NodeId idX = x.id();
            NodeId idY = others.get(others.get(0).equals(idX) ? 1 : 0);
            if (kept.contains(2)) {
                network.partition(List.of(idX), List.of(idY));
            }
            if (kept.contains(3)) {
                propose(network, idX, 2);
            }
            network.run(5);
            if (kept.contains(4)) {
                crash(network, idX);
            }
            if (kept.contains(5)) {
                network.heal();
            }
            if (await(network, server -> server.role() == RaftRole.LEADER && server.id().equals(idA)) == null) {
                return;
            }
            network.run(30);
            if (kept.contains(6)) {
                crash(network, idA);
            }
            if (kept.contains(7)) {
                restart(network, idX);
            }
            if (await(network, server -> server.role() == RaftRole.LEADER && server.id().equals(idX)) == null) {
                return;
            }
            network.run(30);
            network.run(30);
        });
    }

    private static RaftServer await(SimNetwork<RaftMessage> network, Predicate<RaftServer> which) {
        network.runUntil(view -> view.all(RaftServer.class).stream().anyMatch(which), WAIT_TICKS);
        return network.view().all(RaftServer.class).stream().filter(which).findFirst().orElse(null);
    }

    private static void propose(SimNetwork<RaftMessage> network, NodeId server, long value) {
        if (network.isUp(server)) {
            network.invoke(server, RaftServer.class, "propose write x=" + value,
                    s -> s.propose(new Command("operator", 0, value, server, KvOp.write("x", value))));
        }
    }

    private static void crash(SimNetwork<RaftMessage> network, NodeId node) {
        if (network.isUp(node)) {
            network.crash(node);
        }
    }

    private static void restart(SimNetwork<RaftMessage> network, NodeId node) {
        if (!network.isUp(node)) {
            network.restart(node);
        }
    }

    private static List<Integer> all() {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < ACTIONS.size(); i++) {
            all.add(i);
        }
        return all;
    }

    @Test
    void allEightActionsBreakLeaderCompleteness() {
        for (long seed = 1; seed <= 6; seed++) {
            RunVerdict verdict = run(seed, BUG, all());

            assertThat(verdict.failed()).as("seed %d: %s", seed, verdict.report()).contains(LeaderCompleteness.NAME);
        }
    }

    @Test
    void removingAnyOneActionMakesTheRunPass() {
        for (int removed = 0; removed < ACTIONS.size(); removed++) {
            List<Integer> kept = all();
            kept.remove(Integer.valueOf(removed));

            RunVerdict verdict = run(SEED, BUG, kept);

            assertThat(verdict.passed()).as("without " + ACTIONS.get(removed) + ": " + verdict.report()).isTrue();
        }
    }

    @Test
    void theCorrectCommitRulePassesAllEightActions() {
        assertThat(run(SEED, Set.of(), all()).passed()).isTrue();
    }
}
