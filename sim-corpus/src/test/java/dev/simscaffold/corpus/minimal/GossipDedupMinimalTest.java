package dev.simscaffold.corpus.minimal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.corpus.RunVerdict;
import dev.simscaffold.corpus.gossip.GossipBug;
import dev.simscaffold.corpus.gossip.GossipCluster;
import dev.simscaffold.corpus.gossip.GossipScenario;
import dev.simscaffold.corpus.gossip.GossipScenario.Write;
import dev.simscaffold.corpus.gossip.VersionsNeverGoBackwards;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A hand-minimal case of {@link GossipBug#NOT_EQUAL_DEDUP}, in the unit of
 * {@link dev.simscaffold.core.check.ActionCount}: two client writes of one key at two nodes and no injected
 * fault. Node 0 writes {@code k0} (version 1) and floods it; 25 ticks later node 1 writes {@code k0} again
 * (version 2); a node that still holds the older entry pushes it, and a receiver that takes any version that
 * differs rolls {@code k0} back: {@value VersionsNeverGoBackwards#NAME} breaks. It is 1-minimal: it breaks on
 * some network streams, a single write keeps it on every stream (there is nothing older to go back to), and the
 * correct store (the newer entry wins) keeps it on the streams where the buggy one breaks it.
 *
 * <p>The bug is judged by its invariant alone, not by the convergence check that follows the workload: on a
 * property's stream the peers each push goes to are draws the shrinker lowers, and "every push goes to node 0"
 * starves the other nodes of any write they missed, which fails convergence for the correct store too.
 */
class GossipDedupMinimalTest {

    static final int HAND_MINIMAL = 2;
    static final NetworkFaults FAULTS = FaultConfig.hostile().network();
    private static final List<Write> CASE = List.of(new Write(0, "k0", "v0"), new Write(1, "k0", "v1"));
    private static final Set<GossipBug> BUG = EnumSet.of(GossipBug.NOT_EQUAL_DEDUP);
    private static final int STREAMS = 40;

    private static boolean fails(List<Write> writes, long stream, Set<GossipBug> bugs) {
        return rollsBack(GossipCluster.run(new GossipScenario(writes, SimRandom.seeded(stream)), bugs, FAULTS));
    }

    /** Whether a run broke {@value VersionsNeverGoBackwards#NAME}, the invariant the bug breaks. */
    static boolean rollsBack(RunVerdict verdict) {
        return verdict.failed().filter(VersionsNeverGoBackwards.NAME::equals).isPresent();
    }

    @Test
    void twoWritesOfOneKeyFailTheBuggyStoreAndRemovingEitherPasses() {
        List<Long> failing = new ArrayList<>();
        for (long stream = 1; stream <= STREAMS; stream++) {
            if (fails(CASE, stream, BUG)) {
                failing.add(stream);
            }
        }

        assertThat(failing).as("streams on which an older push reaches a node holding the newer write").isNotEmpty();
        assertThat(CASE).hasSize(HAND_MINIMAL);
        for (long stream = 1; stream <= STREAMS; stream++) {
            for (int removed = 0; removed < CASE.size(); removed++) {
                List<Write> fewer = new ArrayList<>(CASE);
                fewer.remove(removed);
                assertThat(fails(fewer, stream, BUG)).as("without write " + removed + ", stream " + stream).isFalse();
            }
        }
        for (long stream : failing) {
            assertThat(fails(CASE, stream, Set.of())).as("the correct store, stream " + stream).isFalse();
        }
    }
}
