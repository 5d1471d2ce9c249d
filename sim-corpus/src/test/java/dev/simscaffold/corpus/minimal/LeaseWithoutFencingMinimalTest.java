package dev.simscaffold.corpus.minimal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.corpus.lease.LeaseBug;
import dev.simscaffold.corpus.lease.LeaseCluster;
import dev.simscaffold.corpus.lease.LeaseScenario;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A hand-minimal case of {@link LeaseBug#NO_FENCING}, in the unit of {@link dev.simscaffold.core.check.ActionCount}:
 * two client operations (lease cycles) and one message fault, three units. Client 0 acquires the lease, works
 * and writes before its lease runs out by its own clock; the network holds that write back with a heavy-tail
 * delay (a message delay the run chose, which the unit counts as an injected action since message faults are
 * {@code fault.message.*} spans) until the lease has run out, client 1 has acquired it and written, and then
 * delivers it: the storage without fencing accepts the older token after the newer. It is 1-minimal: it fails on
 * some network streams, a single cycle passes on every stream (one write cannot be out of order), without
 * heavy-tail delays no stream fails (an ordinary delay of at most 5 ticks cannot outlast the lease), and the
 * fencing storage passes it on the streams where the unfenced one fails.
 */
class LeaseWithoutFencingMinimalTest {

    static final int HAND_MINIMAL = 3;
    static final NetworkFaults FAULTS = FaultConfig.mild().network();
    static final long TICKS = 500;
    private static final List<Integer> CASE = List.of(0, 1);
    private static final Set<LeaseBug> BUG = EnumSet.of(LeaseBug.NO_FENCING);
    private static final int STREAMS = 2_000;

    private static boolean fails(List<Integer> cycles, long stream, Set<LeaseBug> bugs) {
        return !LeaseCluster.run(new LeaseScenario(cycles, SimRandom.seeded(stream)), bugs, FAULTS, TICKS).passed();
    }

    @Test
    void twoCyclesFailTheUnfencedStorageAndRemovingEitherPasses() {
        List<Long> failing = new ArrayList<>();
        for (long stream = 1; stream <= STREAMS; stream++) {
            if (fails(CASE, stream, BUG)) {
                failing.add(stream);
            }
        }

        assertThat(failing).as("streams on which the network holds the first write back past the second").isNotEmpty();
        assertThat(CASE).hasSize(HAND_MINIMAL - 1);
        for (long stream = 1; stream <= STREAMS; stream++) {
            for (int removed = 0; removed < CASE.size(); removed++) {
                List<Integer> fewer = new ArrayList<>(CASE);
                fewer.remove(removed);
                assertThat(fails(fewer, stream, BUG)).as("without cycle " + removed + ", stream " + stream).isFalse();
            }
        }
        for (long stream : failing) {
            assertThat(fails(CASE, stream, Set.of())).as("the fencing storage, stream " + stream).isFalse();
        }
        NetworkFaults withoutTailDelays = NetworkFaults.builder().lossRate(FAULTS.lossRate()).duplicateRate(FAULTS.duplicateRate())
                .minDelayTicks(FAULTS.minDelayTicks()).maxDelayTicks(FAULTS.maxDelayTicks()).build();
        for (long stream = 1; stream <= STREAMS; stream++) {
            boolean failsWithoutTail = !LeaseCluster.run(new LeaseScenario(CASE, SimRandom.seeded(stream)), BUG, withoutTailDelays, TICKS).passed();
            assertThat(failsWithoutTail).as("without heavy-tail delays, stream " + stream).isFalse();
        }
    }
}
