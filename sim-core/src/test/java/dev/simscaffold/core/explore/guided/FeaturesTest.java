package dev.simscaffold.core.explore.guided;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.RoleReporting;
import dev.simscaffold.core.net.SansIoNode;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.net.Transmit;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.time.LogicalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What a guided search compares tries by: a run's coverage as features ({@code sometimes} reached, the fault kinds
 * fired together; with counts, how often each in powers of two), and the role changes of nodes that report a role, with how many into each role in powers of two.
 */
class FeaturesTest {

    enum Role { FOLLOWER, LEADER }

    /** Flips between follower and leader at each of its three timers. */
    static final class Flipper implements SansIoNode<String>, RoleReporting<Role> {
        private int flips;

        @Override
        public Role role() {
            return flips % 2 == 0 ? Role.FOLLOWER : Role.LEADER;
        }

        @Override
        public void handleInput(NodeId from, String message, LogicalTime now) {
        }

        @Override
        public void handleTimeout(LogicalTime now) {
            flips++;
        }

        @Override
        public Optional<Transmit<String>> pollTransmit() {
            return Optional.empty();
        }

        @Override
        public Optional<LogicalTime> pollTimeout() {
            return flips < 3 ? Optional.of(LogicalTime.of(10L * (flips + 1))) : Optional.empty();
        }
    }

    @Test
    void roleChangesAreFeaturesByKindAndByCount() {
        RoleChanges<Role> changes = RoleChanges.of(Role.class);
        SimNetwork<String> network = SimNetwork.<String>nodes(1, (id, random, now) -> new Flipper()).seed(1).expect(changes.watch()).build();
        network.run(50);

        assertThat(changes.features()).containsExactly("role changes to FOLLOWER x1", "role changes to LEADER x2", "role: FOLLOWER>LEADER",
                "role: LEADER>FOLLOWER");
    }

    @Test
    void coverageGivesTheSituationsReachedAndTheFaultKindsFiredTogether() {
        SimNetwork<Long> network = null;
        long duplicates = 0;
        for (long seed = 1; duplicates == 0; seed++) {
            network = DuplicateCounter.network(SimRandom.seeded(seed));
            network.run(2L * DuplicateCounter.MESSAGES + 10);
            duplicates = network.coverage().faults().values().stream().mapToLong(Long::longValue).sum();
        }
        long heldAfter = network.coverage().sometimes().get("one duplicate");

        assertThat(Features.of(network.coverage())).contains("sometimes: one duplicate", "faults: DUPLICATE")
                .doesNotContain("sometimes: three duplicates").noneMatch(feature -> feature.contains(" x"));
        assertThat(Features.withCounts(network.coverage())).containsAll(Features.of(network.coverage()))
                .contains("sometimes: one duplicate x" + Features.bucket(heldAfter), "fault: DUPLICATE x" + Features.bucket(duplicates));
        assertThat(List.of(Features.bucket(1), Features.bucket(3), Features.bucket(4), Features.bucket(1000))).containsExactly(1L, 2L, 4L, 512L);
        assertThatThrownBy(() -> Features.bucket(0)).hasMessage("count must be >= 1 to have a bucket, got 0");
    }
}
