package dev.simscaffold.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.fault.StorageFaults;
import dev.simscaffold.core.trace.MermaidDiagram;
import org.junit.jupiter.api.Test;

/** Disk operations and faults appear in a Mermaid sequence diagram as notes on the disk's node. */
class StorageMermaidTest {

    @Test
    void diskEventsAreNotesOnTheNode() {
        DiskClock d = new DiskClock(StorageFaults.builder().tornWriteRate(1.0).build(), 1);
        d.write(0, "synced");
        d.fsync();
        d.write(8, "unsynced-and-torn");
        d.disk.crash(d.now, CrashKind.POWER_LOSS);

        String diagram = MermaidDiagram.render(d.trace.events());

        assertThat(diagram).contains("participant p0 as n1")
                .contains("Note over p0: t=0 DISK_WRITE op 0#58; 6 bytes at 0")
                .contains("Note over p0: t=0 DISK_FSYNC op 1#58; made 1 writes durable")
                .contains("Note over p0: t=0 POWER_LOSS")
                .contains("Note over p0: t=0 DISK_TORN_WRITE");
    }
}
