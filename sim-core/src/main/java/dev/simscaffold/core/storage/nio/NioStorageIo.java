package dev.simscaffold.core.storage.nio;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.storage.Completion;
import dev.simscaffold.core.storage.FailureReason;
import dev.simscaffold.core.storage.OpKind;
import dev.simscaffold.core.storage.StorageIo;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Optional;

/**
 * The production {@link StorageIo}: the thin shell over a real file that a network node's storage code runs on
 * outside simulation. Each call performs its operation at once on a {@link FileChannel} and queues its
 * {@link Completion} (an {@link java.io.IOException} becomes {@code Failed(kind, IO_ERROR)}), so the node's code
 * sees exactly the protocol it sees on a simulated disk: an operation id now, the outcome later, through
 * {@link #pollCompletion()}, which the production driver feeds to the node's {@code handleCompletion}. Reads
 * past the end of the file read zeros, as on a {@code SimDisk}.
 */
@Api(Api.Status.EXPERIMENTAL)
public final class NioStorageIo implements StorageIo, AutoCloseable {

    private final Path file;
    private final FileChannel channel;
    private final ArrayDeque<Completion> completions = new ArrayDeque<>();
    private long nextOp;

    private NioStorageIo(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /**
     * Opens (or creates) a file as a node's disk.
     *
     * @param file the file
     * @return the handle
     * @throws IOException if it cannot be opened
     */
    public static NioStorageIo open(Path file) throws IOException {
        if (file == null) {
            throw new IllegalArgumentException("file must not be null");
        }
        return new NioStorageIo(file, FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE));
    }

    @Override
    public long write(long offset, byte[] data) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be >= 0, got " + offset);
        }
        long op = nextOp++;
        try {
            ByteBuffer buffer = ByteBuffer.wrap(data.clone());
            while (buffer.hasRemaining()) {
                channel.write(buffer, offset + buffer.position());
            }
            completions.addLast(new Completion.Written(op, offset, data.length));
        } catch (IOException e) {
            completions.addLast(new Completion.Failed(op, OpKind.WRITE, FailureReason.IO_ERROR));
        }
        return op;
    }

    @Override
    public long fsync() {
        long op = nextOp++;
        try {
            channel.force(true);
            completions.addLast(new Completion.Synced(op));
        } catch (IOException e) {
            completions.addLast(new Completion.Failed(op, OpKind.FSYNC, FailureReason.IO_ERROR));
        }
        return op;
    }

    @Override
    public long read(long offset, int length) {
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("offset and length must be >= 0, got offset " + offset + " and length " + length);
        }
        long op = nextOp++;
        try {
            ByteBuffer buffer = ByteBuffer.allocate(length);
            while (buffer.hasRemaining() && channel.read(buffer, offset + buffer.position()) > 0) {
                continue;
            }
            completions.addLast(new Completion.Read(op, offset, buffer.array()));
        } catch (IOException e) {
            completions.addLast(new Completion.Failed(op, OpKind.READ, FailureReason.IO_ERROR));
        }
        return op;
    }

    @Override
    public long size() {
        try {
            return channel.size();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the size of " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Takes the oldest completion not yet delivered.
     *
     * @return it, or empty when none is waiting
     */
    public Optional<Completion> pollCompletion() {
        return Optional.ofNullable(completions.pollFirst());
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    @Override
    public String toString() {
        return "NioStorageIo[" + file + "]";
    }
}
