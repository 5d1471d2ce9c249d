package dev.simscaffold.corpus.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.fault.StorageFaults;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.storage.SimFileSystem;
import dev.simscaffold.core.storage.SimMachine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The latency tail: most operations take the drawn [min, max] latency, a few stall far longer. A writer that
 * holds a lease and checks it only before a write, trusting the usual latency to finish in the margin,
 * acknowledges a write that completed after the lease expired; checking again when the write returns does not.
 */
class SlowOperationTest {

    private static final long LEASE_ENDS = 100;
    private static final long MARGIN = 5;
    private static final StorageFaults FAST = StorageFaults.builder().minLatencyTicks(0).maxLatencyTicks(2).build();
    private static final StorageFaults TAIL = FAST.toBuilder().slowOperationRate(0.02).slowOperationTicks(50).build();

    /** Appends records while its lease lasts and acknowledges each one it believes landed under the lease. */
    private record LeasedWriter(boolean recheckAfterWrite) implements StorageRuns.Program {

        @Override
        public Optional<String> run(SimMachine machine, SimFileSystem files) throws IOException {
            SimRandom thinking = machine.context().fork("thinking");
            files.install("log", new byte[0]);
            for (int record = 0; machine.context().now().ticks() < LEASE_ENDS - MARGIN; record++) {
                files.append("log", ("record " + record + "\n").getBytes(StandardCharsets.UTF_8));
                long completed = machine.context().now().ticks();
                if (recheckAfterWrite && completed >= LEASE_ENDS) {
                    return Optional.empty();
                }
                if (completed >= LEASE_ENDS) {
                    return Optional.of("record " + record + " was acknowledged at t=" + completed + ", after the lease ended at t=" + LEASE_ENDS);
                }
                machine.context().advance(thinking.between(0, 3));
            }
            return Optional.empty();
        }
    }

    @Test
    void aWriterThatChecksItsLeaseOnlyBeforeAWriteAcknowledgesALateOneUnderTheLatencyTail() {
        assertThat(StorageRuns.violations(new LeasedWriter(false), SimMachine.Crashes.none(), 512, TAIL))
                .as("the planted bug, slow operations on").isNotEmpty();
    }

    @Test
    void withoutSlowOperationsTheMarginHoldsAndTheSameBugPasses() {
        assertThat(StorageRuns.violations(new LeasedWriter(false), SimMachine.Crashes.none(), 512, FAST))
                .as("the planted bug, slow operations off").isEmpty();
    }

    @Test
    void checkingTheLeaseAgainWhenTheWriteReturnsNeverAcknowledgesALateWrite() {
        assertThat(StorageRuns.violations(new LeasedWriter(true), SimMachine.Crashes.none(), 512, TAIL))
                .as("the fixed writer, slow operations on").isEmpty();
    }
}
