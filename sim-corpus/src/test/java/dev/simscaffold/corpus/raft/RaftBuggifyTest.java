package dev.simscaffold.corpus.raft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.buggify.Buggify;
import dev.simscaffold.core.buggify.BuggifySite;
import dev.simscaffold.core.nemesis.Nemeses;
import dev.simscaffold.core.nemesis.Nemesis;
import dev.simscaffold.core.nemesis.NemesisRunner;
import dev.simscaffold.core.net.SimNetwork;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The corpus Raft's buggify sites ({@link RaftServer#LAZY_REPLICATION}, {@link RaftServer#EAGER_ELECTION}) and
 * swarm over the ready-made nemeses: the sites are legal (the correct Raft passes with them live), they are
 * reported, and a run without them is the run it always was.
 */
class RaftBuggifyTest {

    private static final int SEEDS = 100;

    @Test
    void theReadmeRunReportsTheSitesItReached() {
        long seed = 4;
        // README:begin
        SimContext context = new SimContext(seed);
        Buggify buggify = Buggify.simulated().attach(context);   // Buggify.disabled() in production
        SimNetwork<RaftMessage> network = SimNetwork.diskNodes(3, RaftServer.factory(3, Set.of(), buggify)).context(context).build();
        network.run(600);
        System.out.println(buggify.report().summary());          // which sites were enabled, which fired and how often
        // README:end

        assertThat(buggify.report().sites()).extracting(BuggifySite::name).contains(RaftServer.EAGER_ELECTION);
        assertThat(buggify.report().summary()).startsWith("buggify: ");
    }

    @Test
    void aClusterWithoutBuggifyRunsAsItAlwaysDid() {
        for (long seed = 1; seed <= 5; seed++) {
            RaftCluster plain = RaftCluster.start(seed, RaftSetup.correct().withFaults(RaftSetup.realisticFaults()));
            plain.network().run(600);
            SimNetwork<RaftMessage> bySeed = SimNetwork.diskNodes(3, RaftServer.factory(3, Set.of())).seed(seed).build();
            SimNetwork<RaftMessage> byContext = SimNetwork.diskNodes(3, RaftServer.factory(3, Set.of(), Buggify.disabled()))
                    .context(new SimContext(seed)).build();
            bySeed.run(600);
            byContext.run(600);

            assertThat(byContext.trace().fingerprint()).isEqualTo(bySeed.trace().fingerprint());
            assertThat(plain.buggify().report().sites()).isEmpty();
        }
    }

    @Test
    void theCorrectRaftPassesWithItsSitesLiveUnderTheNemeses() {
        RaftNemesisSweep.Outcome outcome = RaftNemesisSweep.sweep(1, SEEDS, Set.of(), Nemeses.leaderHunt(RaftRole.LEADER, RaftRole.FOLLOWER), true);

        assertThat(outcome.reports()).isEmpty();
    }

    @Test
    void theSwarmArmsASubsetPerRunAndFindsTheFigure8Commit() {
        RaftCluster cluster = RaftCluster.start(2, RaftSetup.correct().withBugs(EnumSet.of(RaftBug.FIGURE_8_COMMIT))
                .withFaults(RaftSetup.realisticFaults()));
        // README:begin
        List<Nemesis> pool = List.of(Nemeses.cutOffNew(RaftRole.LEADER), Nemeses.isolateNew(RaftRole.LEADER),
                Nemeses.strikeAtNew(RaftRole.LEADER), Nemeses.powerOffAtNew(RaftRole.LEADER, RaftRole.FOLLOWER));
        NemesisRunner<RaftMessage> swarm = NemesisRunner.swarm(cluster.network(), pool);
        swarm.run(600);
        System.out.println("left out: " + swarm.swarmedOff() + ", armed: " + swarm.stats());
        // README:end

        assertThat(swarm.stats().size() + swarm.swarmedOff().size()).isEqualTo(pool.size());
        assertThat(RaftNemesisSweep.swarmSweep(1, SEEDS, EnumSet.of(RaftBug.FIGURE_8_COMMIT), pool).failedSeeds()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(RaftNemesisSweep.swarmSweep(1, SEEDS, Set.of(), pool).reports()).isEmpty();
    }
}
