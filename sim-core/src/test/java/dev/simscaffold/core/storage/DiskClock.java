package dev.simscaffold.core.storage;

import dev.simscaffold.core.fault.StorageFaults;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.core.trace.Trace;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A test's driver for one disk: holds the time and runs the disk until nothing is in flight. */
final class DiskClock {
    final SimDisk disk;
    final Trace trace;
    LogicalTime now = LogicalTime.ZERO;

    DiskClock(StorageFaults faults, long seed) {
        this(faults, SimRandom.seeded(seed), 4);
    }

    DiskClock(StorageFaults faults, SimRandom random, int sectorBytes) {
        this(faults, random, sectorBytes, Trace.full());
    }

    DiskClock(StorageFaults faults, SimRandom random, int sectorBytes, Trace trace) {
        this.trace = trace;
        disk = new SimDisk("n1", sectorBytes, faults, random, trace);
    }

    /** The disk as a node sees it: each operation is submitted at this driver's current time. */
    StorageIo io() {
        return new StorageIo() {
            @Override
            public long write(long offset, byte[] data) {
                return disk.write(now, offset, data);
            }

            @Override
            public long fsync() {
                return disk.fsync(now);
            }

            @Override
            public long read(long offset, int length) {
                return disk.read(now, offset, length);
            }

            @Override
            public long size() {
                return disk.size();
            }
        };
    }

    /** Moves time to {@code to}, completes what is due and hands every completion to {@code sink}. */
    void advanceTo(LogicalTime to, Consumer<Completion> sink) {
        now = to;
        disk.handleTimeout(now);
        disk.pollCompletion().ifPresent(first -> {
            sink.accept(first);
            for (var next = disk.pollCompletion(); next.isPresent(); next = disk.pollCompletion()) {
                sink.accept(next.get());
            }
        });
    }

    /** Completes every in-flight operation, advancing time to each completion, and returns the completions. */
    List<Completion> settle() {
        List<Completion> out = new ArrayList<>();
        for (int step = 0; step < 100_000; step++) {
            disk.pollCompletion().ifPresent(out::add);
            if (disk.pollTimeout().isEmpty()) {
                while (true) {
                    var next = disk.pollCompletion();
                    if (next.isEmpty()) {
                        return out;
                    }
                    out.add(next.get());
                }
            }
            now = LogicalTime.max(now, disk.pollTimeout().get());
            disk.handleTimeout(now);
        }
        throw new AssertionError("the disk did not settle in 100000 steps");
    }

    /** Writes and waits for the write to complete. */
    Completion write(long offset, String text) {
        disk.write(now, offset, bytes(text));
        return settle().get(0);
    }

    /** Fsyncs and waits. */
    Completion fsync() {
        disk.fsync(now);
        return settle().get(0);
    }

    /** Reads and waits, returning the text read. */
    String read(long offset, int length) {
        disk.read(now, offset, length);
        return new String(((Completion.Read) settle().get(0)).data(), StandardCharsets.ISO_8859_1);
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
