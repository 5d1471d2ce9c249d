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
        // DOCS:begin docs/guide/02-network-faults-nemeses.md
        SimContext context = new SimContext(seed);
        Buggify buggify = Buggify.simulated().attach(context);   // Buggify.disabled() in production
        SimNetwork<RaftMessage> network = SimNetwork.diskNodes(3, RaftServer.factory(3, Set.of(), buggify)).context(context).build();
        network.run(600);
        System.out.println(buggify.report().summary());          // which sites were enabled, which fired and how often
        // DOCS:end

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

    /**
     * Strikes at new leaders find the Figure 8 commit with the sites live on 2 of 2,000 seeds (BENCHMARKS.md, "Buggify
     * and swarm", measured before the clients drew each operation as a span); since then on none of seeds 1 to 2,000
     * and on three of 2,001 to 2,904, of which 2,706 and 2,904 pass without the sites.
     */
    @Test
    void theSitesLetStrikesAtNewLeadersFindTheFigure8CommitWhereTheyMissWithout() {
        List<Nemesis> strikes = List.of(Nemeses.strikeAtNew(RaftRole.LEADER));
        Set<RaftBug> bug = EnumSet.of(RaftBug.FIGURE_8_COMMIT);
        for (long seed : new long[] {2_706, 2_904}) {
            assertThat(RaftNemesisSweep.run(seed, bug, new RaftNemesisSweep.Arms(strikes, false, true)).verdict().failed())
                    .as("seed %d, sites live", seed).contains(LeaderCompleteness.NAME);
            assertThat(RaftNemesisSweep.run(seed, bug, new RaftNemesisSweep.Arms(strikes, false, false)).verdict().passed())
                    .as("seed %d, sites off", seed).isTrue();
        }
    }

    /**
     * The five ready-made nemeses all armed at once never find the Figure 8 commit in 2,000 runs (the crashes and
     * isolations of new leaders cut every sequence short); a swarm of them finds it in 3.3 % (BENCHMARKS.md, measured
     * before the clients drew each operation as a span); since then seeds 39 and 67 are the first it finds it on,
     * which pass with every nemesis armed.
     */
    @Test
    void aSwarmFindsTheFigure8CommitWhereThePoolAllArmedMissesIt() {
        Set<RaftBug> bug = EnumSet.of(RaftBug.FIGURE_8_COMMIT);
        for (long seed : new long[] {39, 67}) {
            assertThat(RaftNemesisSweep.run(seed, bug, new RaftNemesisSweep.Arms(RaftNemesisSweep.pool(), true, false)).verdict().failed())
                    .as("seed %d, swarm", seed).isPresent();
            assertThat(RaftNemesisSweep.run(seed, bug, new RaftNemesisSweep.Arms(RaftNemesisSweep.pool(), false, false)).verdict().passed())
                    .as("seed %d, all armed", seed).isTrue();
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
        // DOCS:begin docs/guide/02-network-faults-nemeses.md
        List<Nemesis> pool = List.of(Nemeses.cutOffNew(RaftRole.LEADER), Nemeses.isolateNew(RaftRole.LEADER),
                Nemeses.strikeAtNew(RaftRole.LEADER), Nemeses.powerOffAtNew(RaftRole.LEADER, RaftRole.FOLLOWER));
        NemesisRunner<RaftMessage> swarm = NemesisRunner.swarm(cluster.network(), pool);
        swarm.run(600);
        System.out.println("left out: " + swarm.swarmedOff() + ", armed: " + swarm.stats());
        // DOCS:end

        assertThat(swarm.stats().size() + swarm.swarmedOff().size()).isEqualTo(pool.size());
        assertThat(RaftNemesisSweep.swarmSweep(1, SEEDS, EnumSet.of(RaftBug.FIGURE_8_COMMIT), pool).failedSeeds()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(RaftNemesisSweep.swarmSweep(1, SEEDS, Set.of(), pool).reports()).isEmpty();
    }
}
