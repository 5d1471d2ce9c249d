package ${package};

import dev.simscaffold.core.storage.Completion;
import dev.simscaffold.core.storage.SimDisk;
import java.io.ByteArrayOutputStream;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * A sink as an append-only log of {@link RecordFrames} on a simulated disk, in the format of the file
 * sink: the machine's {@code sink} disk holds the outputs, its {@code quarantine} disk the refused records.
 * Opening it reads the disk through the machine (so reads may fail and the machine may crash) and keeps the
 * longest valid prefix; appends land where a reader stops, over a torn frame or a hole that a power loss
 * left.
 */
final class SimFrameLog implements FramedLog {

    private static final int READ_CHUNK_BYTES = 1024;

    private final SimMachine machine;
    private final SimDisk disk;
    private final NavigableSet<Long> keys = new TreeSet<>();
    private long end;

    private SimFrameLog(SimMachine machine, SimDisk disk, RecordFrames.Decoded decoded) {
        this.machine = machine;
        this.disk = disk;
        decoded.frames().forEach(frame -> keys.add(frame.key()));
        this.end = decoded.validBytes();
    }

    /**
     * Opens the log on {@code disk}, as a restarted stage would, reading chunk by chunk until the valid
     * prefix ends.
     *
     * @param machine the machine the disk belongs to
     * @param disk the disk
     * @return the open log
     * @throws StageIoException if a read failed
     */
    static SimFrameLog open(SimMachine machine, SimDisk disk) throws StageIoException {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        RecordFrames.Decoded decoded;
        do {
            long at = read.size();
            Completion.Read chunk = (Completion.Read) machine.perform(disk, "read at " + at, now -> disk.read(now, at, READ_CHUNK_BYTES));
            read.writeBytes(chunk.data());
            decoded = RecordFrames.decode(read.toByteArray());
        } while (decoded.endsInsideFrame() || decoded.validBytes() == read.size());
        return new SimFrameLog(machine, disk, decoded);
    }

    /** A repeat is counted, so a coverage check can see that replays happened and were dropped. */
    @Override
    public void appendOnce(long key, byte[] frame) throws StageIoException {
        if (keys.contains(key)) {
            machine.count("repeat dropped by " + disk.name());
            return;
        }
        append(key, frame);
    }

    /**
     * Appends a frame whether or not the log holds its key: what a sink without idempotent writes does.
     *
     * @param key the frame's key
     * @param frame the encoded frame
     * @throws StageIoException if the write failed
     */
    void append(long key, byte[] frame) throws StageIoException {
        long at = end;
        machine.perform(disk, "write of key " + key, now -> disk.write(now, at, frame));
        end += frame.length;
        keys.add(key);
        machine.outputWritten();
    }

    @Override
    public void sync() throws StageIoException {
        machine.perform(disk, "fsync", disk::fsync);
    }
}
