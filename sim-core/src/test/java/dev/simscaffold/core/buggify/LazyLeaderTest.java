package dev.simscaffold.core.buggify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.SimContext;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's buggify site in node code: a leader that sometimes leaves replication to its next heartbeat. */
class LazyLeaderTest {

    record Command(String text) {
    }

    enum Role { LEADER, FOLLOWER }

    /** A toy leader: only what the README's snippet needs. */
    static final class LazyLeader {
        private final Buggify buggify;
        private final List<Command> log = new ArrayList<>();
        private final Role role = Role.LEADER;
        private int replications;

        LazyLeader(Buggify buggify) {
            this.buggify = buggify;
        }

        // DOCS:begin docs/guide/02-network-faults-nemeses.md
        public boolean propose(Command command) {
            if (role != Role.LEADER) {
                return false;
            }
            log.add(command);
            if (!buggify.fires("raft.lazy-replication")) {       // legal either way: the next heartbeat sends it
                replicateToEveryPeer();
            }
            return true;
        }
        // DOCS:end

        private void replicateToEveryPeer() {
            replications++;
        }
    }

    @Test
    void inProductionTheSiteNeverFiresAndInSimulationItFiresWhenEnabled() {
        LazyLeader production = new LazyLeader(Buggify.disabled());
        LazyLeader simulated = new LazyLeader(Buggify.simulated(1.0, 1.0).attach(new SimContext(1)));
        for (int i = 0; i < 10; i++) {
            production.propose(new Command("w" + i));
            simulated.propose(new Command("w" + i));
        }

        assertThat(production.replications).isEqualTo(10);
        assertThat(simulated.replications).isZero();
        assertThat(simulated.buggify.report().fired()).containsExactly("raft.lazy-replication");
    }
}
