package dev.simscaffold.core.storage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.fault.StorageFaults;
import dev.simscaffold.core.trace.Trace;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The README's file-system example, compiled and run: a safe replace survives a power loss right after it. */
class FileSystemReadmeTest {

    @Test
    void aSafeReplaceSurvivesAPowerLoss() throws IOException {
        byte[] bytes = "checkpoint 7".getBytes(UTF_8);
        long seed = 42;
        // DOCS:begin docs/guide/03-crashes-and-disks.md
        SimMachine machine = new SimMachine(new SimContext(seed), Trace.full(), SimMachine.Crashes.none());
        FileSystem files = machine.fileSystem("disk", StorageFaults.none());
        files.create("checkpoint.tmp");
        files.write("checkpoint.tmp", 0, bytes);
        files.fsync("checkpoint.tmp");                 // the data first,
        files.rename("checkpoint.tmp", "checkpoint");  // then the name over the old one,
        files.fsyncDirectory();                        // then the rename itself
        machine.crash(CrashKind.POWER_LOSS);
        assertThat(files.readAll("checkpoint")).isEqualTo(bytes);
        // DOCS:end
    }
}
