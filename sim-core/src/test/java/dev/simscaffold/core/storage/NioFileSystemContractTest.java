package dev.simscaffold.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.storage.nio.NioFileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash-free contract on a real temporary directory, plus what only a real directory can have: other
 * directories in it, which a rename must not replace and a listing does not show.
 */
class NioFileSystemContractTest extends FileSystemContract {

    @TempDir
    Path directory;

    @Override
    FileSystem fileSystem() {
        return NioFileSystem.at(directory);
    }

    @Test
    void aRenameOntoADirectoryIsRefusedNamingIt() throws Exception {
        Files.createDirectory(directory.resolve("sub"));
        FileSystem fs = fileSystem();
        fs.create("f");
        assertThatThrownBy(() -> fs.rename("f", "sub")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'sub'").hasMessageContaining("directory");
        assertThat(fs.list()).as("directories are not files").containsExactly("f");
        assertThat(fs.exists("sub")).isFalse();
    }

    @Test
    void aDirectoryThatDoesNotExistIsRefusedNamingIt() {
        Path missing = directory.resolve("nowhere");
        assertThatThrownBy(() -> NioFileSystem.at(missing)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(missing.toString());
    }

    @Test
    void whatItWritesIsTheRealFile() throws Exception {
        FileSystem fs = fileSystem();
        fs.create("real");
        fs.append("real", new byte[] {1, 2, 3});
        fs.fsync("real");
        assertThat(Files.readAllBytes(directory.resolve("real"))).containsExactly(1, 2, 3);
    }
}
