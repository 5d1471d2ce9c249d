package ${package}.adapter;

import ${package}.RecordSource;
import ${package}.SourceLines;
import ${package}.SourceRecord;
import ${package}.StageIoException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;

/**
 * The record source as a real text file in the {@link SourceLines} format. It reads a window from the
 * requested offset and doubles it until the window holds a complete line or reaches the end of the file.
 */
public final class FileRecordSource implements RecordSource {

    private static final int FIRST_WINDOW_BYTES = 64 * 1024;

    private final Path path;

    /**
     * Reads records from a file.
     *
     * @param path the file; until it exists the source is empty
     */
    public FileRecordSource(Path path) {
        if (path == null) {
            throw new NullPointerException("path must not be null");
        }
        this.path = path;
    }

    @Override
    public List<SourceRecord> read(long offset, int maxRecords) throws StageIoException {
        if (!Files.exists(path)) {
            return List.of();
        }
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            for (int window = FIRST_WINDOW_BYTES; ; window *= 2) {
                ByteBuffer bytes = ByteBuffer.allocate(window);
                boolean endOfFile = false;
                while (bytes.hasRemaining() && !endOfFile) {
                    endOfFile = channel.read(bytes, offset + bytes.position()) <= 0;
                }
                List<SourceRecord> records = SourceLines.split(offset, Arrays.copyOf(bytes.array(), bytes.position()), maxRecords);
                if (!records.isEmpty() || endOfFile) {
                    return records;
                }
            }
        } catch (IOException e) {
            throw new StageIoException("cannot read " + path + " at offset " + offset + ": " + e.getMessage(), e);
        }
    }
}
