package dev.simscaffold.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.random.SimRandom;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A hand-minimal case of the coordinator that decides commit on its timeout, in the unit of
 * {@link dev.simscaffold.core.check.ActionCount}: one transaction. A participant votes no and aborts; its vote
 * is lost or held back past the coordinator's timeout (a network decision: the unit does not count it, see
 * {@link TwoPhaseCommitShrinkMeasureTest}); the coordinator decides commit and the other participant commits.
 * It is 1-minimal: one transaction fails on some streams, none fails on no stream, and the correct coordinator
 * (abort on its timeout) passes the streams where the buggy one fails.
 */
class TwoPhaseCommitMinimalTest {

    static final int HAND_MINIMAL = 1;
    private static final int STREAMS = 2_000;

    private static boolean fails(int transactions, long stream, boolean buggy) {
        try {
            TwoPhaseCommit.run(transactions, SimRandom.seeded(stream), buggy);
            return false;
        } catch (InvariantViolationError violation) {
            assertThat(violation.invariant()).isEqualTo(TwoPhaseCommit.ATOMIC_COMMIT);
            return true;
        }
    }

    @Test
    void oneTransactionFailsTheBuggyCoordinatorAndNoneFailsWithoutIt() {
        List<Long> failing = new ArrayList<>();
        for (long stream = 1; stream <= STREAMS; stream++) {
            if (fails(HAND_MINIMAL, stream, true)) {
                failing.add(stream);
            }
            assertThat(fails(HAND_MINIMAL - 1, stream, true)).as("no transaction, stream " + stream).isFalse();
        }

        assertThat(failing).as("streams on which a no vote is lost or late").isNotEmpty();
        for (long stream : failing) {
            assertThat(fails(HAND_MINIMAL, stream, false)).as("the correct coordinator, stream " + stream).isFalse();
        }
    }
}
