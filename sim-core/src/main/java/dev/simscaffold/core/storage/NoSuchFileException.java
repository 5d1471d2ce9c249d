package dev.simscaffold.core.storage;

import dev.simscaffold.core.Api;
import java.io.IOException;

/**
 * A {@link FileSystem} operation named a file that does not exist. It is the port's own type, not
 * {@code java.nio.file.NoSuchFileException}, so that simulated code never touches {@code java.nio.file}; both
 * implementations throw it.
 */
@Api(Api.Status.EXPERIMENTAL)
public final class NoSuchFileException extends IOException {

    private static final long serialVersionUID = 1L;

    /**
     * A missing file.
     *
     * @param where the file system and the file's name
     */
    public NoSuchFileException(String where) {
        super("no such file: " + where);
    }
}
