package dev.simscaffold.core.storage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The crash-free contract of {@link StorageIo}, as a node's storage code sees it: an operation id now, its
 * completion later, in submission order. {@link SimStorageIoContractTest} runs it on a {@link SimDisk} and
 * {@link NioStorageIoContractTest} on a real file, so a node written against the simulated disk runs on a
 * real one unchanged.
 */
abstract class StorageIoContract {

    /** A fresh, empty disk. */
    abstract StorageIo io() throws Exception;

    /** The next completion the driver would deliver, once every submitted operation has completed. */
    abstract Optional<Completion> poll();

    private List<Completion> drain() {
        List<Completion> all = new ArrayList<>();
        for (Optional<Completion> next = poll(); next.isPresent(); next = poll()) {
            all.add(next.get());
        }
        return all;
    }

    @Test
    void aWriteThenAReadCompleteInOrderWithTheirIds() throws Exception {
        StorageIo io = io();
        long write = io.write(0, "hello".getBytes(UTF_8));
        long sync = io.fsync();
        long read = io.read(0, 5);

        assertThat(List.of(write, sync, read)).as("ids increase in submission order").isSorted().doesNotHaveDuplicates();
        assertThat(drain()).containsExactly(new Completion.Written(write, 0, 5), new Completion.Synced(sync),
                new Completion.Read(read, 0, "hello".getBytes(UTF_8)));
    }

    @Test
    void aReadPastTheEndReadsZerosAndSizeIsHowFarWritesReach() throws Exception {
        StorageIo io = io();
        io.write(3, "ab".getBytes(UTF_8));
        long read = io.read(0, 8);

        assertThat(drain()).last().isEqualTo(new Completion.Read(read, 0, "\0\0\0ab\0\0\0".getBytes(UTF_8)));
        assertThat(io.size()).isEqualTo(5);
    }

    @Test
    void aNegativeOffsetIsRefusedNamingIt() throws Exception {
        StorageIo io = io();
        assertThatThrownBy(() -> io.write(-1, new byte[1])).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
        assertThatThrownBy(() -> io.read(-2, 1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-2");
    }
}
