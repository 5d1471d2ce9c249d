package dev.simscaffold.core.storage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The crash-free contract of {@link FileSystem}: what every implementation does while the machine stays up.
 * {@link SimFileSystemContractTest} runs it on the simulated file system and {@link NioFileSystemContractTest}
 * on a real temporary directory, so production storage code that passes its own tests on one behaves the same
 * on the other. The crash contract is the simulated one's alone ({@link SimFileSystemCrashTest}).
 */
abstract class FileSystemContract {

    /**
     * A fresh, empty file system.
     *
     * @return it
     */
    abstract FileSystem fileSystem() throws Exception;

    private static byte[] bytes(String text) {
        return text.getBytes(UTF_8);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, UTF_8);
    }

    @Test
    void aCreatedFileIsEmptyListedAndCreatingItAgainKeepsItsContents() throws Exception {
        FileSystem fs = fileSystem();
        assertThat(fs.exists("a")).isFalse();
        fs.create("a");
        assertThat(fs.exists("a")).isTrue();
        assertThat(fs.size("a")).isZero();
        fs.append("a", bytes("kept"));
        fs.create("a");
        assertThat(text(fs.readAll("a"))).isEqualTo("kept");
        fs.create("b");
        assertThat(fs.list()).containsExactly("a", "b");
    }

    @Test
    void positionalWritesOverwriteExtendAndLeaveZerosInAGap() throws Exception {
        FileSystem fs = fileSystem();
        fs.create("f");
        fs.write("f", 0, bytes("hello"));
        fs.write("f", 1, bytes("EL"));
        fs.write("f", 7, bytes("!"));
        assertThat(fs.size("f")).isEqualTo(8);
        assertThat(fs.readAll("f")).isEqualTo(bytes("hELlo\0\0!"));
    }

    @Test
    void appendReturnsTheOffsetItWroteAt() throws Exception {
        FileSystem fs = fileSystem();
        fs.create("log");
        assertThat(fs.append("log", bytes("one,"))).isZero();
        assertThat(fs.append("log", bytes("two"))).isEqualTo(4);
        assertThat(text(fs.readAll("log"))).isEqualTo("one,two");
    }

    @Test
    void aReadStopsAtTheEndOfTheFileAndReadsNothingPastIt() throws Exception {
        FileSystem fs = fileSystem();
        fs.create("f");
        fs.append("f", bytes("abcdef"));
        assertThat(text(fs.read("f", 2, 3))).isEqualTo("cde");
        assertThat(text(fs.read("f", 4, 100))).isEqualTo("ef");
        assertThat(fs.read("f", 10, 4)).isEmpty();
    }

    @Test
    void truncateCutsTheFileAndAWritePastTheCutReadsZerosInBetween() throws Exception {
        FileSystem fs = fileSystem();
        fs.create("f");
        fs.append("f", bytes("abcdef"));
        fs.truncate("f", 2);
        assertThat(text(fs.readAll("f"))).isEqualTo("ab");
        fs.write("f", 4, bytes("Z"));
        assertThat(fs.readAll("f")).isEqualTo(bytes("ab\0\0Z"));
        assertThatThrownBy(() -> fs.truncate("f", 6)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("6");
        assertThatThrownBy(() -> fs.truncate("f", -1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    }

    @Test
    void renameReplacesTheTargetAndRemovesTheSource() throws Exception {
        FileSystem fs = fileSystem();
        fs.create("checkpoint");
        fs.append("checkpoint", bytes("old"));
        fs.create("checkpoint.tmp");
        fs.append("checkpoint.tmp", bytes("new"));
        fs.fsync("checkpoint.tmp");
        fs.rename("checkpoint.tmp", "checkpoint");
        fs.fsyncDirectory();
        assertThat(fs.list()).containsExactly("checkpoint");
        assertThat(text(fs.readAll("checkpoint"))).isEqualTo("new");
        fs.rename("checkpoint", "checkpoint");
        assertThat(text(fs.readAll("checkpoint"))).as("a rename to its own name does nothing").isEqualTo("new");
    }

    @Test
    void deleteRemovesTheFile() throws Exception {
        FileSystem fs = fileSystem();
        fs.create("a");
        fs.create("b");
        fs.delete("a");
        fs.fsyncDirectory();
        assertThat(fs.list()).containsExactly("b");
        assertThat(fs.exists("a")).isFalse();
    }

    @Test
    void syncsSucceedAndChangeNothingVisible() throws Exception {
        FileSystem fs = fileSystem();
        fs.create("f");
        fs.append("f", bytes("data"));
        fs.fsync("f");
        fs.fsyncDirectory();
        assertThat(text(fs.readAll("f"))).isEqualTo("data");
    }

    @Test
    void aMissingFileIsNoSuchFileForEveryOperationThatNeedsOne() throws Exception {
        FileSystem fs = fileSystem();
        for (ThrowingOperation operation : List.<ThrowingOperation>of(
                () -> fs.size("missing"), () -> fs.read("missing", 0, 1), () -> fs.write("missing", 0, bytes("x")),
                () -> fs.append("missing", bytes("x")), () -> fs.truncate("missing", 0), () -> fs.fsync("missing"),
                () -> fs.rename("missing", "other"), () -> fs.delete("missing"))) {
            assertThatThrownBy(operation::run).isInstanceOf(NoSuchFileException.class).hasMessageContaining("missing");
        }
        assertThat(fs.list()).isEmpty();
    }

    @Test
    void aNameThatEscapesTheDirectoryIsRefusedNamingIt() throws Exception {
        FileSystem fs = fileSystem();
        fs.create("ok");
        for (String bad : List.of("../escape", "a/b", "..", ".", "", "a\\b")) {
            assertThatThrownBy(() -> fs.create(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'" + bad + "'").hasMessageContaining("escapes");
            assertThatThrownBy(() -> fs.rename("ok", bad)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'" + bad + "'");
        }
        assertThatThrownBy(() -> fs.create(null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("null");
        assertThat(fs.list()).containsExactly("ok");
    }

    @Test
    void aNegativeOffsetOrLengthIsRefusedNamingIt() throws Exception {
        FileSystem fs = fileSystem();
        fs.create("f");
        assertThatThrownBy(() -> fs.read("f", -3, 1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-3");
        assertThatThrownBy(() -> fs.read("f", 0, -4)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-4");
        assertThatThrownBy(() -> fs.write("f", -5, bytes("x"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-5");
    }

    /** A file-system call, for tables of them. */
    @FunctionalInterface
    interface ThrowingOperation {
        void run() throws Exception;
    }
}
