package dev.simscaffold.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.fault.StorageFaults;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.core.trace.EventKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** I/O errors, fsync failure semantics, corruption, disk full and latency: each test fails if its rule breaks. */
class DiskFaultsTest {

    @Test
    void aFailedWriteStoresNothing() {
        DiskClock d = new DiskClock(StorageFaults.builder().writeErrorRate(1.0).build(), 1);

        assertThat(d.write(0, "data")).isEqualTo(new Completion.Failed(0, OpKind.WRITE, FailureReason.IO_ERROR));
        assertThat(d.disk.cachedContents()).isEmpty();
        assertThat(d.trace.count(EventKind.DISK_IO_ERROR)).isEqualTo(1);
    }

    @Test
    void aFailedFsyncDiscardsEveryUnsyncedWriteSoRetryingItDoesNotSaveThem() {
        SimRandom random = SimRandom.seeded(1);
        DiskClock d = new DiskClock(StorageFaults.builder().fsyncErrorRate(1.0).build(), random, 4);
        d.write(0, "data");

        assertThat(d.fsync()).isEqualTo(new Completion.Failed(1, OpKind.FSYNC, FailureReason.IO_ERROR));
        assertThat(d.read(0, 4)).isEqualTo("\0\0\0\0");
        assertThat(d.disk.unsyncedWrites()).isZero();
    }

    @Test
    void aFailedReadReturnsNoData() {
        DiskClock d = new DiskClock(StorageFaults.builder().readErrorRate(1.0).build(), 1);
        d.write(0, "data");
        d.disk.read(d.now, 0, 4);
        assertThat(d.settle()).containsExactly(new Completion.Failed(1, OpKind.READ, FailureReason.IO_ERROR));
    }

    @Test
    void corruptionFlipsExactlyOneBitOfTheStoredDataAndReadsReturnIt() {
        for (long seed = 1; seed <= 50; seed++) {
            DiskClock d = new DiskClock(StorageFaults.builder().corruptionRate(1.0).build(), seed);
            d.write(0, "abcdefgh");
            d.fsync();
            d.disk.crash(d.now, CrashKind.POWER_LOSS);

            byte[] read = DiskClock.bytes(d.read(0, 8));
            byte[] written = DiskClock.bytes("abcdefgh");
            int flipped = 0;
            for (int i = 0; i < 8; i++) {
                flipped += Integer.bitCount((read[i] ^ written[i]) & 0xff);
            }
            assertThat(flipped).as("seed " + seed).isEqualTo(1);
            assertThat(d.trace.count(EventKind.DISK_CORRUPTION)).isEqualTo(1);
        }
    }

    @Test
    void aWriteEndingBeyondTheCapacityFailsAsDiskFullAndOneEndingAtItSucceeds() {
        DiskClock d = new DiskClock(StorageFaults.builder().capacityBytes(8).build(), 1);

        assertThat(d.write(4, "1234")).isInstanceOf(Completion.Written.class);
        assertThat(d.write(5, "1234")).isEqualTo(new Completion.Failed(1, OpKind.WRITE, FailureReason.DISK_FULL));
        assertThat(DiskClock.text(d.disk.cachedContents())).isEqualTo("\0\0\0\0" + "1234");
        assertThat(d.trace.count(EventKind.DISK_FULL)).isEqualTo(1);
    }

    @Test
    void operationsCompleteInSubmissionOrderWithinTheLatencyRange() {
        DiskClock d = new DiskClock(StorageFaults.builder().minLatencyTicks(2).maxLatencyTicks(9).build(), 3);
        for (int i = 0; i < 50; i++) {
            long op = d.disk.write(LogicalTime.of(i), i, new byte[] {1});
            assertThat(op).isEqualTo(i);
        }
        List<Completion> done = d.settle();
        assertThat(done).extracting(Completion::op).isSorted().hasSize(50);
        assertThat(d.now.ticksUntil(LogicalTime.of(49 + 9))).isBetween(0L, 7L);
        assertThat(d.disk.pollTimeout()).isEmpty();
    }

    @Test
    void nothingCompletesBeforeItsLatency() {
        DiskClock d = new DiskClock(StorageFaults.builder().minLatencyTicks(3).maxLatencyTicks(3).build(), 1);
        d.disk.write(d.now, 0, new byte[] {1});
        d.disk.handleTimeout(LogicalTime.of(2));
        assertThat(d.disk.pollCompletion()).isEmpty();
        assertThat(d.disk.pollTimeout()).contains(LogicalTime.of(3));
        d.disk.handleTimeout(LogicalTime.of(3));
        assertThat(d.disk.pollCompletion()).contains(new Completion.Written(0, 0, 1));
    }

    @Test
    void writeErrorsHappenAtTheirRateWithinFiveSigma() {
        double rate = 0.1;
        int n = 10_000;
        DiskClock d = new DiskClock(StorageFaults.builder().writeErrorRate(rate).build(), 7);
        for (int i = 0; i < n; i++) {
            d.disk.write(d.now, 0, new byte[] {1});
        }
        long failed = d.settle().stream().filter(c -> c instanceof Completion.Failed).count();
        double sigma = Math.sqrt(n * rate * (1 - rate));
        assertThat((double) failed).isBetween(n * rate - 5 * sigma, n * rate + 5 * sigma);
    }

    @Test
    void unsyncedSurvivalHappensAtItsRateWithinFiveSigma() {
        double rate = 0.3;
        int n = 10_000;
        DiskClock d = new DiskClock(StorageFaults.builder().unsyncedSurvivalRate(rate).build(), 7);
        for (int i = 0; i < n; i++) {
            d.disk.write(d.now, i, new byte[] {1});
        }
        d.settle();
        d.disk.crash(d.now, CrashKind.POWER_LOSS);
        long survived = 0;
        for (byte b : d.disk.durableContents()) {
            survived += b;
        }
        double sigma = Math.sqrt(n * rate * (1 - rate));
        assertThat((double) survived).isBetween(n * rate - 5 * sigma, n * rate + 5 * sigma);
    }

    @Test
    void aDisabledFaultDrawsNothingAndEachEnabledOneDrawsOnlyFromItsOwnFork() {
        CountingSource quiet = new CountingSource(5);
        CountingSource noisy = new CountingSource(5);
        DiskClock none = new DiskClock(StorageFaults.none(), new SimRandom(quiet), 4);
        DiskClock some = new DiskClock(StorageFaults.builder().writeErrorRate(0.5).tornWriteRate(0.5).build(), new SimRandom(noisy), 4);
        for (DiskClock d : List.of(none, some)) {
            for (int i = 0; i < 20; i++) {
                d.write(i, "x");
                d.disk.read(d.now, 0, 1);
                d.fsync();
            }
            while (!(d.write(0, "y") instanceof Completion.Written)) {
                d.now = d.now.advance(1);
            }
            d.disk.crash(d.now, CrashKind.POWER_LOSS);
        }
        assertThat(quiet.draws()).isEmpty();
        assertThat(noisy.draws()).containsOnlyKeys("writeError", "torn").containsEntry("torn", 1);
    }
}
