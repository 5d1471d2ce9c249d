package dev.simscaffold.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.fault.StorageFaults;
import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.core.trace.EventKind;
import dev.simscaffold.core.trace.Trace;
import dev.simscaffold.core.trace.TraceEvent;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Keeps chapter 3's first {@code SimDisk} example compiling and true: a synced write survives a power loss. */
class SimDiskExampleTest {

    @Test
    void aSyncedWriteSurvivesAPowerLoss() {
        SimContext context = new SimContext(1);
        Trace trace = Trace.full();
        LogicalTime now = LogicalTime.ZERO;
        byte[] record = new byte[12];
        Arrays.fill(record, (byte) 7);

        // DOCS:begin docs/guide/03-crashes-and-disks.md
        SimDisk disk = new SimDisk("n1", StorageFaults.none(), context.fork("storage.n1"), trace);
        disk.write(now, 0, record);
        disk.fsync(now);
        disk.handleTimeout(now);            // latency 0: both complete now
        disk.pollCompletion();              // Written[op=0, offset=0, length=12]
        disk.pollCompletion();              // Synced[op=1]: now it is safe to acknowledge
        disk.crash(now, CrashKind.POWER_LOSS);
        // DOCS:end

        assertThat(disk.durableContents()).isEqualTo(record);
        assertThat(disk.pollCompletion()).isEmpty();
        assertThat(trace.events().stream().map(TraceEvent::kind)).contains(EventKind.DISK_WRITE, EventKind.DISK_FSYNC, EventKind.POWER_LOSS);
    }
}
