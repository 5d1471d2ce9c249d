package ${package};

import dev.simscaffold.core.storage.Completion;
import dev.simscaffold.core.storage.SimDisk;
import java.util.List;

/**
 * The record source on the simulated machine's {@code source} disk, in the {@link SourceLines} format like
 * the file source. Its reads may fail; its contents never change, because upstream wrote and synced them
 * before the stage started.
 */
final class SimRecordSource implements RecordSource {

    private static final int WINDOW_BYTES = 256;

    private final SimMachine machine;
    private final SimDisk disk;
    private final long length;

    /**
     * Reads the source disk.
     *
     * @param machine the machine
     * @param length how many bytes upstream wrote, as a file's size would say
     */
    SimRecordSource(SimMachine machine, long length) {
        this.machine = machine;
        this.disk = machine.source();
        this.length = length;
    }

    @Override
    public List<SourceRecord> read(long offset, int maxRecords) throws StageIoException {
        for (long window = WINDOW_BYTES; ; window *= 2) {
            int bytes = (int) Math.min(window, length - offset);
            if (bytes <= 0) {
                return List.of();
            }
            Completion.Read read = (Completion.Read) machine.perform(disk, "read at " + offset, now -> disk.read(now, offset, bytes));
            List<SourceRecord> records = SourceLines.split(offset, read.data(), maxRecords);
            if (!records.isEmpty() || offset + bytes >= length) {
                return records;
            }
        }
    }
}
