package dev.simscaffold.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.storage.nio.NioStorageIo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@link StorageIo} contract on a real file in a temporary directory. */
class NioStorageIoContractTest extends StorageIoContract {

    @TempDir
    Path directory;

    private NioStorageIo io;

    @Override
    StorageIo io() throws Exception {
        io = NioStorageIo.open(directory.resolve("disk"));
        return io;
    }

    @Override
    Optional<Completion> poll() {
        return io.pollCompletion();
    }

    @AfterEach
    void close() throws Exception {
        if (io != null) {
            io.close();
        }
    }

    @Test
    void whatItWritesIsTheRealFileAndSurvivesAReopen() throws Exception {
        StorageIo first = io();
        first.write(0, new byte[] {7, 8});
        first.fsync();
        io.close();

        NioStorageIo reopened = NioStorageIo.open(directory.resolve("disk"));
        io = reopened;
        assertThat(Files.readAllBytes(directory.resolve("disk"))).containsExactly(7, 8);
        assertThat(reopened.size()).isEqualTo(2);
    }
}
