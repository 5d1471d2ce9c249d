package dev.simscaffold.corpus.raft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.nemesis.Nemeses;
import dev.simscaffold.core.nemesis.Nemesis;
import dev.simscaffold.core.nemesis.NemesisRunner;
import dev.simscaffold.core.nemesis.NemesisStats;
import dev.simscaffold.corpus.RunVerdict;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The ready-made nemeses, switched on by naming {@link RaftRole}s and nothing else, find the planted bugs that
 * random faults alone miss on the same seeds, and the correct Raft passes those seeds with the nemeses on: no
 * false positives. Per-run rates over 2,000 seeds are in BENCHMARKS.md (sim-bench's {@code RaftNemesisRun}).
 */
class RaftNemesisTest {

    private static final int SEEDS = 100;

    private static RaftNemesisSweep.Outcome sweep(Set<RaftBug> bugs, List<Nemesis> nemeses) {
        return RaftNemesisSweep.sweep(1, SEEDS, bugs, nemeses);
    }

    @Test
    void theLeaderHuntFindsTheUnsyncedVoteThatRandomFaultsMiss() {
        Set<RaftBug> bug = EnumSet.of(RaftBug.VOTE_BEFORE_FSYNC);
        RaftNemesisSweep.Outcome hunted = sweep(bug, Nemeses.leaderHunt(RaftRole.LEADER, RaftRole.FOLLOWER));

        assertThat(hunted.failedSeeds()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(hunted.reports()).anyMatch(report -> report.contains(ElectionSafety.NAME));
        assertThat(sweep(bug, List.of()).failedSeeds()).isEmpty();
    }

    @Test
    void cuttingOffNewLeadersFindsTheFigure8CommitThatRandomFaultsMiss() {
        Set<RaftBug> bug = EnumSet.of(RaftBug.FIGURE_8_COMMIT);
        RaftNemesisSweep.Outcome cut = sweep(bug, List.of(Nemeses.cutOffNew(RaftRole.LEADER)));

        assertThat(cut.failedSeeds()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(cut.reports()).allMatch(report -> report.contains(LeaderCompleteness.NAME));
        assertThat(sweep(bug, List.of()).failedSeeds()).isEmpty();
    }

    @Test
    void theLeaderHuntFindsTheFigure8CommitThatRandomFaultsMiss() {
        Set<RaftBug> bug = EnumSet.of(RaftBug.FIGURE_8_COMMIT);
        RaftNemesisSweep.Outcome hunted = sweep(bug, Nemeses.leaderHunt(RaftRole.LEADER, RaftRole.FOLLOWER));

        assertThat(hunted.failedSeeds()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(hunted.reports()).anyMatch(report -> report.contains(LeaderCompleteness.NAME));
    }

    @Test
    void isolatingNewLeadersFindsTheFigure8CommitThatRandomFaultsMiss() {
        Set<RaftBug> bug = EnumSet.of(RaftBug.FIGURE_8_COMMIT);

        assertThat(sweep(bug, List.of(Nemeses.isolateNew(RaftRole.LEADER))).failedSeeds()).isNotEmpty();
    }

    @Test
    void theCorrectRaftPassesTheSameSeedsWithTheNemesesOn() {
        assertThat(sweep(Set.of(), Nemeses.leaderHunt(RaftRole.LEADER, RaftRole.FOLLOWER)).reports()).isEmpty();
        assertThat(sweep(Set.of(), List.of(Nemeses.cutOffNew(RaftRole.LEADER))).reports()).isEmpty();
        assertThat(sweep(Set.of(), List.of(Nemeses.isolateNew(RaftRole.LEADER), Nemeses.strikeAtNew(RaftRole.LEADER),
                Nemeses.bridgeAt(RaftRole.LEADER, 50))).reports()).isEmpty();
    }

    @Test
    void aFailureFoundByANemesisReplaysWithItsSeed() {
        Set<RaftBug> bug = EnumSet.of(RaftBug.VOTE_BEFORE_FSYNC);
        long seed = sweep(bug, Nemeses.leaderHunt(RaftRole.LEADER, RaftRole.FOLLOWER)).failedSeeds().get(0);

        assertThat(RaftNemesisSweep.run(seed, bug, Nemeses.leaderHunt(RaftRole.LEADER, RaftRole.FOLLOWER)).verdict())
                .isEqualTo(RaftNemesisSweep.run(seed, bug, Nemeses.leaderHunt(RaftRole.LEADER, RaftRole.FOLLOWER)).verdict());
    }

    @Test
    void theReadmeExampleFindsTheUnsyncedVote() {
        // DOCS:begin docs/guide/02-network-faults-nemeses.md
        long seed = 3;
        RaftCluster cluster = RaftCluster.start(seed, RaftSetup.correct().withBugs(Set.of(RaftBug.VOTE_BEFORE_FSYNC))
                .withFaults(RaftSetup.realisticFaults()));
        NemesisRunner<RaftMessage> nemeses = NemesisRunner.on(cluster.network(), Nemeses.leaderHunt(RaftRole.LEADER, RaftRole.FOLLOWER));
        RunVerdict verdict = cluster.check(() -> {
            nemeses.run(600);                           // in place of network.run(600): strikes between events
            nemeses.quiesce();                          // the nemeses' faults and the random ones stop
            cluster.network().awaitLiveness(RaftCluster.leaderElected(), 400);
        });
        System.out.println(verdict.failed().orElse("passed") + " " + nemeses.stats());
        // DOCS:end

        assertThat(verdict.failed().orElseThrow()).as("the forgotten vote elects two leaders or one without a committed entry")
                .isIn(ElectionSafety.NAME, LeaderCompleteness.NAME);
        assertThat(nemeses.stats()).extracting(NemesisStats::name)
                .containsExactly("cut-off-new-leader", "power-off-follower-at-new-leader");
    }
}
