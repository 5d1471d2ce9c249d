package org.acme.pipeline.adapter;

import org.acme.pipeline.Checkpoint;
import org.acme.pipeline.CheckpointStore;
import org.acme.pipeline.StageIoException;
import dev.simscaffold.core.storage.FileSystem;
import java.io.IOException;
import java.util.Optional;

/**
 * The checkpoint as a file on a {@link FileSystem}, committed atomically: write a temporary file beside it,
 * fsync it, rename it over the checkpoint (an atomic replace), then fsync the directory so the rename itself
 * survives a power loss. By the port's crash semantics a reader then sees the old checkpoint or the new one,
 * never a torn one; a file that fails its checksum anyway is damage, and {@link #load()} refuses it rather
 * than silently starting over. The same class runs in production on a {@code NioFileSystem} and in the
 * simulation on a {@code SimFileSystem}.
 */
public final class FileCheckpointStore implements CheckpointStore {

    private final FileSystem files;
    private final String file;
    private final String temporary;

    /**
     * Keeps the checkpoint in {@code file}, and its next version in {@code file} + {@code ".tmp"} while it
     * is written.
     *
     * @param files the directory it lives in
     * @param file the checkpoint file's name
     */
    public FileCheckpointStore(FileSystem files, String file) {
        if (files == null || file == null) {
            throw new NullPointerException("files and file must not be null, got " + files + " and " + file);
        }
        this.files = files;
        this.file = file;
        this.temporary = file + ".tmp";
    }

    @Override
    public Optional<Checkpoint> load() throws StageIoException {
        try {
            if (!files.exists(file)) {
                return Optional.empty();
            }
            byte[] bytes = files.readAll(file);
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
            files.create(temporary);
            if (files.size(temporary) > 0) {
                files.truncate(temporary, 0);
            }
            files.write(temporary, 0, checkpoint.encode());
            files.fsync(temporary);
            files.rename(temporary, file);
            files.fsyncDirectory();
        } catch (IOException e) {
            throw new StageIoException("cannot commit checkpoint " + checkpoint.number() + " to " + file + ": " + e.getMessage(), e);
        }
    }
}
