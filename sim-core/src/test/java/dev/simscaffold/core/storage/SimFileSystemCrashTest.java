package dev.simscaffold.core.storage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.fault.StorageFaults;
import dev.simscaffold.core.trace.Trace;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The crash contract of {@link FileSystem}, on the simulated file system: each rule its own test, and each test
 * that claims an outcome "can" happen shows it happening on some seed, while the outcomes the contract forbids
 * never happen on any of {@value #SEEDS} seeds.
 */
class SimFileSystemCrashTest {

    private static final int SEEDS = 200;
    private static final StorageFaults HALF_SURVIVES = StorageFaults.builder().unsyncedSurvivalRate(0.5).build();

    private static SimMachine machine(long seed) {
        return new SimMachine(new SimContext(seed), Trace.full(), SimMachine.Crashes.none());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(UTF_8);
    }

    private static String read(FileSystem fs, String file) throws IOException {
        return fs.exists(file) ? new String(fs.readAll(file), UTF_8) : "<none>";
    }

    @Test
    void aProcessCrashKeepsEveryCompletedOperationButLeavesItUnsynced() throws IOException {
        SimMachine machine = machine(1);
        SimFileSystem fs = machine.fileSystem("data", StorageFaults.none());
        fs.create("f");
        fs.append("f", bytes("cached"));

        machine.crash(CrashKind.PROCESS_CRASH);
        assertThat(read(fs, "f")).isEqualTo("cached");

        machine.crash(CrashKind.POWER_LOSS);
        assertThat(fs.exists("f")).as("the create was never made durable, so a later power loss loses it").isFalse();
    }

    @Test
    void aPowerLossKeepsExactlyWhatTheFileAndDirectorySyncsMadeDurable() throws IOException {
        SimMachine machine = machine(1);
        SimFileSystem fs = machine.fileSystem("data", StorageFaults.none());
        fs.create("synced");
        fs.append("synced", bytes("durable"));
        fs.fsync("synced");
        fs.fsyncDirectory();
        fs.append("synced", bytes("+cached"));
        fs.create("unnamed");
        fs.append("unnamed", bytes("data"));
        fs.fsync("unnamed");

        machine.crash(CrashKind.POWER_LOSS);

        assertThat(read(fs, "synced")).isEqualTo("durable");
        assertThat(fs.list()).as("fsync of a file does not make its name durable").containsExactly("synced");
    }

    @Test
    void unsyncedDirectoryOperationsPersistAsAPrefixNeverOneAloneAndNeverOutOfOrder() throws IOException {
        Set<String> outcomes = new TreeSet<>();
        for (long seed = 0; seed < SEEDS; seed++) {
            SimMachine machine = machine(seed);
            SimFileSystem fs = machine.fileSystem("data", HALF_SURVIVES);
            fs.create("a");
            fs.fsyncDirectory();
            fs.create("b");
            fs.delete("a");
            fs.create("c");

            machine.crash(CrashKind.POWER_LOSS);
            outcomes.add(String.join(",", fs.list()));
        }
        assertThat(outcomes).as("a, then +b, then -a, then +c: only prefixes of that order").containsExactlyInAnyOrder(
                "a", "a,b", "b", "b,c");
    }

    @Test
    void anUnsyncedRenameLeavesTheOldFileOrTheNewOneNeverNeither() throws IOException {
        Set<String> outcomes = new TreeSet<>();
        for (long seed = 0; seed < SEEDS; seed++) {
            SimMachine machine = machine(seed);
            SimFileSystem fs = machine.fileSystem("data", HALF_SURVIVES);
            fs.create("checkpoint");
            fs.append("checkpoint", bytes("old"));
            fs.fsync("checkpoint");
            fs.create("checkpoint.tmp");
            fs.append("checkpoint.tmp", bytes("new"));
            fs.fsync("checkpoint.tmp");
            fs.fsyncDirectory();
            fs.rename("checkpoint.tmp", "checkpoint");

            machine.crash(CrashKind.POWER_LOSS);
            outcomes.add(read(fs, "checkpoint") + " tmp=" + read(fs, "checkpoint.tmp"));
        }
        assertThat(outcomes).containsExactlyInAnyOrder("old tmp=new", "new tmp=<none>");
    }

    @Test
    void renamingBeforeTheFsyncOfTheTemporaryFileCanLeaveAnEmptyCheckpoint() throws IOException {
        SimMachine machine = machine(1);
        SimFileSystem fs = machine.fileSystem("data", StorageFaults.none());
        fs.create("checkpoint.tmp");
        fs.append("checkpoint.tmp", bytes("new"));
        fs.rename("checkpoint.tmp", "checkpoint");
        fs.fsyncDirectory();

        machine.crash(CrashKind.POWER_LOSS);

        assertThat(fs.list()).containsExactly("checkpoint");
        assertThat(read(fs, "checkpoint")).as("the name persisted, the data never did").isEmpty();
    }

    @Test
    void anyOrderedSubsetOfAFilesUnsyncedDataOperationsCanPersist() throws IOException {
        Set<String> outcomes = new TreeSet<>();
        for (long seed = 0; seed < SEEDS; seed++) {
            SimMachine machine = machine(seed);
            SimFileSystem fs = machine.fileSystem("data", HALF_SURVIVES);
            fs.create("f");
            fs.append("f", bytes("abcd"));
            fs.fsync("f");
            fs.fsyncDirectory();
            fs.truncate("f", 2);
            fs.write("f", 0, bytes("X"));

            machine.crash(CrashKind.POWER_LOSS);
            outcomes.add(read(fs, "f"));
        }
        assertThat(outcomes).as("the truncation and the write, each kept or not, applied in order")
                .containsExactlyInAnyOrder("abcd", "ab", "Xbcd", "Xb");
    }

    @Test
    void aTornWriteKeepsAPrefixOfWholeSectorsOverTheOldBytes() throws IOException {
        Set<String> outcomes = new TreeSet<>();
        StorageFaults tearing = StorageFaults.builder().tornWriteRate(1).build();
        for (long seed = 0; seed < SEEDS; seed++) {
            SimMachine machine = machine(seed);
            SimFileSystem fs = machine.fileSystem("data", 4, tearing);
            fs.create("f");
            fs.append("f", bytes("aaaabbbb"));
            fs.fsync("f");
            fs.fsyncDirectory();
            fs.write("f", 2, bytes("XXXXXXXXXX"));

            machine.crash(CrashKind.POWER_LOSS);
            outcomes.add(read(fs, "f"));
        }
        assertThat(outcomes).as("the write spans sectors 0-2 from byte 2: it keeps the bytes before sector 0, 1 or 2")
                .containsExactlyInAnyOrder("aaaabbbb", "aaXXbbbb", "aaXXXXXX");
    }

    @Test
    void aFailedFsyncDiscardsTheFilesUnsyncedOperations() throws IOException {
        SimMachine machine = machine(1);
        SimFileSystem fs = machine.fileSystem("data", StorageFaults.builder().fsyncErrorRate(1).build());
        fs.create("f");
        fs.append("f", bytes("lost"));

        assertThatThrownBy(() -> fs.fsync("f")).isInstanceOf(IOException.class).hasMessageContaining("fsync of f failed");
        assertThat(fs.size("f")).isZero();
        assertThat(machine.counts()).containsEntry("io failure.data.f.FSYNC", 1);
    }

    @Test
    void theObservationsShowTheCacheAndWhatAPowerLossWouldLeave() throws IOException {
        SimMachine machine = machine(1);
        SimFileSystem fs = machine.fileSystem("data", StorageFaults.none());
        fs.create("f");
        fs.append("f", bytes("ab"));
        fs.fsync("f");
        fs.fsyncDirectory();
        fs.append("f", bytes("cd"));

        assertThat(fs.cachedContents("f")).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(bytes("abcd")));
        assertThat(fs.durableContents("f")).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(bytes("ab")));
        assertThat(fs.durableContents("g")).isEmpty();
        assertThat(fs.durableNames()).containsExactly("f");
    }

    @Test
    void anInstalledFileIsDurableFromTheStartAndItsNameMayNotBeTakenTwice() throws IOException {
        SimMachine machine = machine(1);
        SimFileSystem fs = machine.fileSystem("data", StorageFaults.none());
        fs.install("orders", bytes("upstream"));

        machine.crash(CrashKind.POWER_LOSS);

        assertThat(machine.operations()).as("installing is no operation of the process").isZero();
        assertThat(read(fs, "orders")).isEqualTo("upstream");
        assertThatThrownBy(() -> fs.install("orders", bytes("again"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("orders");
    }

    @Test
    void theVersionMovesWithEveryChangeAndStaysForAReadOrAQuery() throws IOException {
        SimMachine machine = machine(1);
        SimFileSystem fs = machine.fileSystem("data", StorageFaults.none());
        fs.create("f");
        fs.append("f", bytes("x"));
        long before = fs.version();
        fs.readAll("f");
        fs.list();
        fs.size("f");
        assertThat(fs.version()).as("reads and queries change nothing").isEqualTo(before);

        List<Long> versions = new ArrayList<>(List.of(before));
        for (ThrowingChange change : List.<ThrowingChange>of(() -> fs.fsync("f"), () -> fs.write("f", 0, bytes("y")),
                () -> fs.truncate("f", 0), () -> fs.create("g"), () -> fs.rename("g", "h"), () -> fs.delete("h"),
                fs::fsyncDirectory, () -> fs.install("i", bytes("z")), () -> machine.crash(CrashKind.POWER_LOSS))) {
            change.run();
            versions.add(fs.version());
        }
        assertThat(versions).as("every kind of change moves it: the skip of an unchanged disk is exact").isSorted().doesNotHaveDuplicates();
    }

    /** One change to the file system, for a table of them. */
    @FunctionalInterface
    private interface ThrowingChange {
        void run() throws IOException;
    }

    @Test
    void theSameSeedGivesTheSameTrace() throws IOException {
        assertThat(faultyRun(5)).isEqualTo(faultyRun(5)).isNotEqualTo(faultyRun(6));
    }

    private static String faultyRun(long seed) throws IOException {
        SimMachine machine = machine(seed);
        SimFileSystem fs = machine.fileSystem("data", 4, StorageFaults.builder().minLatencyTicks(0).maxLatencyTicks(5)
                .unsyncedSurvivalRate(0.5).tornWriteRate(0.5).corruptionRate(0.3).build());
        for (int i = 0; i < 10; i++) {
            String file = "f" + (i % 3);
            fs.create(file);
            fs.append(file, bytes("record-" + i));
            if (i % 4 == 0) {
                fs.fsync(file);
            }
        }
        machine.crash(CrashKind.POWER_LOSS);
        return machine.trace().fingerprintHex();
    }
}
