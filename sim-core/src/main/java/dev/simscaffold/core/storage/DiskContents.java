package dev.simscaffold.core.storage;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.internal.Require;

/**
 * An immutable copy of a disk's contents at one moment: what a node that starts on that disk reads,
 * synchronously, to recover before it handles its first input. It is a snapshot, not a handle: the I/O of a
 * running node goes through {@link StorageIo}, whose operations complete later and can fail.
 */
@Api(Api.Status.STABLE)
public final class DiskContents {

    private static final DiskContents EMPTY = new DiskContents(new byte[0]);

    private final byte[] bytes;

    private DiskContents(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * Returns the contents of a disk nothing was written to.
     *
     * @return the empty contents
     */
    public static DiskContents empty() {
        return EMPTY;
    }

    /**
     * Copies bytes as a disk's contents.
     *
     * @param bytes the bytes, copied
     * @return the contents
     */
    public static DiskContents of(byte[] bytes) {
        return bytes.length == 0 ? EMPTY : new DiskContents(bytes.clone());
    }

    /**
     * The file's length: how far the surviving writes reach.
     *
     * @return the size in bytes
     */
    public long size() {
        return bytes.length;
    }

    /**
     * Reads a range; bytes past the end read as zero, as on the simulated disk.
     *
     * @param offset where to read, {@code >= 0}
     * @param length how many bytes, {@code >= 0}
     * @return a copy of the range
     */
    public byte[] read(long offset, int length) {
        Require.nonNegative("offset", offset);
        Require.nonNegative("length", length);
        byte[] out = new byte[length];
        if (offset < bytes.length) {
            System.arraycopy(bytes, (int) offset, out, 0, (int) Math.min(length, bytes.length - offset));
        }
        return out;
    }

    /**
     * Returns every byte.
     *
     * @return a copy of the contents
     */
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public String toString() {
        return "DiskContents[" + bytes.length + " bytes]";
    }
}
