package dev.simscaffold.core.storage;

import java.util.ArrayList;
import java.util.List;

/**
 * One simulated file's contents, apart from any name (an inode): what reads see, what is durable, and the
 * data operations in between, in their order, which a power loss keeps any subset of.
 */
final class SimFile {

    /** A data operation not yet made durable by an fsync of the file. */
    sealed interface Unsynced {
    }

    /** A completed write. */
    record Write(long offset, byte[] data) implements Unsynced {
    }

    /** A completed truncation. */
    record Truncate(long size) implements Unsynced {
    }

    /**
     * What a lost write cut off mid-sector leaves at a power loss: garbage over its target, within the durable
     * file only (a write past the durable end never reached a sector the file owned).
     */
    record Scramble(long offset, byte[] garbage) implements Unsynced {
    }

    private final long id;
    private DiskImage cache = new DiskImage();
    private DiskImage durable = new DiskImage();
    private final List<Unsynced> unsynced = new ArrayList<>();

    SimFile(long id) {
        this.id = id;
    }

    long id() {
        return id;
    }

    long size() {
        return cache.size();
    }

    byte[] read(long offset, int length) {
        int available = (int) Math.max(0, Math.min(length, cache.size() - offset));
        return cache.read(offset, available);
    }

    void write(long offset, byte[] data) {
        cache.write(offset, data, data.length);
        unsynced.add(new Write(offset, data));
    }

    void truncate(long size) {
        cache.truncate(size);
        unsynced.add(new Truncate(size));
    }

    /** @return how many operations it made durable */
    int sync() {
        int count = unsynced.size();
        unsynced.forEach(operation -> apply(durable, operation));
        unsynced.clear();
        return count;
    }

    /** Forgets every unsynced operation: reads see the durable contents again. */
    void discardUnsynced() {
        unsynced.clear();
        cache = durable.copy();
    }

    List<Unsynced> unsynced() {
        return unsynced;
    }

    /**
     * Makes the chosen operations durable in order (kept unsynced operations, and garbage where a lost write
     * scrambled its target), then a prefix of {@code torn} (if any), and forgets the rest: what a power loss
     * leaves.
     */
    void settle(List<Unsynced> kept, Write torn, int tornPrefix) {
        kept.forEach(operation -> apply(durable, operation));
        if (torn != null) {
            durable.write(torn.offset(), torn.data(), tornPrefix);
        }
        unsynced.clear();
        cache = durable.copy();
    }

    byte[] cachedContents() {
        return cache.read(0, (int) cache.size());
    }

    byte[] durableContents() {
        return durable.read(0, (int) durable.size());
    }

    private static void apply(DiskImage image, Unsynced operation) {
        if (operation instanceof Write write) {
            image.write(write.offset(), write.data(), write.data().length);
        } else if (operation instanceof Truncate truncate) {
            image.truncate(truncate.size());
        } else if (operation instanceof Scramble scramble) {
            int inside = (int) Math.max(0, Math.min(scramble.garbage().length, image.size() - scramble.offset()));
            image.write(scramble.offset(), scramble.garbage(), inside);
        }
    }
}
