package org.acme.pipeline;

import java.util.Optional;

/**
 * Where the stage keeps its checkpoint: an I/O boundary whose commit is atomic, so that after any crash
 * {@link #load()} returns either the new checkpoint or the one before it, never a mix.
 */
public interface CheckpointStore {

    /**
     * The last checkpoint that was durably committed.
     *
     * @return it, or empty if none ever was
     * @throws StageIoException if it could not be read
     */
    Optional<Checkpoint> load() throws StageIoException;

    /**
     * Makes {@code checkpoint} the durable checkpoint, atomically: a crash during the commit leaves the
     * previous one in place.
     *
     * @param checkpoint the checkpoint, numbered higher than the last one
     * @throws StageIoException if the commit failed; the checkpoint may or may not have become durable
     */
    void commit(Checkpoint checkpoint) throws StageIoException;
}
