package ${package}.adapter;

import ${package}.OutputRecord;
import ${package}.OutputSink;
import ${package}.RecordFrames;
import ${package}.StageIoException;
import java.nio.file.Path;

/**
 * The output sink as a real file of {@link RecordFrames}: appends are idempotent by offset, {@link #sync()}
 * is an fsync ({@code FileChannel.force}). Reopening after a crash keeps what the file durably holds.
 */
public final class FileOutputSink implements OutputSink, AutoCloseable {

    private final FrameFile file;

    private FileOutputSink(FrameFile file) {
        this.file = file;
    }

    /**
     * Opens (or creates) the sink's file.
     *
     * @param path the file
     * @return the sink
     * @throws StageIoException if the file cannot be opened or read
     */
    public static FileOutputSink open(Path path) throws StageIoException {
        return new FileOutputSink(FrameFile.open(path));
    }

    @Override
    public void write(OutputRecord output) throws StageIoException {
        file.appendOnce(output.offset(), RecordFrames.encode(output));
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
