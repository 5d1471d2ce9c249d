package dev.simscaffold.corpus.raft;

import dev.simscaffold.core.storage.Completion;
import dev.simscaffold.core.storage.StorageIo;
import java.util.ArrayList;
import java.util.List;

/**
 * Appends {@link WalRecord}s to a server's disk through its {@link StorageIo} and tells the server when what
 * it wrote is durable. The server asks for a {@link #barrier()} before an answer that promises something
 * persistent (a vote, a stored entry) and holds the answer until {@link #durable(long)} says so.
 *
 * <p>A failed write stores nothing and a failed fsync discards every unsynced write (as Linux does), so on
 * any failure every write not yet covered by a successful fsync is written again and fsynced anew; an fsync
 * submitted before that rewrite may complete without error yet cover a hole, so it no longer counts.
 */
final class WriteAheadLog {

    private record Unsynced(long offset, byte[] bytes, long op) {
    }

    /** The op of the recovered prefix, older than any op this incarnation submits. */
    private static final long RECOVERED = -1;

    private final StorageIo disk;
    private final List<Unsynced> unsynced = new ArrayList<>();
    private long end;
    private long lastChecksum;
    private boolean writtenSinceFsync;
    private long lastFsync = -1;
    private long durableThrough = -1;
    private long syncsCountFrom;

    /** Continues a log whose valid prefix ends at {@code end} with a record of checksum {@code lastChecksum}. */
    WriteAheadLog(StorageIo disk, long end, long lastChecksum) {
        this.disk = disk;
        this.end = end;
        this.lastChecksum = lastChecksum;
    }

    /** Submits the write of one record at the end of the log. */
    void append(WalRecord record) {
        byte[] bytes = WalCodec.encode(record, lastChecksum);
        unsynced.add(new Unsynced(end, bytes, disk.write(end, bytes)));
        end += bytes.length;
        lastChecksum = WalCodec.checksumOf(bytes);
        writtenSinceFsync = true;
    }

    /**
     * Returns the fsync that makes every record appended so far durable, submitting one if records were
     * appended since the last.
     */
    long barrier() {
        if (writtenSinceFsync) {
            lastFsync = disk.fsync();
            writtenSinceFsync = false;
        }
        return lastFsync;
    }

    /**
     * Submits an fsync even though this incarnation wrote nothing: what recovery read may sit only in the page
     * cache (a process crash keeps unsynced writes), and nothing recovered may be promised before it is durable.
     * The recovered bytes count as unsynced until that fsync succeeds: a failed fsync discards the page cache,
     * and without rewriting them the log would go on past a hole, which the next recovery reads as the end of
     * the log, forgetting every record after it (votes and acknowledged entries).
     *
     * @param recovered the log's valid prefix as recovery read it, {@code [0, end)}
     */
    long syncRecovered(byte[] recovered) {
        if (recovered.length > 0) {
            unsynced.add(new Unsynced(0, recovered, RECOVERED));
        }
        writtenSinceFsync = true;
        return barrier();
    }

    /** Tells whether the fsync a barrier returned has completed successfully, covering no failed write. */
    boolean durable(long barrier) {
        return barrier <= durableThrough;
    }

    /** Takes one completion of a write or fsync this log submitted. */
    void handle(Completion completion) {
        if (completion instanceof Completion.Synced synced && synced.op() >= syncsCountFrom) {
            durableThrough = Math.max(durableThrough, synced.op());
            unsynced.removeIf(write -> write.op() < synced.op());
        } else if (completion instanceof Completion.Failed) {
            rewriteUnsynced();
        }
    }

    private void rewriteUnsynced() {
        List<Unsynced> again = new ArrayList<>();
        for (Unsynced write : unsynced) {
            again.add(new Unsynced(write.offset(), write.bytes(), disk.write(write.offset(), write.bytes())));
        }
        unsynced.clear();
        unsynced.addAll(again);
        lastFsync = disk.fsync();
        writtenSinceFsync = false;
        syncsCountFrom = lastFsync;
    }

    /** This log's state as a value for a model checker's key: its end, checksum, fsync bookkeeping and unsynced records. */
    List<Object> modelKey() {
        List<Object> records = new ArrayList<>(unsynced.size());
        for (Unsynced record : unsynced) {
            records.add(List.of(record.offset(), record.bytes().length, record.op()));
        }
        return List.of(end, lastChecksum, writtenSinceFsync, lastFsync, durableThrough, syncsCountFrom, records);
    }

    /** A copy on the same disk handle, for a model checker's node copy (unsynced records are immutable once written). */
    WriteAheadLog copy() {
        WriteAheadLog copy = new WriteAheadLog(disk, end, lastChecksum);
        copy.unsynced.addAll(unsynced);
        copy.writtenSinceFsync = writtenSinceFsync;
        copy.lastFsync = lastFsync;
        copy.durableThrough = durableThrough;
        copy.syncsCountFrom = syncsCountFrom;
        return copy;
    }
}
