package dev.simscaffold.corpus.raft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.nemesis.Nemeses;
import dev.simscaffold.core.nemesis.Nemesis;
import dev.simscaffold.core.nemesis.NemesisRunner;
import dev.simscaffold.corpus.RunVerdict;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The pinned replays of the guide's last chapter ({@code docs/guide/09-the-corpus-raft.md}): the corpus Raft as it
 * is, three servers on disks and two clients on a simulated network with {@link RaftSetup#realisticFaults()} and the
 * default (uniform) strategy. Each planted bug fails at a pinned seed with the check it breaks, the same seed
 * replays to an equal verdict (step, time and trace fingerprint included), and the correct Raft passes that seed
 * under the same faults and nemeses. Seeds: Figure 8 at 2 (cutting off new leaders), the unsynced vote at 6 (the
 * leader hunt), the stale read at 43 (random faults alone). Replay one by calling {@link #hunt} or
 * {@link RaftCluster#runThenRecover} with its seed and bug.
 */
class RaftChapterTest {

    // DOCS:begin docs/guide/09-the-corpus-raft.md
    static RunVerdict hunt(long seed, Set<RaftBug> bugs, List<Nemesis> nemeses) {
        RaftCluster cluster = RaftCluster.start(seed, RaftSetup.correct().withBugs(bugs).withFaults(RaftSetup.realisticFaults()));
        NemesisRunner<RaftMessage> runner = NemesisRunner.on(cluster.network(), nemeses);
        return cluster.check(() -> {
            runner.run(600);                                                    // faults and strikes for 600 ticks
            runner.quiesce();                                                   // then they stop
            cluster.network().awaitLiveness(RaftCluster.leaderElected(), 400);  // and a leader must follow
        });
    }
    // DOCS:end

    @Test
    void theCorrectRaftHoldsEveryCheckUnderRealisticFaults() {
        // DOCS:begin docs/guide/09-the-corpus-raft.md
        RaftCluster cluster = RaftCluster.start(1, RaftSetup.correct().withFaults(RaftSetup.realisticFaults()));
        RunVerdict verdict = cluster.runThenRecover(600, 400);
        // DOCS:end

        assertThat(verdict.passed()).as(verdict.report()).isTrue();
        assertThat(cluster.history().history().size()).as("operations recorded and checked").isGreaterThan(10);
        assertThat(RaftCluster.start(1, RaftSetup.correct().withFaults(RaftSetup.realisticFaults())).runThenRecover(600, 400))
                .as("the same seed, the same run").isEqualTo(verdict);
    }

    @Test
    void cuttingOffNewLeadersFindsTheFigure8Commit() {
        // DOCS:begin docs/guide/09-the-corpus-raft.md
        List<Nemesis> cutOff = List.of(Nemeses.cutOffNew(RaftRole.LEADER));
        RunVerdict found = hunt(2, Set.of(RaftBug.FIGURE_8_COMMIT), cutOff);

        assertThat(found.failed()).contains(LeaderCompleteness.NAME);
        assertThat(hunt(2, Set.of(RaftBug.FIGURE_8_COMMIT), cutOff)).isEqualTo(found);  // same step, time, fingerprint
        assertThat(hunt(2, Set.of(), cutOff).passed()).isTrue();                         // the correct commit rule
        // DOCS:end
    }

    @Test
    void theLeaderHuntFindsTheUnsyncedVoteAsTwoLeadersOfOneTerm() {
        // DOCS:begin docs/guide/09-the-corpus-raft.md
        List<Nemesis> leaderHunt = Nemeses.leaderHunt(RaftRole.LEADER, RaftRole.FOLLOWER);
        RunVerdict found = hunt(6, Set.of(RaftBug.VOTE_BEFORE_FSYNC), leaderHunt);

        assertThat(found.failed()).contains(ElectionSafety.NAME);
        assertThat(hunt(6, Set.of(RaftBug.VOTE_BEFORE_FSYNC), leaderHunt)).isEqualTo(found);
        assertThat(hunt(6, Set.of(), leaderHunt).passed()).isTrue();
        // DOCS:end
        assertThat(found.report()).contains("has two leaders");
    }

    @Test
    void randomFaultsAloneFindTheStaleRead() {
        // DOCS:begin docs/guide/09-the-corpus-raft.md
        RaftSetup staleReads = RaftSetup.correct().withBugs(Set.of(RaftBug.STALE_LEADER_READ)).withFaults(RaftSetup.realisticFaults());
        RunVerdict found = RaftCluster.start(43, staleReads).runThenRecover(600, 400);

        assertThat(found.failed()).contains(RaftCluster.LINEARIZABILITY);
        assertThat(RaftCluster.start(43, staleReads).runThenRecover(600, 400)).isEqualTo(found);
        assertThat(RaftCluster.start(43, staleReads.withBugs(Set.of())).runThenRecover(600, 400).passed()).isTrue();
        // DOCS:end
        assertThat(found.report()).contains("first operation that cannot be linearized");
    }
}
