package dev.simscaffold.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.net.DiskNodeFactory;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.StorageNode;
import dev.simscaffold.core.net.Transmit;
import dev.simscaffold.core.storage.Completion;
import dev.simscaffold.core.storage.DiskContents;
import dev.simscaffold.core.storage.StorageIo;
import dev.simscaffold.core.time.LogicalTime;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk node on the runtime: it writes and fsyncs through the {@code NioStorageIo} the runtime opened on a
 * real file, gets its completions through {@code handleCompletion}, and after a crash recovers from the file.
 */
class DiskNodeTest {

    /**
     * Keeps one number in the first 8 bytes of its disk; acknowledges it once the fsync completed. A negative
     * number in a message makes it throw, for {@link NodeFailureTest}.
     */
    static final class Register implements StorageNode<Long> {
        private final StorageIo disk;
        private long value;
        private long synced;
        final List<String> completions = new ArrayList<>();

        Register(StorageIo disk, DiskContents recovered) {
            this.disk = disk;
            this.value = recovered.size() >= Long.BYTES ? ByteBuffer.wrap(recovered.read(0, Long.BYTES)).getLong() : 0;
            this.synced = value;
        }

        void set(long next) {
            value = next;
            disk.write(0, ByteBuffer.allocate(Long.BYTES).putLong(next).array());
            disk.fsync();
        }

        @Override
        public void handleCompletion(Completion completion, LogicalTime now) {
            completions.add(completion.getClass().getSimpleName());
            if (completion instanceof Completion.Synced) {
                synced = value;
            }
        }

        @Override
        public void handleInput(NodeId from, Long message, LogicalTime now) {
            if (message < 0) {
                throw new IllegalArgumentException("a register holds no negative value, got " + message);
            }
            set(message);
        }

        @Override
        public void handleTimeout(LogicalTime now) {
        }

        @Override
        public Optional<Transmit<Long>> pollTransmit() {
            return Optional.empty();
        }

        @Override
        public Optional<LogicalTime> pollTimeout() {
            return Optional.empty();
        }
    }

    static final MessageCodec<Long> LONGS = new MessageCodec<>() {
        @Override
        public byte[] encode(Long message) {
            return ByteBuffer.allocate(Long.BYTES).putLong(message).array();
        }

        @Override
        public Long decode(byte[] bytes) {
            if (bytes.length != Long.BYTES) {
                throw new IllegalArgumentException("a Long is 8 bytes, got " + bytes.length);
            }
            return ByteBuffer.wrap(bytes).getLong();
        }
    };

    @Test
    void aDiskNodeWritesThroughNioStorageIoAndRecoversFromItsFileAfterACrash(@TempDir Path directory) throws Exception {
        DiskNodeFactory<Register> factory = (id, random, now, disk, recovered) -> new Register(disk, recovered);
        NodeRuntime<Long> runtime = NodeRuntime.builder(LONGS).node(NodeId.of(0), Loopback.HOST, 0)
                .startOnDisk(factory, directory);
        try (runtime) {
            runtime.invoke(NodeId.of(0), Register.class, register -> register.set(42));
            List<String> seen = runtime.query(view -> List.copyOf(view.node(NodeId.of(0), Register.class).orElseThrow().completions));
            assertThat(seen).containsExactly("Written", "Synced");
            long synced = runtime.query(view -> view.node(NodeId.of(0), Register.class).orElseThrow().synced);
            assertThat(synced).isEqualTo(42L);

            runtime.crash(NodeId.of(0));
            assertThat(Files.readAllBytes(directory.resolve("node-0.disk"))).hasSize(Long.BYTES);
            runtime.restart(NodeId.of(0));
            long recovered = runtime.query(view -> view.node(NodeId.of(0), Register.class).orElseThrow().value);
            assertThat(recovered).as("recovered from the file").isEqualTo(42L);
        }
        Loopback.assertReleased(runtime, List.of(runtime.address(NodeId.of(0))));
    }
}
