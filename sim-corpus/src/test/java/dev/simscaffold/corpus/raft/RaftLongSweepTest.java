package dev.simscaffold.corpus.raft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The correct Raft over as many seeds as asked, from {@code corpus.raft.firstSeed} (default 1), with the faults
 * of {@link RaftCorrectVersionTest}, printing the time and what struck: for sweeps beyond the unit-test phase's
 * 2,000 seeds. Run it with {@code ./mvnw -pl sim-core,sim-corpus -am test -Dtest=RaftLongSweepTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dcorpus.raft.seeds=20000}.
 */
class RaftLongSweepTest {

    @Test
    @EnabledIfSystemProperty(named = "corpus.raft.seeds", matches = "[0-9]+")
    void holdsEveryInvariantAndStaysLinearizableOverTheRequestedSeeds() {
        int seeds = Integer.getInteger("corpus.raft.seeds");
        long firstSeed = Long.getLong("corpus.raft.firstSeed", 1);
        RaftSweep.Totals totals = RaftSweep.run(firstSeed, seeds);

        System.out.printf("corpus Raft, correct version: %d seeds from %d in %.1f s, %d events, %d crashes, %d partitions, %d pauses,"
                        + " %d ok and %d indeterminate operations, runs reaching each situation %s, %d failures%n",
                seeds, firstSeed, totals.nanos() / 1e9, totals.events(), totals.crashes(), totals.partitions(), totals.pauses(),
                totals.okOperations(), totals.indeterminateOperations(), totals.runsReaching(), totals.failures().size());
        assertThat(totals.failures()).isEmpty();
    }
}
