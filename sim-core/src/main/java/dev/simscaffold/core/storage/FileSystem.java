package dev.simscaffold.core.storage;

import dev.simscaffold.core.Api;
import java.io.IOException;
import java.util.List;

/**
 * One directory of files, as a one-process stage sees its storage: a synchronous port that production
 * implements over {@code java.nio.file} ({@link dev.simscaffold.core.storage.nio.NioFileSystem}) and simulation over a deterministic model
 * ({@link SimFileSystem}), so the stage's storage code is written once and runs unchanged on both. Unlike the
 * asynchronous {@link StorageIo} of network nodes, each call returns when the operation is done: a crash
 * unwinds the caller, and the restarted stage opens its files again.
 *
 * <p>Names are plain file names inside the directory: a name that is empty, {@code "."}, {@code ".."} or
 * contains {@code '/'}, {@code '\\'} or NUL would escape it and is refused with an
 * {@link IllegalArgumentException} naming it. A missing file is a {@link NoSuchFileException}.
 *
 * <h2>Crash semantics</h2>
 * What a stage may rely on after the machine goes down, and no more; {@link SimFileSystem} produces every
 * outcome allowed here and nothing else (its Javadoc says how it picks among them):
 * <ul>
 *   <li><b>Process crash</b>: every completed operation survives (the page cache outlives the process),
 *       synced or not; what was unsynced stays unsynced and a later power loss may still lose it.</li>
 *   <li><b>File data</b> ({@link #write}, {@link #append}, {@link #truncate}) is durable once
 *       {@link #fsync} of that file returns. At a power loss, any subset of a file's unsynced data operations
 *       may persist, applied in their order; the last unsynced write of a file may persist <i>torn</i>: a prefix
 *       of whole sectors (possibly none) holds the new bytes and the rest of its range keeps what was durable
 *       there before (old bytes, or zeros past the old end). An unsynced write that does not persist may
 *       leave garbage over its target instead of the old bytes (a write cut off mid-sector). A failed
 *       {@code fsync} may lose every unsynced operation of that file, as Linux may after an fsync error.</li>
 *   <li><b>Directory operations</b> ({@link #create}, {@link #rename}, {@link #delete}) are durable once
 *       {@link #fsyncDirectory} returns; {@code fsync} of a file does not make its name durable. At a power
 *       loss they persist as a <i>prefix</i> in the order they were made: an unsynced operation is lost only
 *       together with every directory operation after it, never out of order (as a journaling file system
 *       commits metadata).</li>
 *   <li><b>Rename</b> is atomic: after any crash the target name holds the file it held before or the renamed
 *       one, never neither and never a mix, and the source name is gone exactly when the target is replaced.
 *       The renamed file's <i>data</i> is only as durable as its fsyncs made it, which is why a safe replace
 *       writes a temporary file, fsyncs it, renames it and then fsyncs the directory.</li>
 * </ul>
 */
@Api(Api.Status.EXPERIMENTAL)
public interface FileSystem {

    /**
     * Creates an empty file unless one of that name exists; an existing file is left as it is.
     *
     * @param file the file's name
     * @throws IOException if the directory cannot be written
     */
    void create(String file) throws IOException;

    /**
     * Whether a file of that name exists.
     *
     * @param file the file's name
     * @return true if it exists
     * @throws IOException if the directory cannot be read
     */
    boolean exists(String file) throws IOException;

    /**
     * The file's length.
     *
     * @param file the file's name
     * @return its size in bytes
     * @throws IOException if it is missing or cannot be read
     */
    long size(String file) throws IOException;

    /**
     * Reads up to {@code length} bytes at {@code offset}: fewer at the end of the file, none past it.
     *
     * @param file the file's name
     * @param offset where to read, {@code >= 0}
     * @param length how many bytes at most, {@code >= 0}
     * @return the bytes read
     * @throws IOException if it is missing or the read failed
     */
    byte[] read(String file, long offset, int length) throws IOException;

    /**
     * Reads the whole file.
     *
     * @param file the file's name
     * @return its contents
     * @throws IOException if it is missing or a read failed
     */
    default byte[] readAll(String file) throws IOException {
        long size = size(file);
        if (size > Integer.MAX_VALUE - 8) {
            throw new IOException("file " + file + " has " + size + " bytes, too many to read at once");
        }
        return read(file, 0, (int) size);
    }

    /**
     * Writes {@code data} at {@code offset}, extending the file if it reaches past the end (a gap reads as
     * zeros); durable once {@link #fsync} returns.
     *
     * @param file the file's name
     * @param offset where to write, {@code >= 0}
     * @param data the bytes
     * @throws IOException if it is missing or the write failed, in which case nothing of it was stored
     */
    void write(String file, long offset, byte[] data) throws IOException;

    /**
     * Writes {@code data} at the end of the file.
     *
     * @param file the file's name
     * @param data the bytes
     * @return the offset it was written at: the file's length before
     * @throws IOException if it is missing or the write failed
     */
    long append(String file, byte[] data) throws IOException;

    /**
     * Cuts the file to {@code size} bytes; durable once {@link #fsync} returns.
     *
     * @param file the file's name
     * @param size the new length, at most the current one
     * @throws IOException if it is missing or cannot be written
     * @throws IllegalArgumentException if {@code size} is negative or beyond the file's length
     */
    void truncate(String file, long size) throws IOException;

    /**
     * Makes the file's data and length durable; not its name (see {@link #fsyncDirectory}).
     *
     * @param file the file's name
     * @throws IOException if it is missing or the sync failed: its unsynced operations may then be lost
     */
    void fsync(String file) throws IOException;

    /**
     * Renames {@code from} to {@code to} atomically, replacing {@code to} if it exists; durable once
     * {@link #fsyncDirectory} returns. Renaming a file to its own name does nothing.
     *
     * @param from the existing file's name
     * @param to the new name
     * @throws IOException if {@code from} is missing or the directory cannot be written
     * @throws IllegalArgumentException if {@code to} names a directory
     */
    void rename(String from, String to) throws IOException;

    /**
     * Removes the file; durable once {@link #fsyncDirectory} returns.
     *
     * @param file the file's name
     * @throws IOException if it is missing or the directory cannot be written
     */
    void delete(String file) throws IOException;

    /**
     * Makes every create, rename and delete so far durable.
     *
     * @throws IOException if the sync failed
     */
    void fsyncDirectory() throws IOException;

    /**
     * The files in the directory.
     *
     * @return their names, sorted
     * @throws IOException if the directory cannot be read
     */
    List<String> list() throws IOException;
}
