package ${package}.adapter;

import ${package}.Checkpoint;
import ${package}.CheckpointStore;
import ${package}.StageIoException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The checkpoint as a real file, committed atomically: write a temporary file beside it, fsync it, rename
 * it over the checkpoint (an atomic replace on POSIX file systems), then fsync the directory so the rename
 * itself survives a power loss. A reader therefore sees the old checkpoint or the new one, never a torn
 * one; a file that fails its checksum anyway is damage, and {@link #load()} refuses it rather than
 * silently starting over.
 */
public final class FileCheckpointStore implements CheckpointStore {

    private final Path file;
    private final Path temporary;

    /**
     * Keeps the checkpoint in {@code file}, and its next version in {@code file} + {@code ".tmp"} while it
     * is written.
     *
     * @param file the checkpoint file; its directory must exist
     */
    public FileCheckpointStore(Path file) {
        if (file == null) {
            throw new NullPointerException("file must not be null");
        }
        this.file = file.toAbsolutePath();
        this.temporary = this.file.resolveSibling(this.file.getFileName() + ".tmp");
    }

    @Override
    public Optional<Checkpoint> load() throws StageIoException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            Optional<Checkpoint> checkpoint = Checkpoint.decode(bytes);
            if (checkpoint.isEmpty() || bytes.length != Checkpoint.ENCODED_BYTES) {
                throw new StageIoException("checkpoint file " + file + " is damaged (" + bytes.length + " bytes, checksum "
                        + (checkpoint.isEmpty() ? "bad" : "good") + "): restore it or delete it to reprocess from the start");
            }
            return checkpoint;
        } catch (IOException e) {
            throw new StageIoException("cannot read checkpoint file " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void commit(Checkpoint checkpoint) throws StageIoException {
        try {
            try (FileChannel channel = FileChannel.open(temporary,
                    StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(checkpoint.encode());
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel directory = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
                directory.force(true);
            }
        } catch (IOException e) {
            throw new StageIoException("cannot commit checkpoint " + checkpoint.number() + " to " + file + ": " + e.getMessage(), e);
        }
    }
}
