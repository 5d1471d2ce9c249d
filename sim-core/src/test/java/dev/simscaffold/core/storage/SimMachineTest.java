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

/** The machine's crash points: where it goes down, what each point leaves, the checks it runs, its budget and its bad input. */
class SimMachineTest {

    private static final SimMachine.Crashes ALWAYS_ONCE = new SimMachine.Crashes(1, 0, 1);

    @Test
    void aCrashBeforeAnOperationLosesItAndOneDuringItLeavesItInThePageCache() throws IOException {
        Set<String> outcomes = new TreeSet<>();
        for (long seed = 0; seed < 40; seed++) {
            SimMachine machine = new SimMachine(new SimContext(seed), Trace.full(), SimMachine.Crashes.none());
            SimFileSystem fs = machine.fileSystem("data", StorageFaults.none());
            fs.create("f");
            SimMachine crashing = new SimMachine(new SimContext(seed), Trace.full(), ALWAYS_ONCE);
            SimFileSystem crashingFs = crashing.fileSystem("data", StorageFaults.none());
            MachineCrash crash = org.junit.jupiter.api.Assertions.assertThrows(MachineCrash.class, () -> crashingFs.create("f"));
            assertThat(crash.kind()).isEqualTo(CrashKind.PROCESS_CRASH);
            outcomes.add(crash.getMessage().split(" ")[1] + " -> " + crashingFs.exists("f"));
            crashingFs.create("g");
            assertThat(crashingFs.exists("g")).as("the budget of one crash is spent").isTrue();
            assertThat(fs.exists("f")).isTrue();
        }
        assertThat(outcomes).containsExactlyInAnyOrder("before -> false", "during -> true");
    }

    @Test
    void aPowerLossAppliesToEveryFileSystemOfTheMachine() throws IOException {
        SimMachine machine = new SimMachine(new SimContext(3), Trace.full(), SimMachine.Crashes.none());
        SimFileSystem first = machine.fileSystem("first", StorageFaults.none());
        SimFileSystem second = machine.fileSystem("second", StorageFaults.none());
        first.create("a");
        second.create("b");

        machine.crash(CrashKind.POWER_LOSS);

        assertThat(first.list()).isEmpty();
        assertThat(second.list()).isEmpty();
        assertThat(machine.counts()).containsEntry("crash.POWER_LOSS", 1);
    }

    @Test
    void checksRunAtEveryCrashPointAndStopCrashingEndsTheCrashes() throws IOException {
        SimMachine machine = new SimMachine(new SimContext(4), Trace.full(), new SimMachine.Crashes(1, 1, 5));
        SimFileSystem fs = machine.fileSystem("data", StorageFaults.none());
        List<Long> seen = new ArrayList<>();
        machine.beforeEachOperation(() -> seen.add(machine.operations()));
        machine.stopCrashing();
        fs.create("f");
        fs.append("f", "x".getBytes(UTF_8));
        fs.fsync("f");
        fs.size("f");

        assertThat(seen).as("create, append and fsync are crash points; size is not").containsExactly(1L, 2L, 3L);
        assertThat(machine.counts()).isEmpty();
    }

    @Test
    void operationsTakeTheFileSystemsLatencyOnTheRunsClock() throws IOException {
        SimMachine machine = new SimMachine(new SimContext(4), Trace.full(), SimMachine.Crashes.none());
        SimFileSystem fs = machine.fileSystem("data", StorageFaults.builder().minLatencyTicks(3).maxLatencyTicks(3).build());
        fs.create("f");
        fs.fsyncDirectory();
        assertThat(machine.context().now().ticks()).isEqualTo(6);
    }

    @Test
    void badCrashSettingsAndFaultsAreRefusedNamingTheValue() {
        assertThatThrownBy(() -> new SimMachine.Crashes(1.5, 0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("crashes.rate").hasMessageContaining("1.5");
        assertThatThrownBy(() -> new SimMachine.Crashes(0.1, -0.25, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("crashes.powerLossShare").hasMessageContaining("-0.25");
        assertThatThrownBy(() -> StorageFaults.builder().tornWriteRate(2).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tornWriteRate").hasMessageContaining("2.0");
        assertThatThrownBy(() -> StorageFaults.builder().minLatencyTicks(5).maxLatencyTicks(2).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("5").hasMessageContaining("2");
        SimMachine machine = new SimMachine(new SimContext(1), Trace.full(), SimMachine.Crashes.none());
        machine.fileSystem("data", StorageFaults.none());
        assertThatThrownBy(() -> machine.fileSystem("data", StorageFaults.none())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'data'");
    }
}
