package dev.simscaffold.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.QuietNode;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.net.StorageNode;
import dev.simscaffold.core.time.LogicalTime;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A disk node recovers synchronously, in its constructor, from the disk as the crash left it: a process
 * crash keeps what reached the page cache, a power loss only what was fsynced.
 */
class DiskRecoveryTest {

    private static final NodeId NODE = NodeId.of(0);

    /** Appends text to its disk when asked; remembers what it found there when it started. */
    private static final class Appender extends QuietNode<String> implements StorageNode<String> {
        final String recovered;
        private final StorageIo disk;
        private long end;

        Appender(StorageIo disk, DiskContents recovered) {
            this.disk = disk;
            this.recovered = new String(recovered.bytes(), StandardCharsets.UTF_8);
            this.end = recovered.size();
        }

        void append(String text, boolean sync) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            disk.write(end, bytes);
            end += bytes.length;
            if (sync) {
                disk.fsync();
            }
        }

        @Override
        public void handleCompletion(Completion completion, LogicalTime now) {
        }
    }

    private static SimNetwork<String> written() {
        SimNetwork<String> net = SimNetwork.diskNodes(1, (id, random, now, disk, recovered) -> new Appender(disk, recovered))
                .seed(11).build();
        net.invoke(NODE, Appender.class, "append synced", node -> node.append("synced;", true));
        net.run(50);
        net.invoke(NODE, Appender.class, "append cached", node -> node.append("cached;", false));
        net.run(50);
        return net;
    }

    @Test
    void aFirstIncarnationFindsAnEmptyDisk() {
        SimNetwork<String> net = SimNetwork.diskNodes(1, (id, random, now, disk, recovered) -> new Appender(disk, recovered))
                .seed(11).build();

        assertThat(net.node(NODE, Appender.class).orElseThrow().recovered).isEmpty();
    }

    @Test
    void afterAProcessCrashTheNodeReadsWhatReachedThePageCache() {
        SimNetwork<String> net = written();
        net.crash(NODE);
        net.restart(NODE);

        assertThat(net.node(NODE, Appender.class).orElseThrow().recovered).isEqualTo("synced;cached;");
    }

    @Test
    void afterAPowerLossTheNodeReadsOnlyWhatWasFsynced() {
        SimNetwork<String> net = written();
        net.powerLoss(NODE);
        net.restart(NODE);

        assertThat(net.node(NODE, Appender.class).orElseThrow().recovered).isEqualTo("synced;");
    }
}
