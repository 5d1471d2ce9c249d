package org.acme.pipeline;

/**
 * An I/O boundary failed: a read, a write, an fsync or a checkpoint commit did not happen (or did not
 * certainly happen). The stage does not retry in place, because after a failed fsync the unsynced writes
 * may be gone and its view of the sinks is no longer true; the caller restarts it from the last checkpoint,
 * and idempotent writes make the replay safe.
 */
public final class StageIoException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed, naming the boundary and the position
     */
    public StageIoException(String message) {
        super(message);
    }

    /**
     * Creates the exception for a failure of the real world.
     *
     * @param message what failed, naming the boundary and the position
     * @param cause the underlying failure
     */
    public StageIoException(String message, Throwable cause) {
        super(message, cause);
    }
}
