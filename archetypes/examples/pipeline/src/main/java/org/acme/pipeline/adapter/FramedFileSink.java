package org.acme.pipeline.adapter;

import org.acme.pipeline.FramedLog;
import org.acme.pipeline.RecordFrames;
import org.acme.pipeline.StageIoException;
import dev.simscaffold.core.storage.FileSystem;
import java.io.IOException;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * A sink as an append-only file of {@link RecordFrames} on a {@link FileSystem}, with an index of the keys it
 * holds: open one for the outputs and one for the quarantine. Writes are idempotent by source offset,
 * {@code sync()} is an fsync of the file. Opening creates the file if needed and fsyncs the directory every
 * time, so the file's name is durable before any of its frames is (a retry after a failed directory fsync
 * syncs it again); it keeps the longest valid prefix and cuts off the rest (a torn last frame from a crash),
 * so the next append lands where a reader stops. The same class runs in production on a
 * {@code NioFileSystem} and in the simulation on a {@code SimFileSystem}.
 */
public final class FramedFileSink implements FramedLog {

    private final FileSystem files;
    private final String file;
    private final NavigableSet<Long> keys = new TreeSet<>();
    private long end;

    private FramedFileSink(FileSystem files, String file, RecordFrames.Decoded decoded) {
        this.files = files;
        this.file = file;
        decoded.frames().forEach(frame -> keys.add(frame.key()));
        this.end = decoded.validBytes();
    }

    /**
     * Opens (or creates) the file and truncates it to its valid prefix.
     *
     * @param files the directory it lives in
     * @param file the file's name
     * @return the sink
     * @throws StageIoException if it cannot be created, read or truncated
     */
    public static FramedFileSink open(FileSystem files, String file) throws StageIoException {
        try {
            files.create(file);
            files.fsyncDirectory();
            byte[] bytes = files.readAll(file);
            RecordFrames.Decoded decoded = RecordFrames.decode(bytes);
            if (decoded.validBytes() < bytes.length) {
                files.truncate(file, decoded.validBytes());
            }
            return new FramedFileSink(files, file, decoded);
        } catch (IOException e) {
            throw new StageIoException("cannot open " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void appendOnce(long key, byte[] frame) throws StageIoException {
        if (keys.contains(key)) {
            return;
        }
        try {
            files.write(file, end, frame);
            end += frame.length;
            keys.add(key);
        } catch (IOException e) {
            throw new StageIoException("cannot append key " + key + " to " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void sync() throws StageIoException {
        try {
            files.fsync(file);
        } catch (IOException e) {
            throw new StageIoException("cannot fsync " + file + ": " + e.getMessage(), e);
        }
    }
}
