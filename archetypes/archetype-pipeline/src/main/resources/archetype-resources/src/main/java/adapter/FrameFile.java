package ${package}.adapter;

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
 * An append-only file of {@link RecordFrames} with an index of the keys it holds: the common part of the
 * file sinks. Opening it keeps the longest valid prefix and cuts off the rest (a torn last frame from a
 * crash), so the next append lands where a reader stops.
 */
final class FrameFile implements AutoCloseable {

    private final Path path;
    private final FileChannel channel;
    private final NavigableSet<Long> keys = new TreeSet<>();
    private long end;

    private FrameFile(Path path, FileChannel channel, RecordFrames.Decoded decoded) {
        this.path = path;
        this.channel = channel;
        decoded.frames().forEach(frame -> keys.add(frame.key()));
        this.end = decoded.validBytes();
    }

    /**
     * Opens (or creates) the file and truncates it to its valid prefix.
     *
     * @param path the file
     * @return the open file
     * @throws StageIoException if it cannot be opened, read or truncated
     */
    static FrameFile open(Path path) throws StageIoException {
        try {
            FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            RecordFrames.Decoded decoded = RecordFrames.decode(Files.readAllBytes(path));
            channel.truncate(decoded.validBytes());
            return new FrameFile(path, channel, decoded);
        } catch (IOException e) {
            throw new StageIoException("cannot open " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Appends a frame unless the file holds its key.
     *
     * @param key the frame's key
     * @param frame the encoded frame
     * @throws StageIoException if the write fails
     */
    void appendOnce(long key, byte[] frame) throws StageIoException {
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

    /**
     * Forces every append to the device.
     *
     * @throws StageIoException if the fsync fails
     */
    void sync() throws StageIoException {
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
