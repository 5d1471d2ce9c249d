package dev.simscaffold.corpus.raft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The bar for the correct Raft, 2,000 seeds of {@link RaftSetup#realisticFaults()}, kept out of the
 * unit-test phase because it takes about a minute on two shared cores. Run it with
 * {@code ./mvnw -pl sim-core,sim-corpus -am test -Dtest=RaftLongSweepTest -Dsurefire.failIfNoSpecifiedTests=false -Dcorpus.raft.seeds=2000}.
 */
class RaftLongSweepTest {

    @Test
    @EnabledIfSystemProperty(named = "corpus.raft.seeds", matches = "[0-9]+")
    void holdsEveryInvariantAndStaysLinearizableOverTheRequestedSeeds() {
        int seeds = Integer.getInteger("corpus.raft.seeds");
        RaftSweep.Totals totals = RaftSweep.run(1, seeds);

        System.out.printf("corpus Raft, correct version: %d seeds in %.1f s, %d events, %d crashes, %d partitions, %d pauses,"
                        + " %d ok and %d indeterminate operations, %d failures%n",
                seeds, totals.nanos() / 1e9, totals.events(), totals.crashes(), totals.partitions(), totals.pauses(),
                totals.okOperations(), totals.indeterminateOperations(), totals.failures().size());
        assertThat(totals.failures()).isEmpty();
    }
}
