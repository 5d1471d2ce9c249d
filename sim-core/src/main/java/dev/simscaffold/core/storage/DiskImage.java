package dev.simscaffold.core.storage;

import java.util.Arrays;

/** A growable byte image of a disk's contents; bytes never written are zero. */
final class DiskImage {
    private byte[] bytes = new byte[0];
    private long size;

    DiskImage copy() {
        DiskImage copy = new DiskImage();
        copy.bytes = Arrays.copyOf(bytes, (int) size);
        copy.size = size;
        return copy;
    }

    long size() {
        return size;
    }

    void write(long offset, byte[] data, int length) {
        long end = offset + length;
        if (end > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a simulated disk holds at most 2 GiB, got a write ending at " + end);
        }
        if (end > bytes.length) {
            bytes = Arrays.copyOf(bytes, (int) Math.max(end, Math.min(Integer.MAX_VALUE - 8L, bytes.length * 2L)));
        }
        System.arraycopy(data, 0, bytes, (int) offset, length);
        size = Math.max(size, end);
    }

    /** Cuts the image to {@code newSize} bytes; the bytes cut off read as zero if a later write extends it again. */
    void truncate(long newSize) {
        if (newSize < size) {
            Arrays.fill(bytes, (int) newSize, (int) size, (byte) 0);
            size = newSize;
        }
    }

    byte[] read(long offset, int length) {
        byte[] out = new byte[length];
        if (offset < size) {
            System.arraycopy(bytes, (int) offset, out, 0, (int) Math.min(length, size - offset));
        }
        return out;
    }
}
