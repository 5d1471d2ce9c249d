package ${package}.adapter;

import ${package}.QuarantineSink;
import ${package}.QuarantinedRecord;
import ${package}.RecordFrames;
import ${package}.StageIoException;
import java.nio.file.Path;

/**
 * The quarantine as a real file of {@link RecordFrames}, with the same guarantees as
 * {@link FileOutputSink}: idempotent by offset, durable after {@link #sync()}.
 */
public final class FileQuarantineSink implements QuarantineSink, AutoCloseable {

    private final FrameFile file;

    private FileQuarantineSink(FrameFile file) {
        this.file = file;
    }

    /**
     * Opens (or creates) the quarantine's file.
     *
     * @param path the file
     * @return the quarantine
     * @throws StageIoException if the file cannot be opened or read
     */
    public static FileQuarantineSink open(Path path) throws StageIoException {
        return new FileQuarantineSink(FrameFile.open(path));
    }

    @Override
    public void quarantine(QuarantinedRecord record) throws StageIoException {
        file.appendOnce(record.offset(), RecordFrames.encode(record));
    }

    @Override
    public void sync() throws StageIoException {
        file.sync();
    }

    @Override
    public void close() throws StageIoException {
        file.close();
    }
}
