package dev.simscaffold.corpus.raft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    }

    @Test
    void badTimingsAreRefusedNamingTheValue() {
        assertThatThrownBy(() -> new RaftTimeouts(0, 5, 6)).hasMessageContaining("heartbeatTicks must be >= 1, got 0");
        assertThatThrownBy(() -> new RaftTimeouts(5, 5, 6)).hasMessageContaining("minElectionTicks must be > heartbeatTicks (5), got 5");
        assertThatThrownBy(() -> new RaftTimeouts(4, 6, 5)).hasMessageContaining("maxElectionTicks must be >= minElectionTicks (6), got 5");
        assertThatThrownBy(() -> RaftTimeouts.narrow(4, 5, 0)).hasMessageContaining("values must be >= 1, got 0");
    }
}
