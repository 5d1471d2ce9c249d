package ${package}.adapter;

import ${package}.FramedLog;
import ${package}.RecordFrames;
import ${package}.StageIoException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * A sink as a real append-only file of {@link RecordFrames}, with an index of the keys it holds: open one
 * for the outputs and one for the quarantine. Writes are idempotent by source offset, {@code sync()} is an
 * fsync ({@code FileChannel.force}). Opening keeps the longest valid prefix and cuts off the rest (a torn
 * last frame from a crash), so the next append lands where a reader stops.
 */
public final class FramedFileSink implements FramedLog, AutoCloseable {

    private final Path path;
    private final FileChannel channel;
    private final NavigableSet<Long> keys = new TreeSet<>();
    private long end;

    private FramedFileSink(Path path, FileChannel channel, RecordFrames.Decoded decoded) {
        this.path = path;
        this.channel = channel;
        decoded.frames().forEach(frame -> keys.add(frame.key()));
        this.end = decoded.validBytes();
    }

    /**
     * Opens (or creates) the file and truncates it to its valid prefix.
     *
     * @param path the file
     * @return the sink
     * @throws StageIoException if it cannot be opened, read or truncated
     */
    public static FramedFileSink open(Path path) throws StageIoException {
        try {
            FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            RecordFrames.Decoded decoded = RecordFrames.decode(Files.readAllBytes(path));
            channel.truncate(decoded.validBytes());
            return new FramedFileSink(path, channel, decoded);
        } catch (IOException e) {
            throw new StageIoException("cannot open " + path + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void appendOnce(long key, byte[] frame) throws StageIoException {
        if (keys.contains(key)) {
            return;
        }
        try {
            ByteBuffer buffer = ByteBuffer.wrap(frame);
            while (buffer.hasRemaining()) {
                channel.write(buffer, end + buffer.position());
            }
            end += frame.length;
            keys.add(key);
        } catch (IOException e) {
            throw new StageIoException("cannot append key " + key + " to " + path + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void sync() throws StageIoException {
        try {
            channel.force(true);
        } catch (IOException e) {
            throw new StageIoException("cannot fsync " + path + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws StageIoException {
        try {
            channel.close();
        } catch (IOException e) {
            throw new StageIoException("cannot close " + path + ": " + e.getMessage(), e);
        }
    }
}
