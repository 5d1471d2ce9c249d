package dev.simscaffold.corpus.raft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.random.SimRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The corpus timing is the standard one unless a setup narrows it, and bad timings are refused naming the value.
 * That default runs are unchanged by the timing being configurable is shown by the pinned runs ({@link Figure8CommitTest},
 * the golden fingerprints).
 */
class RaftTimeoutsTest {

    @Test
    void theStandardTimingIsTheCorpusConstants() {
        assertThat(RaftTimeouts.standard()).isEqualTo(new RaftTimeouts(10, 40, 80));
        assertThat(RaftTimeouts.narrow(4, 5, 2)).isEqualTo(new RaftTimeouts(4, 5, 6));
        assertThat(RaftTimeouts.shortOrLong(4, 5, 8)).isEqualTo(new RaftTimeouts(4, 5, 8, 3));
    }

    @Test
    void aStepOfOneDrawsAsTheCorpusAlwaysDidAndALongerStepDrawsOnlyItsValues() {
        SimRandom steps = SimRandom.seeded(7);
        SimRandom between = SimRandom.seeded(7);
        for (int i = 0; i < 200; i++) {
            assertThat(RaftTimeouts.standard().drawElectionTimeout(steps)).isEqualTo(between.between(40, 80));
        }
        TreeSet<Long> drawn = new TreeSet<>();
        SimRandom random = SimRandom.seeded(7);
        for (int i = 0; i < 200; i++) {
            drawn.add(RaftTimeouts.shortOrLong(4, 5, 8).drawElectionTimeout(random));
        }
        assertThat(drawn).containsExactly(5L, 8L);
    }

    @Test
    void badTimingsAreRefusedNamingTheValue() {
        assertThatThrownBy(() -> new RaftTimeouts(0, 5, 6)).hasMessageContaining("heartbeatTicks must be >= 1, got 0");
        assertThatThrownBy(() -> new RaftTimeouts(5, 5, 6)).hasMessageContaining("minElectionTicks must be > heartbeatTicks (5), got 5");
        assertThatThrownBy(() -> new RaftTimeouts(4, 6, 5)).hasMessageContaining("maxElectionTicks must be >= minElectionTicks (6), got 5");
        assertThatThrownBy(() -> RaftTimeouts.narrow(4, 5, 0)).hasMessageContaining("values must be >= 1, got 0");
        assertThatThrownBy(() -> new RaftTimeouts(4, 5, 8, 2)).hasMessageContaining("electionStepTicks must be >= 1 and divide"
                + " maxElectionTicks - minElectionTicks (3), got 2");
        assertThatThrownBy(() -> RaftTimeouts.shortOrLong(4, 5, 5)).hasMessageContaining("longElectionTicks must be > shortElectionTicks (5), got 5");
    }
}
